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

/** Features of the word alone (cacheable per word); they come first in every token's rows. */
export function localCount(o: FeatureOptions): number {
  return 4 + (o.affixes ? 14 : 0) + (o.stem ? 1 : 0);
}

export function featureCount(o: FeatureOptions): number {
  return localCount(o) + 6 + (o.affixes ? 3 : 0) + (o.stem ? 3 : 0) + (o.context2 ? 4 : 0) + (o.gazetteer ? 4 : 0) + (o.triggers ? 4 : 0) + (o.lexicon ? 2 : 0) + (o.document ? 3 : 0);
}

/** Writes the word-local rows of one word at out[p…]. */
export function extractLocal(w: WordInfo, o: FeatureOptions, mask: number, out: Int32Array, p: number): void {
  out[p++] = mix(0, 0, mask);
  out[p++] = mix(1, w.hKey, mask);
  out[p++] = mix(2, w.hBase, mask);
  out[p++] = mix(7, w.shape, mask);
  if (o.affixes) {
    for (let k = 0; k < 4; k++) out[p++] = mix(10 + k, w.pre[k], mask);
    for (let k = 0; k < 4; k++) out[p++] = mix(14 + k, w.suf[k], mask);
    for (let k = 0; k < 3; k++) out[p++] = mix(18 + k, w.stemPre[k], mask);
    for (let k = 0; k < 3; k++) out[p++] = mix(21 + k, w.stemSuf[k], mask);
  }
  if (o.stem) out[p++] = mix(24, w.hStem, mask);
}

/**
 * Writes the context rows of tokens [from, to) (features that look at neighbours, lists or the
 * document) into out, `featureCount - localCount` per token; with `withLocal`, every token's
 * local rows come first, as training wants.
 */
export function extractFeatures(ctx: TokenContext, from: number, to: number, o: FeatureOptions, mask: number, out: Int32Array, withLocal = true): void {
  const info = ctx.info;
  const L = localCount(o);
  const F = withLocal ? featureCount(o) : featureCount(o) - L;
  const { gaz, trigger, common, doc } = ctx;
  for (let i = from; i < to; i++) {
    const w = info[i];
    const prev = i > from ? info[i - 1] : undefined;
    const next = i + 1 < to ? info[i + 1] : undefined;
    const k1 = prev ? prev.hKey : BOS;
    const k3 = next ? next.hKey : EOS;
    const k0 = i - 2 >= from ? info[i - 2].hKey : BOS;
    const k4 = i + 2 < to ? info[i + 2].hKey : EOS;
    const s1 = prev ? prev.shape : BOS;
    const s3 = next ? next.shape : EOS;
    let p = (i - from) * F;
    if (withLocal) { extractLocal(w, o, mask, out, p); p += L; }
    out[p++] = mix(30, k1, mask);
    out[p++] = mix(31, k3, mask);
    out[p++] = mix(32, pair(k1, w.hKey), mask);
    out[p++] = mix(33, pair(w.hKey, k3), mask);
    out[p++] = mix(34, pair(s1, s3), mask);
    out[p++] = mix(35, pair(s1, w.shape), mask);
    let t = 36;
    if (o.affixes) {
      // A neighbour's ending or start tells much: الرئيس الروسي (nisba ـي after a title), ال on the next word.
      out[p++] = mix(t++, prev ? prev.suf[1] : BOS, mask);
      out[p++] = mix(t++, next ? next.suf[1] : EOS, mask);
      out[p++] = mix(t++, next ? next.pre[1] : EOS, mask);
    }
    if (o.stem) {
      const st1 = prev ? prev.hStem : BOS;
      out[p++] = mix(t++, st1, mask);
      out[p++] = mix(t++, next ? next.hStem : EOS, mask);
      out[p++] = mix(t++, pair(st1, w.hStem), mask);
    }
    if (o.context2) {
      out[p++] = mix(t++, k0, mask);
      out[p++] = mix(t++, k4, mask);
      out[p++] = mix(t++, pair(k0, k1), mask);
      out[p++] = mix(t++, pair(k3, k4), mask);
    }
    const gPrev = prev ? gaz[i - 1] : 255;
    const gNext = next ? gaz[i + 1] : 255;
    if (o.gazetteer) {
      out[p++] = mix(t++, gaz[i], mask);
      out[p++] = mix(t++, gPrev, mask);
      out[p++] = mix(t++, gNext, mask);
      out[p++] = mix(t++, pair(gaz[i], w.shape), mask);
    }
    if (o.triggers) {
      out[p++] = mix(t++, prev ? trigger[i - 1] : 255, mask);
      out[p++] = mix(t++, i - 2 >= from ? trigger[i - 2] : 255, mask);
      out[p++] = mix(t++, trigger[i], mask);
      out[p++] = mix(t++, next ? trigger[i + 1] : 255, mask);
    }
    if (o.lexicon) {
      out[p++] = mix(t++, common[i], mask);
      out[p++] = mix(t++, pair(common[i], gaz[i]), mask);
    }
    if (o.document) {
      out[p++] = mix(t++, doc[i], mask);
      out[p++] = mix(t++, pair(doc[i], w.hStem), mask);
      out[p++] = mix(t++, pair(prev ? doc[i - 1] : 255, next ? doc[i + 1] : 255), mask);
    }
  }
}
