// Normalisation for matching. The normalised string keeps a map back to the original so that a
// match found on normalised text can be reported at exact UTF-16 offsets of the document.

export interface NormalizeOptions {
  /** Fold ة into ه (off by default: it merges words that differ in meaning). */
  tehMarbuta?: boolean;
}

export interface Normalized {
  text: string;
  /** toOriginal[i] is the original offset of normalised code unit i; toOriginal[text.length] is the original length. */
  toOriginal: Int32Array;
}

const FOLD: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ٲ: 'ا',
  ٳ: 'ا',
  ى: 'ي',
  ی: 'ي',
  ې: 'ي',
  ک: 'ك',
  ڪ: 'ك',
  ۀ: 'ه',
  ە: 'ه',
};

/** Characters that carry no letter: tashkeel, Quranic marks, tatweel, zero-width and bidi controls, BOM. */
export function isIgnorable(code: number): boolean {
  return (
    (code >= 0x064b && code <= 0x065f) ||
    code === 0x0670 ||
    code === 0x0640 ||
    (code >= 0x06d6 && code <= 0x06ed && code !== 0x06e5 && code !== 0x06e6) ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0x061c ||
    code === 0xfeff ||
    code === 0x00ad
  );
}

/** Arabic-Indic (٠-٩) and Persian (۰-۹) digits to ASCII; -1 when not such a digit. */
export function foldDigit(code: number): number {
  if (code >= 0x0660 && code <= 0x0669) return code - 0x0660 + 48;
  if (code >= 0x06f0 && code <= 0x06f9) return code - 0x06f0 + 48;
  return -1;
}

const FOLD_CODES = new Map(Object.entries(FOLD).map(([from, to]) => [from.charCodeAt(0), to.charCodeAt(0)]));
const TEH_MARBUTA = 0x0629;

/** What the code unit c becomes under normalisation: -1 when dropped, c itself when kept as is. */
export function normalizeCode(c: number, options: NormalizeOptions = {}): number {
  if (isIgnorable(c)) return -1;
  const digit = foldDigit(c);
  if (digit >= 0) return digit;
  if (c === TEH_MARBUTA && options.tehMarbuta) return 0x0647;
  return FOLD_CODES.get(c) ?? c;
}

/** The normalised form of one code unit: '' when dropped. */
export function normalizeChar(ch: string, options: NormalizeOptions = {}): string {
  const code = ch.charCodeAt(0);
  const n = normalizeCode(code, options);
  return n < 0 ? '' : n === code ? ch : String.fromCharCode(n);
}

export function normalize(text: string, options: NormalizeOptions = {}): Normalized {
  let out = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const n = normalizeChar(text[i], options);
    if (n.length === 0) continue;
    out += n;
    map.push(i);
  }
  map.push(text.length);
  return { text: out, toOriginal: Int32Array.from(map) };
}

/**
 * Normalised form of a short string (a word or a name), for dictionary keys: the same as
 * normalizeChar over each code unit. Most words need no change and come back as they are, with
 * no new string (the word cache keeps several keys for each of tens of thousands of words).
 */
export function normalizeKey(text: string, options: NormalizeOptions = {}): string {
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (normalizeCode(c, options) !== c) break;
    i++;
  }
  if (i === text.length) return text;
  const codes: number[] = [];
  for (let k = 0; k < text.length; k++) {
    const n = k < i ? text.charCodeAt(k) : normalizeCode(text.charCodeAt(k), options);
    if (n >= 0) codes.push(n);
  }
  let out = '';
  for (let k = 0; k < codes.length; k += 4096) out += String.fromCharCode(...codes.slice(k, k + 4096));
  return out;
}

/** Maps a normalised span [start, end) back to original offsets; the end maps past the last kept unit. */
export function toOriginalSpan(n: Normalized, start: number, end: number): { start: number; end: number } {
  const s = n.toOriginal[start];
  const e = end > 0 ? n.toOriginal[end - 1] + 1 : s;
  return { start: s, end: Math.max(s, e) };
}
