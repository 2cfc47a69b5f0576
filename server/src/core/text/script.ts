// Script detection: how much of a text is written in Arabic script.

const ARABIC_LETTER = /[\u0621-\u064a\u0660-\u0669\u066e-\u06d3\u06d5\u06ee-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc]/u;

export function isArabicLetter(ch: string): boolean {
  return ARABIC_LETTER.test(ch);
}

/** Share of letters (Arabic or other) that are in Arabic script, over at most `limit` code units. */
export function arabicRatio(text: string, limit = 20000): number {
  let arabic = 0;
  let letters = 0;
  const end = Math.min(text.length, limit);
  for (let i = 0; i < end; i++) {
    const ch = text[i];
    if (isArabicLetter(ch)) {
      arabic++;
      letters++;
    } else if (/\p{L}/u.test(ch)) letters++;
  }
  return letters === 0 ? 0 : arabic / letters;
}

/** True when the text is mostly Arabic: at least 20 letters and more than half of them Arabic. */
export function isMostlyArabic(text: string, limit = 20000): boolean {
  let letters = 0;
  const end = Math.min(text.length, limit);
  for (let i = 0; i < end && letters < 20; i++) if (/\p{L}/u.test(text[i])) letters++;
  return letters >= 20 && arabicRatio(text, limit) > 0.5;
}
