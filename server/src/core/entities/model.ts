// The tagger's weights and Viterbi decoding. Emission weights are int16 (scaled), one row of
// NUM_TAGS per hashed feature; transitions stay float. Serialised as a small JSON header and the
// raw little-endian arrays (the caller compresses the bytes for storage).
import type { FeatureOptions } from './features';
import { ALLOWED, NUM_TAGS, isInside } from './tags';

export interface NerModel {
  bits: number;
  options: FeatureOptions;
  /** Emission weights, (1 << bits) * NUM_TAGS, real weight = value / scale (int16 as stored; int8 once compacted). */
  weights: Int16Array | Int8Array;
  scale: number;
  /** transitions[(prev + 1) * NUM_TAGS + next], prev = -1 at sentence start; already multiplied by scale. */
  transitions: Float64Array;
  /** Normalised words seen inside names in the training data (for clitic decisions). */
  nameWords: string[];
  /** Normalised words the training data leaves outside names at least 90% of the time (twice or more): never propagated alone. */
  oWords?: string[];
  /** Training words by count bucket (once, 2–4, more), keys and stems: the vocab feature's input. */
  vocab?: { key: string[][]; stem: string[][] };
  /** Facts about how the model was made, for the README and hovers. */
  meta: Record<string, string | number>;
  /** Subtracted from the O score of every token (real weight units): trades precision for recall. */
  oBias?: number;
}

const MAGIC = 'MZNER1';

/** Adds to emit (n * NUM_TAGS) the weights of the n tokens whose F feature rows are in feats. */
function addEmissions(w: Int16Array | Int8Array | Float64Array, F: number, feats: Int32Array, n: number, emit: Float64Array): void {
  const T = NUM_TAGS;
  for (let i = 0; i < n; i++) {
    const o = i * T;
    for (let k = i * F, e = k + F; k < e; k++) {
      const row = feats[k] * T;
      for (let t = 0; t < T; t++) emit[o + t] += w[row + t];
    }
  }
}

/** For each tag t, the tags allowed before it, in increasing order, at ALLOWED_BEFORE[START[t] … START[t + 1]). */
const { ALLOWED_BEFORE, START } = (() => {
  const before: number[] = [];
  const start = [0];
  for (let t = 0; t < NUM_TAGS; t++) {
    for (let p = 0; p < NUM_TAGS; p++) if (ALLOWED[p * NUM_TAGS + t]) before.push(p);
    start.push(before.length);
  }
  return { ALLOWED_BEFORE: Uint8Array.from(before), START: Uint8Array.from(start) };
})();

/** Best tag sequence given per-token emission scores; I-X only after B-X or I-X. */
export function viterbiEmissions(tr: Float64Array, emit: Float64Array, n: number, out: Uint8Array, work?: { score: Float64Array; back: Uint8Array }): void {
  const T = NUM_TAGS;
  if (n === 0) return;
  const score = work && work.score.length >= n * T ? work.score : new Float64Array(n * T);
  const back = work && work.back.length >= n * T ? work.back : new Uint8Array(n * T);
  for (let t = 0; t < T; t++) score[t] = isInside(t) ? -Infinity : tr[t] + emit[t];
  for (let i = 1; i < n; i++) {
    const last = (i - 1) * T;
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let k = START[t], end = START[t + 1]; k < end; k++) {
        const p = ALLOWED_BEFORE[k];
        const s = score[last + p] + tr[(p + 1) * T + t];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * T + t] = best + emit[i * T + t];
      back[i * T + t] = arg;
    }
  }
  let arg = 0;
  for (let t = 1; t < T; t++) if (score[(n - 1) * T + t] > score[(n - 1) * T + arg]) arg = t;
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * T + arg];
  }
}

/** Viterbi over any weight table (int16 when shipped, float while training). */
export function decode(w: Int16Array | Int8Array | Float64Array, tr: Float64Array, F: number, feats: Int32Array, n: number, out: Uint8Array): void {
  const emit = new Float64Array(n * NUM_TAGS);
  addEmissions(w, F, feats, n, emit);
  viterbiEmissions(tr, emit, n, out);
}

