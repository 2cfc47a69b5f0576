// Feature extraction for the tagger. Every feature is a (template, value-hash) pair mixed into a
// row of the weight table; each token gets exactly `featureCount(options)` rows so the tables are flat.
import { mix, pair } from './hash';
import type { WordInfo } from './words';

/** Which groups of features a model uses (stored in the model, so decoding matches training). */
export interface FeatureOptions {
  affixes: boolean;
  stem: boolean;
  context2: boolean;
  gazetteer: boolean;
  triggers: boolean;
  lexicon: boolean;
  /** Second pass: how the same word was tagged elsewhere in the document by the first pass. */
  document: boolean;
}

export const ALL_FEATURES: FeatureOptions = { affixes: true, stem: true, context2: true, gazetteer: true, triggers: true, lexicon: true, document: true };

/** Per-token facts beyond the word itself, filled in by the recogniser. */
export interface TokenContext {
  info: WordInfo[];
  /** Gazetteer bits: bit 2k for "begins a listed name of type k", bit 2k+1 for "inside". */
  gaz: Uint8Array;
  /** Trigger class of the token (0 none; see triggers.ts). */
  trigger: Uint8Array;
  /** 1 when the token's stem is a common dictionary word. */
  common: Uint8Array;
  /** Document evidence: bit per type the first pass gave this word elsewhere, +16 when it was O elsewhere. */
  doc: Uint8Array;
}

const BOS = 0x5a5a5a5a;
const EOS = 0x3c3c3c3c;

export function featureCount(o: FeatureOptions): number {
  return 10 + (o.affixes ? 14 : 0) + (o.stem ? 4 : 0) + (o.context2 ? 4 : 0) + (o.gazetteer ? 4 : 0) + (o.triggers ? 4 : 0) + (o.lexicon ? 2 : 0) + (o.document ? 3 : 0);
}

/** Writes the feature rows of tokens [from, to) into out (row-major, featureCount per token). */
export function extractFeatures(ctx: TokenContext, from: number, to: number, o: FeatureOptions, mask: number, out: Int32Array): void {
  const info = ctx.info;
  const F = featureCount(o);
  const key = (j: number) => (j < from ? BOS : j >= to ? EOS : info[j].hKey);
  const stem = (j: number) => (j < from ? BOS : j >= to ? EOS : info[j].hStem);
  const shape = (j: number) => (j < from ? BOS : j >= to ? EOS : info[j].shape);
  const at = <T extends Uint8Array>(a: T, j: number) => (j < from || j >= to ? 255 : a[j]);
  for (let i = from; i < to; i++) {
    const w = info[i];
    let p = (i - from) * F;
    let t = 0;
    const put = (value: number) => { out[p++] = mix(t++, value, mask); };
    put(0);
    put(w.hKey);
    put(w.hBase);
    put(key(i - 1));
    put(key(i + 1));
    put(pair(key(i - 1), w.hKey));
    put(pair(w.hKey, key(i + 1)));
    put(w.shape);
    put(pair(shape(i - 1), shape(i + 1)));
    put(pair(shape(i - 1), w.shape));
    if (o.affixes) {
      for (let k = 0; k < 4; k++) put(w.pre[k]);
      for (let k = 0; k < 4; k++) put(w.suf[k]);
      for (let k = 0; k < 3; k++) put(w.stemPre[k]);
      for (let k = 0; k < 3; k++) put(w.stemSuf[k]);
    }
    if (o.stem) {
      put(w.hStem);
      put(stem(i - 1));
      put(stem(i + 1));
      put(pair(stem(i - 1), w.hStem));
    }
    if (o.context2) {
      put(key(i - 2));
      put(key(i + 2));
      put(pair(key(i - 2), key(i - 1)));
      put(pair(key(i + 1), key(i + 2)));
    }
    if (o.gazetteer) {
      put(ctx.gaz[i]);
      put(at(ctx.gaz, i - 1));
      put(at(ctx.gaz, i + 1));
      put(pair(ctx.gaz[i], w.shape));
    }
    if (o.triggers) {
      put(at(ctx.trigger, i - 1));
      put(at(ctx.trigger, i - 2));
      put(ctx.trigger[i]);
      put(at(ctx.trigger, i + 1));
    }
    if (o.lexicon) {
      put(ctx.common[i]);
      put(pair(ctx.common[i], at(ctx.gaz, i)));
    }
    if (o.document) {
      put(ctx.doc[i]);
      put(pair(ctx.doc[i], w.hStem));
      put(pair(at(ctx.doc, i - 1), at(ctx.doc, i + 1)));
    }
  }
}
