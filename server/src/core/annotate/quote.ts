// Quote selectors: the exact text of a span with a little context on each side, as W3C's
// TextQuoteSelector keeps it, so that the span can be found again after the text changed.
import type { Span } from '../types';
import type { Anchor, Quote } from './record';

/** Context kept on each side at most; Hypothesis keeps 32 characters too. */
export const CONTEXT_LENGTH = 32;

// A context cut at a fixed count of UTF-16 units can end in half an emoji (a lone surrogate, which
// Python will not encode) or between a letter and its mark; it is shortened to the nearest grapheme
// boundary instead. Re-anchoring compares a stored context by its own length, so anchors written
// with the older fixed cut still find their text.
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** Read before the cut too: grapheme rules look back (a flag's pairs, an emoji's joiners). */
const LOOK_BACK = 16;

/** The first grapheme boundary at or after `cut`, no later than `end` (a context's start). */
function boundaryAfter(text: string, cut: number, end: number): number {
  const from = Math.max(0, cut - LOOK_BACK);
  for (const g of graphemes.segment(text.slice(from, end))) if (from + g.index >= cut) return from + g.index;
  return end;
}

/** The last grapheme boundary at or before `cut`, no earlier than `start` (a context's end). */
function boundaryBefore(text: string, start: number, cut: number): number {
  let best = start;
  // A boundary depends on the code point after it only, so the slice takes that one whole.
  for (const g of graphemes.segment(text.slice(start, cut + 2))) {
    if (start + g.index > cut) break;
    best = start + g.index;
  }
  return best;
}

export function quoteOf(text: string, span: Span, context = CONTEXT_LENGTH): Quote {
  const prefixStart = span.start <= context ? 0 : boundaryAfter(text, span.start - context, span.start);
  const suffixEnd = span.end + context >= text.length ? text.length : boundaryBefore(text, span.end, span.end + context);
  return {
    exact: text.slice(span.start, span.end),
    prefix: text.slice(prefixStart, span.start),
    suffix: text.slice(span.end, suffixEnd),
  };
}

export function anchorOf(text: string, span: Span): Anchor {
  return { start: span.start, end: span.end, ...quoteOf(text, span) };
}

/** True when the anchor's offsets still point at its exact text. */
export function stillAnchored(text: string, a: Anchor): boolean {
  return a.end <= text.length && text.slice(a.start, a.end) === a.exact;
}

/** The span without leading and trailing white space (a selection often takes a space too). */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