/**
 * The same model with int8 weights: half the resident memory of the language server (4.7 MB for
 * two passes instead of 9.5); dev F1 measured identical to int16 (76.1). Stored files stay int16.
 */
export function compactModel(m: NerModel): NerModel {
  if (m.weights instanceof Int8Array) return m;
  let max = 0;
  for (let i = 0; i < m.weights.length; i++) max = Math.max(max, Math.abs(m.weights[i]));
  const f = max > 0 ? 127 / max : 1;
  const weights = new Int8Array(m.weights.length);
  for (let i = 0; i < weights.length; i++) weights[i] = Math.round(m.weights[i] * f);
  return { ...m, weights, scale: m.scale * f, transitions: m.transitions.map((v) => v * f) };
}

export function serializeModel(m: NerModel): Uint8Array {
  if (m.weights instanceof Int8Array) throw new Error('a compacted (int8) model is not stored');
  const header = new TextEncoder().encode(JSON.stringify({ bits: m.bits, options: m.options, scale: m.scale, oBias: m.oBias ?? 0, nameWords: m.nameWords, oWords: m.oWords ?? [], vocab: m.vocab, meta: m.meta }));
  const size = MAGIC.length + 4 + header.length + m.weights.length * 2 + m.transitions.length * 8;
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  let p = 0;
  for (let i = 0; i < MAGIC.length; i++) bytes[p++] = MAGIC.charCodeAt(i);
  view.setUint32(p, header.length, true);
  p += 4;
  bytes.set(header, p);
  p += header.length;
  for (let i = 0; i < m.weights.length; i++, p += 2) view.setInt16(p, m.weights[i], true);
  for (let i = 0; i < m.transitions.length; i++, p += 8) view.setFloat64(p, m.transitions[i], true);
  return bytes;
}

export function parseModel(bytes: Uint8Array): NerModel {
  const fail = (why: string): never => {
    throw new Error(`not a Mizan NER model: ${why}`);
  };
  if (bytes.length < MAGIC.length + 4) fail('too short');
  for (let i = 0; i < MAGIC.length; i++) if (bytes[i] !== MAGIC.charCodeAt(i)) fail('bad magic');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let p = MAGIC.length;
  const headerLength = view.getUint32(p, true);
  p += 4;
  const h = JSON.parse(new TextDecoder().decode(bytes.subarray(p, p + headerLength))) as Omit<NerModel, 'weights' | 'transitions'>;
  p += headerLength;
  const rows = (1 << h.bits) * NUM_TAGS;
  const trans = (NUM_TAGS + 1) * NUM_TAGS;
  if (bytes.length !== p + rows * 2 + trans * 8) fail('wrong length');
  const weights = new Int16Array(rows);
  for (let i = 0; i < rows; i++, p += 2) weights[i] = view.getInt16(p, true);
  const transitions = new Float64Array(trans);
  for (let i = 0; i < trans; i++, p += 8) transitions[i] = view.getFloat64(p, true);
  return { ...h, weights, transitions };
}

/** Several models in one file: a count, then each model's length and bytes. */
export function serializeModels(models: NerModel[]): Uint8Array {
  const parts = models.map(serializeModel);
  const bytes = new Uint8Array(4 + parts.reduce((s, p) => s + 4 + p.length, 0));
  const view = new DataView(bytes.buffer);
  view.setUint32(0, parts.length, true);
  let p = 4;
  for (const part of parts) {
    view.setUint32(p, part.length, true);
    bytes.set(part, p + 4);
    p += 4 + part.length;
  }
  return bytes;
}

export function parseModels(bytes: Uint8Array): NerModel[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = bytes.length >= 4 ? view.getUint32(0, true) : 0;
  if (count < 1 || count > 8) throw new Error('not a Mizan NER model file: bad model count');
  const out: NerModel[] = [];
  let p = 4;
  for (let i = 0; i < count; i++) {
    const length = view.getUint32(p, true);
    out.push(parseModel(bytes.subarray(p + 4, p + 4 + length)));
    p += 4 + length;
  }
  return out;
}
