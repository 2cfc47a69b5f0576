// Finds a quote again in a changed text: exact occurrences first, then approximate ones (Myers'
// bit-parallel matching from approx-string-match, the package Hypothesis anchors with; 2.0.0 or
// later, since 1.1.0 answered an empty match for patterns of 64, 96, 128 … characters). Every
// candidate is scored by how well its text, its context and its position agree with what was
// stored; a candidate whose text or context is too different is refused, so that a deleted span
// becomes an orphan instead of jumping to another mention of the same name.
import search from 'approx-string-match';
import type { Span } from '../types';
import type { Quote } from './record';

export interface FindOptions {
  /** Where the span was last seen; candidates near it win ties. */
  hint: number;
  /** Search only inside this part of the text (an edit's neighbourhood). */
  within?: Span;
  /** Only the same text in the same context counts (a quick look before a wider search). */
  perfectOnly?: boolean;
  /** Only the same text counts, in a context scored as usual (no approximate search of the quote). */
  exactOnly?: boolean;
}

interface Candidate extends Span {
  errors: number;
}

/** Quote similarity below this is a different text, not an edited one. */
const MIN_QUOTE = 0.75;
/** Best-side context similarity below this means the span's surroundings are gone. */
const MIN_CONTEXT = 0.5;

/** 1 when `text` is `pattern`, falling with each error; 0 once below MIN_CONTEXT (not worth telling apart). */
function similarity(text: string, pattern: string): number {
  if (text === pattern) return 1;
  if (pattern.length === 0) return 1;
  if (text.length === 0) return 0;
  // Searching with fewer allowed errors is what keeps this fast: with as many errors as characters
  // every position would match.
  const matches = search(text, pattern, Math.floor(pattern.length * (1 - MIN_CONTEXT)));
  if (!matches.length) return 0;
  return 1 - Math.min(...matches.map((m) => m.errors)) / pattern.length;
}

function exactCandidates(text: string, exact: string, from: number, to: number): Candidate[] {
  const out: Candidate[] = [];
  // Searched in the region alone: indexOf from an offset would read on to the end of the text.
  const region = text.slice(from, to);
  for (let i = region.indexOf(exact); i >= 0; i = region.indexOf(exact, i + 1)) out.push({ start: from + i, end: from + i + exact.length, errors: 0 });
  return out;
}

function candidates(text: string, exact: string, from: number, to: number): Candidate[] {
  const out = exactCandidates(text, exact, from, to);
  if (out.length) return out;
  const region = text.slice(from, to);
  const maxErrors = Math.floor(exact.length * (1 - MIN_QUOTE));
  if (maxErrors === 0) return out;
  for (const m of search(region, exact, maxErrors)) {
    // A match cannot be shorter or longer than the quote by more than its errors; an empty one
    // would erase the quote of a live span.
    if (m.end <= m.start || Math.abs(m.end - m.start - exact.length) > m.errors) continue;
    out.push({ start: from + m.start, end: from + m.end, errors: m.errors });
  }
  return out;
}

export function findQuote(text: string, quote: Quote, options: FindOptions): Span | undefined {
  if (!quote.exact) return undefined;
  const from = Math.max(0, options.within?.start ?? 0);
  const to = Math.min(text.length, options.within?.end ?? text.length);
  const found = options.perfectOnly || options.exactOnly ? exactCandidates(text, quote.exact, from, to) : candidates(text, quote.exact, from, to);
  // The common case after an outside edit: the same text with the same context, only moved.
  const perfect = found.filter((c) => c.errors === 0 && text.slice(c.start - quote.prefix.length, c.start) === quote.prefix && text.slice(c.end, c.end + quote.suffix.length) === quote.suffix && c.start >= quote.prefix.length);
  if (perfect.length) {
    const nearest = perfect.reduce((a, b) => (Math.abs(b.start - options.hint) < Math.abs(a.start - options.hint) ? b : a));
    return { start: nearest.start, end: nearest.end };
  }
  if (options.perfectOnly) return undefined;
  let best: { span: Span; score: number } | undefined;
  for (const c of found) {
    const quoteScore = 1 - c.errors / quote.exact.length;
    const prefixScore = quote.prefix ? similarity(text.slice(Math.max(0, c.start - quote.prefix.length), c.start), quote.prefix) : 1;
    const suffixScore = quote.suffix ? similarity(text.slice(c.end, c.end + quote.suffix.length), quote.suffix) : 1;
    if (quoteScore < MIN_QUOTE || Math.max(prefixScore, suffixScore) < MIN_CONTEXT) continue;
    const positionScore = 1 - Math.abs(c.start - options.hint) / Math.max(1, text.length);
    const score = 50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * positionScore;
    if (!best || score > best.score) best = { span: { start: c.start, end: c.end }, score };
  }
  return best?.span;
}
