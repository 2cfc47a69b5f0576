// Paragraphs and line structure. A text is either one paragraph a line, or hard-wrapped (lines
// broken inside sentences, as in sample 002); only in the first kind does a single line break end
// a paragraph. Blank lines always do.
import type { Span } from '../types';

const TERMINAL = /[.!?؟؛:۔…]["”»″')\]]*\s*$/u;

/** True when most single line breaks fall inside sentences (the text was wrapped at a width). */
export function isHardWrapped(text: string): boolean {
  const lines = text.split(/\r?\n/);
  let breaks = 0;
  let open = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (lines[i].trim() === '' || lines[i + 1].trim() === '') continue;
    breaks++;
    if (!TERMINAL.test(lines[i])) open++;
  }
  return breaks >= 3 && open / breaks > 0.5;
}

/** Paragraph spans (without their line breaks); empty lines are not paragraphs. */
export function paragraphs(text: string, wrapped = isHardWrapped(text)): Span[] {
  const out: Span[] = [];
  const re = wrapped ? /\r?\n[ \t\u00a0]*\r?\n\s*/g : /\r?\n\s*/g;
  let start = 0;
  const push = (s: number, e: number) => {
    while (e > s && /\s/.test(text[e - 1])) e--;
    while (s < e && /\s/.test(text[s])) s++;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let m = re.exec(text); m; m = re.exec(text)) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return out;
}
