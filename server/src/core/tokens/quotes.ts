// Quotations: “…”, «…», "…", ″…″ and their mixtures (Arabic text often opens with ” too), nested
// quotes, and unbalanced quotes, which are cut at their sentence end so that one stray mark never
// swallows the rest of the article.
import type { Quotation, QuoteStyle, Span } from '../types';
import { paragraphs } from './paragraphs';

type Family = 'curly' | 'straight' | 'double-prime' | 'guillemet';

function familyOf(ch: string): Family | undefined {
  switch (ch) {
    case '“':
    case '”':
    case '„':
    case '‟':
      return 'curly';
    case '"':
    case '＂':
      return 'straight';
    case '″':
    case '‶':
      return 'double-prime';
    case '«':
    case '»':
      return 'guillemet';
    default:
      return undefined;
  }
}

const SPACE = /\s/;
// A mark followed by one of these (or a space) closes; it never opens a quote.
const NOT_OPENING = /[\s.,،؛:!?؟)\]]/;

interface Open {
  pos: number;
  family: Family;
  depth: number;
}

/** Sentence terminator search used to cut an unbalanced quote. */
function cutPoint(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) {
    const ch = text[i];
    if (ch === '.' || ch === '؟' || ch === '?' || ch === '!' || ch === '؛' || ch === '\n') return ch === '\n' ? i : i + 1;
  }
  return limit;
}

export function findQuotations(text: string, paras: Span[] = paragraphs(text)): Quotation[] {
  const found: Quotation[] = [];
  for (const para of paras) {
    const stack: Open[] = [];
    for (let i = para.start; i < para.end; i++) {
      // Every quote mark is " (0x22), « or » (0xab, 0xbb), or at 0x201c and above: the rest of the text is passed by its code.
      const code = text.charCodeAt(i);
      if (code < 0x201c && code !== 0x22 && code !== 0xab && code !== 0xbb) continue;
      const ch = text[i];
      const fam = familyOf(ch);
      if (!fam) continue;
      const prevSpace = i === para.start || SPACE.test(text[i - 1]);
      const nextSpace = i + 1 >= para.end || NOT_OPENING.test(text[i + 1]);
      const top = stack[stack.length - 1];
      if (fam === 'guillemet') {
        if (ch === '«') {
          stack.push({ pos: i, family: fam, depth: stack.length });
          continue;
        }
        const at = findLast(stack, (o) => o.family === 'guillemet');
        if (at >= 0) closeDown(stack, at, i, text, found);
        continue;
      }
      // A symmetric mark closes the innermost open symmetric quote when it stands where a closer
      // can (after a non-space); it opens a new quote when it stands before a non-space.
      const canClose = !prevSpace;
      const canOpen = !nextSpace;
      if (top && top.family !== 'guillemet' && canClose && (!canOpen || top.family === fam)) {
        closeDown(stack, stack.length - 1, i, text, found);
      } else if (canOpen) {
        stack.push({ pos: i, family: fam, depth: stack.length });
      }
    }
    for (const o of stack) {
      const end = cutPoint(text, o.pos + 1, para.end);
      found.push(makeQuote(o, end, end, true));
    }
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

function findLast<T>(arr: T[], pred: (t: T) => boolean): number {
  for (let i = arr.length - 1; i >= 0; i--) if (pred(arr[i])) return i;
  return -1;
}

/** Closes stack[at] at `pos`; quotes opened inside it and still open are cut as unbalanced. */
function closeDown(stack: Open[], at: number, pos: number, text: string, found: Quotation[]): void {
  while (stack.length - 1 > at) {
    const o = stack.pop()!;
    const end = cutPoint(text, o.pos + 1, pos);
    found.push(makeQuote(o, end, end, true));
  }
  const o = stack.pop()!;
  found.push(makeQuote(o, pos, pos + 1, false));
}

function makeQuote(o: Open, innerEnd: number, end: number, unbalanced: boolean): Quotation {
  const style: QuoteStyle = o.family;
  return { start: o.pos, end, inner: { start: o.pos + 1, end: innerEnd }, style, depth: o.depth, unbalanced };
}
