// Sentences: split at . ؟ ? ! ؛ and at paragraph ends, but not inside a balanced quotation (a
// quoted statement of several sentences stays with the sentence that reports it), not inside
// numbers (3.5) and not after a single Latin initial (U.S.).
import type { Quotation, Sentence, Span } from '../types';
import { paragraphs } from './paragraphs';

const TERMINATORS = new Set(['.', '؟', '?', '!', '؛', '۔', '…']);
const TERMINATOR_CODES = new Set([...TERMINATORS].map((t) => t.charCodeAt(0)));
const isTerminator = (c: number) => TERMINATOR_CODES.has(c);
const CLOSERS = new Set(['"', '”', '»', '″', ')', ']', "'", '’']);
const MAX_QUOTE_IN_SENTENCE = 1200;

export function splitSentences(text: string, quotes: Quotation[] = [], paras: Span[] = paragraphs(text)): Sentence[] {
  const out: Sentence[] = [];
  const protectedSpans = quotes.filter((q) => !q.unbalanced && q.depth === 0 && q.end - q.start <= MAX_QUOTE_IN_SENTENCE);
  let qi = 0;
  for (const para of paras) {
    let start = para.start;
    for (let i = para.start; i < para.end; i++) {
      // Most characters are no terminator: read as a code, without making a string of each.
      if (!isTerminator(text.charCodeAt(i))) continue;
      while (qi < protectedSpans.length && protectedSpans[qi].end <= i) qi++;
      if (qi < protectedSpans.length && protectedSpans[qi].start < i && i < protectedSpans[qi].end - 1) continue;
      const ch = text[i];
      if (ch === '.' && /[0-9٠-٩]/.test(text[i - 1] ?? '') && /[0-9٠-٩]/.test(text[i + 1] ?? '')) continue;
      if (ch === '.' && /^[A-Z]$/.test(text[i - 1] ?? '') && !/[A-Za-z]/.test(text[i - 2] ?? '')) continue;
      let end = i + 1;
      while (end < para.end && (TERMINATORS.has(text[end]) || CLOSERS.has(text[end]))) end++;
      if (end < para.end && !/\s/.test(text[end])) continue;
      pushTrimmed(text, out, start, end);
      start = end;
      i = end - 1;
    }
    pushTrimmed(text, out, start, para.end);
  }
  return out;
}

function pushTrimmed(text: string, out: Sentence[], s: number, e: number): void {
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  if (e > s) out.push({ start: s, end: e });
}
