// Averaged structured perceptron (Collins 2002) over hashed features. Pure and deterministic:
// the sentence order of each epoch comes from a seeded generator, arithmetic is in float64.
import { featureCount, type FeatureOptions } from './features';
import { decode, type NerModel } from './model';
import { NUM_TAGS } from './tags';
import { mulberry32 } from '../random';

export interface TrainingSentence {
  feats: Int32Array;
  gold: Uint8Array;
}

export interface TrainSettings {
  bits: number;
  options: FeatureOptions;
  epochs: number;
  seed: number;
}

export function shuffled(n: number, random: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

export interface TrainedWeights {
  weights: Float64Array;
  transitions: Float64Array;
}

export function trainPerceptron(sentences: TrainingSentence[], s: TrainSettings): TrainedWeights {
  const T = NUM_TAGS;
  const F = featureCount(s.options);
  const w = new Float64Array((1 << s.bits) * T);
  const wu = new Float64Array(w.length);
  const tr = new Float64Array((T + 1) * T);
  const tru = new Float64Array(tr.length);
  const random = mulberry32(s.seed);
  let c = 1;
  let pred = new Uint8Array(256);
  for (let epoch = 0; epoch < s.epochs; epoch++) {
    for (const idx of shuffled(sentences.length, random)) {
      const { feats, gold } = sentences[idx];
      const n = gold.length;
      if (pred.length < n) pred = new Uint8Array(n * 2);
      decode(w, tr, F, feats, n, pred);
      for (let i = 0; i < n; i++) {
        const g = gold[i];
        const p = pred[i];
        if (g !== p) {
          for (let k = i * F, e = k + F; k < e; k++) {
            const row = feats[k] * T;
            w[row + g] += 1;
            wu[row + g] += c;
            w[row + p] -= 1;
            wu[row + p] -= c;
          }
        }
        const gp = i === 0 ? 0 : gold[i - 1] + 1;
        const pp = i === 0 ? 0 : pred[i - 1] + 1;
        if (gp !== pp || g !== p) {
          tr[gp * T + g] += 1;
          tru[gp * T + g] += c;
          tr[pp * T + p] -= 1;
          tru[pp * T + p] -= c;
        }
      }
      c++;
    }
  }
  for (let i = 0; i < w.length; i++) w[i] -= wu[i] / c;
  for (let i = 0; i < tr.length; i++) tr[i] -= tru[i] / c;
  return { weights: w, transitions: tr };
}

/** Rounds the averaged weights to int16 with one scale for the whole table. */
export function quantize(t: TrainedWeights, bits: number, options: FeatureOptions, nameWords: string[], meta: NerModel['meta']): NerModel {
  let max = 0;
  for (let i = 0; i < t.weights.length; i++) max = Math.max(max, Math.abs(t.weights[i]));
  const scale = max > 0 ? 32767 / max : 1;
  const weights = new Int16Array(t.weights.length);
  for (let i = 0; i < weights.length; i++) weights[i] = Math.round(t.weights[i] * scale);
  const transitions = t.transitions.map((v) => v * scale);
  return { bits, options, weights, scale, transitions, nameWords, meta };
}
