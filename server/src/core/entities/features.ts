// Feature extraction for the tagger. Every feature is a (template, value-hash) pair mixed into a
// row of the weight table; each token gets exactly `featureCount(options)` rows so the tables are flat.
import { affixHash, fnv, fnvStep, FNV_OFFSET, mix, mixPair } from './hash';
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
  /** How the stem looks: its consonant–vowel skeleton (transliterated names are vowel-rich). */
  shapes?: boolean;
  /** Character trigrams of the stem, as a bag. */
  ngrams?: boolean;
  /** How often the word and its stem occur in the training data (a word never seen is more often a name). */
  vocab?: boolean;
}

export const ALL_FEATURES: FeatureOptions = { affixes: true, stem: true, context2: true, gazetteer: true, triggers: true, lexicon: true, document: true, shapes: false, ngrams: false, vocab: false };

/** Per-token facts beyond the word itself, filled in by the recogniser. */
export interface TokenContext {
  info: WordInfo[];
  /** Gazetteer bits: bit 2k for "begins a listed name of type k", bit 2k+1 for "inside". */
  gaz: Uint8Array;
  /** Trigger class of the token (0 none; see triggers.ts). */
  trigger: Uint8Array;
  /** 1 when the token's stem is a common dictionary word. */
  common: Uint8Array;
  /** Document evidence: bit per model type the first pass gave this word elsewhere, O_EVIDENCE (tagger.ts) when it was O elsewhere. */
  doc: Uint8Array;
}

const BOS = 0x5a5a5a5a;
const EOS = 0x3c3c3c3c;

/** Features of the word alone (cacheable per word); they come first in every token's rows. */
export function localCount(o: FeatureOptions): number {
  return 4 + (o.affixes ? 14 : 0) + (o.stem ? 1 : 0) + (o.shapes ? 3 : 0) + (o.ngrams ? NGRAMS : 0) + (o.vocab ? 3 : 0);
}

/** Trigrams of `#stem#` kept per word (the first ones; a longer stem's end is in its suffixes). */
const NGRAMS = 6;
/** Template numbers of the later word-local groups, past every template of the older ones. */
const T_SHAPE = 100;
const T_NGRAM = 104;
const T_VOCAB = 106;

const VOWELS = new Set(['ا', 'و', 'ي', 'ى', 'آ']);
/** Letters of Persian and European names that Arabic words do not use. */
const FOREIGN = /[پچژگڤڨ]/;

/**
 * The consonant–vowel skeleton of the stem as a hash (بوتين → CVCVC), with its count of long
 * vowels, and whether two long vowels or a foreign letter stand together: Arabic patterns (فاعل,
 * مفعول) have one or two, transliterations (ساركوزي، أوباما، فيتشينكو) have more, spread out.
 */
function shapeRows(stem: string, mask: number, out: Int32Array, p: number): number {
  let h = fnv('s');
  let v = 0;
  let pair = 0;
  let prevV = false;
  for (let k = 0; k < stem.length; k++) {
    const isV = VOWELS.has(stem[k]);
    h = fnvStep(h, isV ? 86 : 67);
    if (isV) {
      v++;
      if (prevV && k > 0) pair = 1;
    }
    prevV = isV;
  }
  out[p++] = mix(T_SHAPE, h, mask);
  out[p++] = mix(T_SHAPE + 1, Math.min(v, 5) * 16 + Math.min(stem.length, 12), mask);
  out[p++] = mix(T_SHAPE + 2, pair + (FOREIGN.test(stem) ? 2 : 0) + (v * 2 > stem.length ? 4 : 0), mask);
  return p;
}

function ngramRows(stem: string, mask: number, out: Int32Array, p: number): number {
  const s = `#${stem}#`;
  for (let k = 0; k < NGRAMS; k++) {
    if (k + 3 > s.length) {
      out[p++] = mix(T_NGRAM, 0, mask);
      continue;
    }
    let h = FNV_OFFSET;
    for (let j = k; j < k + 3; j++) h = fnvStep(h, s.charCodeAt(j));
    out[p++] = mix(T_NGRAM, h, mask);
  }
  return p;
}

export function featureCount(o: FeatureOptions): number {
  return localCount(o) + ROLES.reduce<number>((n, r) => n + roleCount(o, r), 0) + pairCount(o);
}

/** Rows of the 1…n-letter prefixes (or suffixes) of s, templates t0…t0+n-1; a longer affix than s hashes to 0. */
function affixRows(s: string, n: number, fromEnd: boolean, t0: number, mask: number, out: Int32Array, p: number): number {
  for (let k = 0; k < n; k++) out[p++] = mix(t0 + k, affixHash(s, k + 1, fromEnd), mask);
  return p;
}

