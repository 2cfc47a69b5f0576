// Emission scores for decoding. The rows a word gives as itself, and as the previous, next or
// second neighbour of a token, are the same wherever it stands, so they are summed once per word
// and model and kept on the word; only the pair, list and document rows are looked up per token.
// Decoding weights are integers, so these sums equal a row-by-row sum exactly.
import { extractLocal, extractPairs, extractRole, localCount, pairCount, roleCount, ROLES, type FeatureOptions, type TokenContext } from './features';
import type { NerModel } from './model';
import { NUM_TAGS } from './tags';
import type { WordInfo } from './words';

/** Per word: the local sum, then one sum per role, NUM_TAGS each. */
const PARTS = 1 + ROLES.length;
type Weights = NerModel['weights'];

if (NUM_TAGS !== 9) throw new Error('addRows is written out for 9 tags');

/** Written out for the 9 tags: the loop over tags costs twice as much. */
function addRows(w: Weights, rows: Int32Array, n: number, out: Int32Array, at: number): void {
  let e0 = out[at], e1 = out[at + 1], e2 = out[at + 2], e3 = out[at + 3], e4 = out[at + 4], e5 = out[at + 5], e6 = out[at + 6], e7 = out[at + 7], e8 = out[at + 8];
  for (let k = 0; k < n; k++) {
    const r = rows[k] * 9;
    e0 += w[r]; e1 += w[r + 1]; e2 += w[r + 2]; e3 += w[r + 3]; e4 += w[r + 4]; e5 += w[r + 5]; e6 += w[r + 6]; e7 += w[r + 7]; e8 += w[r + 8];
  }
  out[at] = e0; out[at + 1] = e1; out[at + 2] = e2; out[at + 3] = e3; out[at + 4] = e4; out[at + 5] = e5; out[at + 6] = e6; out[at + 7] = e7; out[at + 8] = e8;
}

function scratchSize(o: FeatureOptions): number {
  return Math.max(localCount(o), pairCount(o), ...ROLES.map((r) => roleCount(o, r)));
}

/** Writes the sums of one word (or, for `undefined`, of the sentence edge in each role) at parts[at…]. */
function wordParts(model: NerModel, w: WordInfo | undefined, rows: Int32Array, parts: Int32Array, at: number): void {
  const T = NUM_TAGS;
  const o = model.options;
  const mask = (1 << model.bits) - 1;
  parts.fill(0, at, at + PARTS * T);
  if (w) {
    extractLocal(w, o, mask, rows, 0);
    addRows(model.weights, rows, localCount(o), parts, at);
  }
  for (const r of ROLES) addRows(model.weights, rows, extractRole(w, r, o, mask, rows, 0), parts, at + (1 + r) * T);
}

/**
 * Where each word's sums are kept: with a `slot`, on the word itself, at slot * PARTS * NUM_TAGS
 * (the recogniser's models are fixed for the life of its word cache); without, in a map for this
 * call only, at 0. `base` is that offset, the same for every word and for the edge.
 */
class PartsCache {
  readonly edge: Int32Array;
  readonly base: number;
  private readonly local?: Map<WordInfo, Int32Array>;
  constructor(private readonly model: NerModel, private readonly slot: number, private readonly rows: Int32Array) {
    this.base = Math.max(0, slot) * PARTS * NUM_TAGS;
    this.edge = new Int32Array(this.base + PARTS * NUM_TAGS);
    wordParts(model, undefined, rows, this.edge, this.base);
    if (slot < 0) this.local = new Map();
  }
  get(w: WordInfo): Int32Array {
    const size = PARTS * NUM_TAGS;
    if (this.local) {
      let p = this.local.get(w);
      if (!p) { p = new Int32Array(size); wordParts(this.model, w, this.rows, p, 0); this.local.set(w, p); }
      return p;
    }
    const bit = 1 << this.slot;
    if (w.emitSlots & bit) return w.emit!;
    // One array for every model of the word: two models are usual.
    if (!w.emit || w.emit.length < this.base + size) {
      const grown = new Int32Array(Math.max(2 * size, this.base + size));
      if (w.emit) grown.set(w.emit);
      w.emit = grown;
    }
    wordParts(this.model, w, this.rows, w.emit, this.base);
    w.emitSlots |= bit;
    return w.emit;
  }
}

export interface EmissionScorer {
  /** Writes the NUM_TAGS scores of every token of [from, to) into emit, from index 0. */
  score(ctx: TokenContext, from: number, to: number, emit: Float64Array): void;
}

export function emissionScorer(model: NerModel, slot = -1): EmissionScorer {
  const T = NUM_TAGS;
  const o = model.options;
  const mask = (1 << model.bits) - 1;
  const rows = new Int32Array(scratchSize(o));
  const cache = new PartsCache(model, slot, rows);
  const edge = cache.edge;
  const acc = new Int32Array(T);
  const oBias = (model.oBias ?? 0) * model.scale;
  return {
    score(ctx, from, to, emit) {
      const info = ctx.info;
      for (let i = from; i < to; i++) {
        const self = cache.get(info[i]);
        const prev = i > from ? cache.get(info[i - 1]) : edge;
        const next = i + 1 < to ? cache.get(info[i + 1]) : edge;
        const prev2 = i - 2 >= from ? cache.get(info[i - 2]) : edge;
        const next2 = i + 2 < to ? cache.get(info[i + 2]) : edge;
        for (let t = 0, b = cache.base; t < T; t++, b++) acc[t] = self[b] + prev[b + T] + next[b + 2 * T] + prev2[b + 3 * T] + next2[b + 4 * T];
        addRows(model.weights, rows, extractPairs(ctx, i, from, to, o, mask, rows, 0), acc, 0);
        const at = (i - from) * T;
        for (let t = 0; t < T; t++) emit[at + t] = acc[t];
        if (oBias) emit[at] -= oBias;
      }
    },
  };
}
