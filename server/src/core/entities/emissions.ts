// Emission scores for decoding. The rows a word gives as itself, and as the previous, next or
// second neighbour of a token, are the same wherever it stands, so they are summed once per word
// and model and kept on the word; only the pair, list and document rows are looked up per token.
// Decoding weights are integers, so these sums equal a row-by-row sum exactly.
import { extractLocal, extractPairs, extractRole, localCount, pairCount, roleCount, ROLES, templatesOf, type FeatureOptions, type Templates, type TokenContext } from './features';
import type { NerModel } from './model';
import { NUM_TAGS } from './tags';
import type { WordInfo } from './words';

/** Per word: the local sum, then one sum per role, NUM_TAGS each. */
const PARTS = 1 + ROLES.length;
type Weights = NerModel['weights'];

if (NUM_TAGS !== 9) throw new Error('addRows is written out for 9 tags');

/** Written out for the 9 tags: the loop over tags costs twice as much. */
function addRows(w: Weights, rows: Int32Array, n: number, out: Int32Array, at: number): void {
  let e0 = out[at],
    e1 = out[at + 1],
    e2 = out[at + 2],
    e3 = out[at + 3],
    e4 = out[at + 4],
    e5 = out[at + 5],
    e6 = out[at + 6],
    e7 = out[at + 7],
    e8 = out[at + 8];
  for (let k = 0; k < n; k++) {
    const r = rows[k] * 9;
    e0 += w[r];
    e1 += w[r + 1];
    e2 += w[r + 2];
    e3 += w[r + 3];
    e4 += w[r + 4];
    e5 += w[r + 5];
    e6 += w[r + 6];
    e7 += w[r + 7];
    e8 += w[r + 8];
  }
  out[at] = e0;
  out[at + 1] = e1;
  out[at + 2] = e2;
  out[at + 3] = e3;
  out[at + 4] = e4;
  out[at + 5] = e5;
  out[at + 6] = e6;
  out[at + 7] = e7;
  out[at + 8] = e8;
}

function scratchSize(o: FeatureOptions): number {
  return Math.max(localCount(o), pairCount(o), ...ROLES.map((r) => roleCount(o, r)));
}

/** Writes the sums of one word (or, for `undefined`, of the sentence edge in each role) at parts[at…]. */
function wordParts(model: NerModel, w: WordInfo | undefined, rows: Int32Array, parts: Int32Array, at: number, tpl: Templates): void {
  const T = NUM_TAGS;
  const o = model.options;
  const mask = (1 << model.bits) - 1;
  parts.fill(0, at, at + PARTS * T);
  if (w) {
    extractLocal(w, o, mask, rows, 0);
    addRows(model.weights, rows, localCount(o), parts, at);
  }
  for (const r of ROLES) addRows(model.weights, rows, extractRole(w, r, o, mask, rows, 0, tpl), parts, at + (1 + r) * T);
}

/** Words' sums are cut from shared slabs: a small typed array per word costs more to make and to collect. */
const SLAB = 1 << 16;
let slab = new Int32Array(SLAB);
let slabUsed = 0;

function claimBlock(w: WordInfo, size: number): void {
  if (slabUsed + size > SLAB) {
    slab = new Int32Array(SLAB);
    slabUsed = 0;
  }
  w.emit = slab;
  w.emitAt = slabUsed;
  slabUsed += size;
}

/**
 * Where each word's sums are kept: with a `slot`, on the word itself, at slot * PARTS * NUM_TAGS
 * into its block (the recogniser's models are fixed for the life of its word cache); without, in a
 * map for this call only. `fetch` puts the array and offset of a word's sums at position i.
 */
class PartsCache {
  readonly edge: Int32Array;
  private readonly local?: Map<WordInfo, Int32Array>;
  private readonly size = PARTS * NUM_TAGS;
  readonly tpl: Templates;
  constructor(
    private readonly model: NerModel,
    private readonly slot: number,
    private readonly rows: Int32Array,
  ) {
    this.tpl = templatesOf(model.options);
    this.edge = new Int32Array(this.size);
    wordParts(model, undefined, rows, this.edge, 0, this.tpl);
    if (slot < 0) this.local = new Map();
  }
  fetch(w: WordInfo, arrays: Int32Array[], offsets: Int32Array, i: number): void {
    const size = this.size;
    if (this.local) {
      let p = this.local.get(w);
      if (!p) {
        p = new Int32Array(size);
        wordParts(this.model, w, this.rows, p, 0, this.tpl);
        this.local.set(w, p);
      }
      arrays[i] = p;
      offsets[i] = 0;
      return;
    }
    const bit = 1 << this.slot;
    const at = this.slot * size;
    if (!(w.emitSlots & bit)) {
      // Room for two models (the usual pair); a word that meets a third gets room for eight, the most a model file holds.
      if (!w.emit) claimBlock(w, (this.slot < 2 ? 2 : 8) * size);
      else if (this.slot >= 2 && !(w.emitSlots >> 2)) {
        const old = w.emit,
          from = w.emitAt;
        claimBlock(w, 8 * size);
        w.emit!.set(old.subarray(from, from + 2 * size), w.emitAt);
      }
      wordParts(this.model, w, this.rows, w.emit!, w.emitAt + at, this.tpl);
      w.emitSlots |= bit;
    }
    arrays[i] = w.emit!;
    offsets[i] = w.emitAt + at;
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
  let arrays: Int32Array[] = [];
  let offsets = new Int32Array(0);
  return {
    score(ctx, from, to, emit) {
      const info = ctx.info;
      const n = to - from;
      // Each word's sums are read five times (as itself and as four neighbours): fetched once.
      if (arrays.length < n + 4) {
        arrays = new Array<Int32Array>(2 * n + 4);
        offsets = new Int32Array(2 * n + 4);
      }
      arrays[0] = arrays[1] = arrays[n + 2] = arrays[n + 3] = edge;
      offsets[0] = offsets[1] = offsets[n + 2] = offsets[n + 3] = 0;
      for (let i = 0; i < n; i++) cache.fetch(info[from + i], arrays, offsets, i + 2);
      for (let i = 0; i < n; i++) {
        const self = arrays[i + 2],
          prev = arrays[i + 1],
          next = arrays[i + 3],
          prev2 = arrays[i],
          next2 = arrays[i + 4];
        const a0 = offsets[i + 2],
          a1 = offsets[i + 1] + T,
          a2 = offsets[i + 3] + 2 * T,
          a3 = offsets[i] + 3 * T,
          a4 = offsets[i + 4] + 4 * T;
        for (let t = 0; t < T; t++) acc[t] = self[a0 + t] + prev[a1 + t] + next[a2 + t] + prev2[a3 + t] + next2[a4 + t];
        addRows(model.weights, rows, extractPairs(ctx, from + i, from, to, o, mask, rows, 0, cache.tpl), acc, 0);
        const at = i * T;
        for (let t = 0; t < T; t++) emit[at + t] = acc[t];
        if (oBias) emit[at] -= oBias;
      }
    },
  };
}