/** Writes the word-local rows of one word at out[p…]. */
export function extractLocal(w: WordInfo, o: FeatureOptions, mask: number, out: Int32Array, p: number): void {
  out[p++] = mix(0, 0, mask);
  out[p++] = mix(1, w.hKey, mask);
  out[p++] = mix(2, w.hBase, mask);
  out[p++] = mix(7, w.shape, mask);
  if (o.affixes) {
    p = affixRows(w.key, 4, false, 10, mask, out, p);
    p = affixRows(w.key, 4, true, 14, mask, out, p);
    p = affixRows(w.stem, 3, false, 18, mask, out, p);
    p = affixRows(w.stem, 3, true, 21, mask, out, p);
  }
  if (o.stem) out[p++] = mix(24, w.hStem, mask);
  if (o.shapes) p = shapeRows(w.stem, mask, out, p);
  if (o.ngrams) p = ngramRows(w.stem, mask, out, p);
  if (o.vocab) {
    // freq: bucket of the word's count (0 unseen, 1 once, 2 up to 4, 3 more) + 4 × its stem's.
    out[p++] = mix(T_VOCAB, w.freq & 3, mask);
    out[p++] = mix(T_VOCAB + 1, w.freq >> 2, mask);
    out[p++] = mixPair(T_VOCAB + 2, w.freq, w.shape, mask);
  }
}

/**
 * Where a neighbour stands relative to the token: its rows depend on that word alone, so the
 * tagger sums them once per word (see emissions.ts). Absent neighbours read as BOS/EOS.
 */
export const Role = { Prev: 0, Next: 1, Prev2: 2, Next2: 3 } as const;
export type Role = (typeof Role)[keyof typeof Role];
export const ROLES: readonly Role[] = [Role.Prev, Role.Next, Role.Prev2, Role.Next2];

/** Template numbers of the context features; the numbering is part of the stored model. */
export interface Templates {
  prevSuf: number;
  nextSuf: number;
  nextPre: number;
  prevStem: number;
  nextStem: number;
  stemPair: number;
  k0: number;
  k4: number;
  k01: number;
  k34: number;
  gaz: number;
  trig: number;
  lex: number;
  doc: number;
}

function templates(o: FeatureOptions): Templates {
  let t = 36;
  const take = (on: boolean, n: number) => {
    const at = t;
    if (on) t += n;
    return at;
  };
  const aff = take(o.affixes, 3);
  const stem = take(o.stem, 3);
  const c2 = take(o.context2, 4);
  const gaz = take(o.gazetteer, 4);
  const trig = take(o.triggers, 4);
  const lex = take(o.lexicon, 2);
  const doc = take(o.document, 3);
  return {
    prevSuf: aff,
    nextSuf: aff + 1,
    nextPre: aff + 2,
    prevStem: stem,
    nextStem: stem + 1,
    stemPair: stem + 2,
    k0: c2,
    k4: c2 + 1,
    k01: c2 + 2,
    k34: c2 + 3,
    gaz,
    trig,
    lex,
    doc,
  };
}

const cachedTemplates = new WeakMap<FeatureOptions, Templates>();
export function templatesOf(o: FeatureOptions): Templates {
  let t = cachedTemplates.get(o);
  if (!t) cachedTemplates.set(o, (t = templates(o)));
  return t;
}

export function roleCount(o: FeatureOptions, role: Role): number {
  switch (role) {
    case Role.Prev:
      return 1 + (o.affixes ? 1 : 0) + (o.stem ? 1 : 0);
    case Role.Next:
      return 1 + (o.affixes ? 2 : 0) + (o.stem ? 1 : 0);
    default:
      return o.context2 ? 1 : 0;
  }
}

/** Writes the rows that word `w` (undefined: none, past the sentence edge) gives the token it is the `role` neighbour of. */
export function extractRole(w: WordInfo | undefined, role: Role, o: FeatureOptions, mask: number, out: Int32Array, p: number, t = templatesOf(o)): number {
  const edge = role === Role.Prev || role === Role.Prev2 ? BOS : EOS;
  const key = w ? w.hKey : edge;
  switch (role) {
    case Role.Prev:
      out[p++] = mix(30, key, mask);
      // A neighbour's ending or start tells much: الرئيس الروسي (nisba ـي after a title), ال on the next word.
      if (o.affixes) out[p++] = mix(t.prevSuf, w ? affixHash(w.key, 2, true) : edge, mask);
      if (o.stem) out[p++] = mix(t.prevStem, w ? w.hStem : edge, mask);
      break;
    case Role.Next:
      out[p++] = mix(31, key, mask);
      if (o.affixes) {
        out[p++] = mix(t.nextSuf, w ? affixHash(w.key, 2, true) : edge, mask);
        out[p++] = mix(t.nextPre, w ? affixHash(w.key, 2, false) : edge, mask);
      }
      if (o.stem) out[p++] = mix(t.nextStem, w ? w.hStem : edge, mask);
      break;
    case Role.Prev2:
      if (o.context2) out[p++] = mix(t.k0, key, mask);
      break;
    case Role.Next2:
      if (o.context2) out[p++] = mix(t.k4, key, mask);
      break;
  }
  return p;
}

