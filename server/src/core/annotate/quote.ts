// Quote selectors: the exact text of a span with a little context on each side, as W3C's
// TextQuoteSelector keeps it, so that the span can be found again after the text changed.
import type { Span } from '../types';
import type { Anchor, Quote } from './record';

/** Context kept on each side; Hypothesis keeps 32 characters too. */
export const CONTEXT_LENGTH = 32;

export function quoteOf(text: string, span: Span, context = CONTEXT_LENGTH): Quote {
  return {
    exact: text.slice(span.start, span.end),
    prefix: text.slice(Math.max(0, span.start - context), span.start),
    suffix: text.slice(span.end, span.end + context),
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
