// Everything the claim rules look up while reading one document, computed once.
import type { BaseAnalysis, EntityLayer } from '../analyze';
import type { EntityMention, Quotation, Span } from '../types';
import type { CueLexicon } from './lexicon';
import { normalizeKey } from '../text/normalize';
import { THAT, type Word, wordsOf } from './words';

export interface ClaimContext {
  text: string;
  words: Word[];
  lex: CueLexicon;
  layer: EntityLayer;
  /** Sentence index of every token. */
  sentenceOf: Int32Array;
  sentences: Span[];
  /** Outermost quotations by the token index of their opening mark. */
  quoteAt: Map<number, Quotation>;
  /** Token index just past each outermost quotation, by the opening token index. */
  quoteEndTok: Map<number, number>;
  /** Opening token of the outermost quotation that ends just before each token index. */
  quoteOpenByEnd: Map<number, number>;
  /** For each token, the outermost quotation whose inner text contains it. */
  insideQuote: (Quotation | undefined)[];
  /** 1 for a token inside an entity mention (بان كي مون: its بان is no بأن). */
  inMention: Uint8Array;
}

/** Index of the first token that ends after `offset`. */
export function tokenAt(ctx: ClaimContext, offset: number): number {
  let lo = 0;
  let hi = ctx.words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.words[mid].tok.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Number of words inside a span. */
export function wordCount(ctx: ClaimContext, span: Span): number {
  let n = 0;
  for (let i = tokenAt(ctx, span.start); i < ctx.words.length && ctx.words[i].tok.end <= span.end; i++) if (!ctx.words[i].punct) n++;
  return n;
}

/** Entity mentions inside a span (mentions are sorted by start). */
export function mentionsIn(ctx: ClaimContext, span: Span): EntityMention[] {
  const ms = ctx.layer.entities;
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid].start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: EntityMention[] = [];
  for (let i = lo; i < ms.length && ms[i].start < span.end; i++) if (ms[i].end <= span.end) out.push(ms[i]);
  return out;
}

export function buildContext(base: BaseAnalysis, layer: EntityLayer, lex: CueLexicon): ClaimContext {
  const words = wordsOf(base.tokens);
  const sentenceOf = new Int32Array(words.length).fill(-1);
  let s = 0;
  words.forEach((w, i) => {
    while (s < base.sentences.length && base.sentences[s].end <= w.tok.start) s++;
    sentenceOf[i] = Math.min(s, base.sentences.length - 1);
  });
  const quoteAt = new Map<number, Quotation>();
  const quoteEndTok = new Map<number, number>();
  const insideQuote: (Quotation | undefined)[] = new Array(words.length).fill(undefined);
  const quoteOpenByEnd = new Map<number, number>();
  const outer = base.quotations.filter((q) => q.depth === 0);
  const byStart = new Map(words.map((w, i) => [w.tok.start, i]));
  for (const q of outer) {
    const open = byStart.get(q.start);
    if (open === undefined) continue;
    quoteAt.set(open, q);
    let j = open + 1;
    while (j < words.length && words[j].tok.end <= q.inner.end) {
      insideQuote[j] = q;
      j++;
    }
    if (j < words.length && words[j].tok.start < q.end) j++;
    quoteEndTok.set(open, j);
    quoteOpenByEnd.set(j, open);
  }
  const sorted = { ...layer, entities: [...layer.entities].sort((a, b) => a.start - b.start) };
  const inMention = new Uint8Array(words.length);
  let t = 0;
  for (const m of sorted.entities) {
    while (t < words.length && words[t].tok.end <= m.start) t++;
    for (let k = t; k < words.length && words[k].tok.start < m.end; k++) inMention[k] = 1;
  }
  markBan(words, inMention);
  return { text: base.text, words, lex, layer: sorted, sentenceOf, sentences: base.sentences, quoteAt, quoteEndTok, quoteOpenByEnd, insideQuote, inMention };
}

const NOT_NAME = new Set('هذا هذه ذلك تلك هناك هنا كل ما لا لم لن قد هو هي هم هن'.split(' ').map((w) => normalizeKey(w)));

/**
 * بان written without its hamza after a title (الأمين العام بان كي مون إن …) is a name the entity
 * layer may have missed, not بأن, when a short bare word and then أن/إن follow: marked as a
 * mention so that no rule takes it for the complementiser.
 */
function markBan(words: Word[], inMention: Uint8Array): void {
  for (let k = 1; k + 2 < words.length; k++) {
    if (words[k].tok.text !== 'بان' || inMention[k] || !words[k - 1].key.startsWith('ال')) continue;
    const next = words[k + 1];
    if (next.punct || next.tok.kind !== 'word' || next.key.startsWith('ال') || NOT_NAME.has(next.key) || THAT.has(next.key)) continue;
    for (let t = k + 2; t <= Math.min(words.length - 1, k + 3); t++) {
      if (THAT.has(words[t].key)) {
        for (let n = k; n < t; n++) inMention[n] = 1;
        break;
      }
      if (words[t].punct || words[t].key.startsWith('ال')) break;
    }
  }
}