/** Rows that depend on the token and its neighbours together, or on lists and the document. */
export function pairCount(o: FeatureOptions): number {
  return 4 + (o.stem ? 1 : 0) + (o.context2 ? 2 : 0) + (o.gazetteer ? 4 : 0) + (o.triggers ? 4 : 0) + (o.lexicon ? 2 : 0) + (o.document ? 3 : 0);
}

/** Writes the pair rows of token i of the range [from, to) at out[p…]. */
export function extractPairs(ctx: TokenContext, i: number, from: number, to: number, o: FeatureOptions, mask: number, out: Int32Array, p: number, t = templatesOf(o)): number {
  const info = ctx.info;
  const w = info[i];
  const hasPrev = i > from;
  const hasNext = i + 1 < to;
  const k1 = hasPrev ? info[i - 1].hKey : BOS;
  const k3 = hasNext ? info[i + 1].hKey : EOS;
  const s1 = hasPrev ? info[i - 1].shape : BOS;
  const s3 = hasNext ? info[i + 1].shape : EOS;
  out[p++] = mixPair(32, k1, w.hKey, mask);
  out[p++] = mixPair(33, w.hKey, k3, mask);
  out[p++] = mixPair(34, s1, s3, mask);
  out[p++] = mixPair(35, s1, w.shape, mask);
  if (o.stem) out[p++] = mixPair(t.stemPair, hasPrev ? info[i - 1].hStem : BOS, w.hStem, mask);
  if (o.context2) {
    out[p++] = mixPair(t.k01, i - 2 >= from ? info[i - 2].hKey : BOS, k1, mask);
    out[p++] = mixPair(t.k34, k3, i + 2 < to ? info[i + 2].hKey : EOS, mask);
  }
  const { gaz, trigger, common, doc } = ctx;
  if (o.gazetteer) {
    out[p++] = mix(t.gaz, gaz[i], mask);
    out[p++] = mix(t.gaz + 1, hasPrev ? gaz[i - 1] : 255, mask);
    out[p++] = mix(t.gaz + 2, hasNext ? gaz[i + 1] : 255, mask);
    out[p++] = mixPair(t.gaz + 3, gaz[i], w.shape, mask);
  }
  if (o.triggers) {
    out[p++] = mix(t.trig, hasPrev ? trigger[i - 1] : 255, mask);
    out[p++] = mix(t.trig + 1, i - 2 >= from ? trigger[i - 2] : 255, mask);
    out[p++] = mix(t.trig + 2, trigger[i], mask);
    out[p++] = mix(t.trig + 3, hasNext ? trigger[i + 1] : 255, mask);
  }
  if (o.lexicon) {
    out[p++] = mix(t.lex, common[i], mask);
    out[p++] = mixPair(t.lex + 1, common[i], gaz[i], mask);
  }
  if (o.document) {
    out[p++] = mix(t.doc, doc[i], mask);
    out[p++] = mixPair(t.doc + 1, doc[i], w.hStem, mask);
    out[p++] = mixPair(t.doc + 2, hasPrev ? doc[i - 1] : 255, hasNext ? doc[i + 1] : 255, mask);
  }
  return p;
}

/** Writes every row of tokens [from, to), `featureCount` per token, as training wants. */
export function extractFeatures(ctx: TokenContext, from: number, to: number, o: FeatureOptions, mask: number, out: Int32Array): void {
  const info = ctx.info;
  const L = localCount(o);
  const t = templatesOf(o);
  let p = 0;
  for (let i = from; i < to; i++) {
    extractLocal(info[i], o, mask, out, p);
    p += L;
    p = extractRole(i > from ? info[i - 1] : undefined, Role.Prev, o, mask, out, p, t);
    p = extractRole(i + 1 < to ? info[i + 1] : undefined, Role.Next, o, mask, out, p, t);
    p = extractRole(i - 2 >= from ? info[i - 2] : undefined, Role.Prev2, o, mask, out, p, t);
    p = extractRole(i + 2 < to ? info[i + 2] : undefined, Role.Next2, o, mask, out, p, t);
    p = extractPairs(ctx, i, from, to, o, mask, out, p, t);
  }
}
