// Runs the model(s) over a document's sentences. With two models, the second reads how the
// first tagged each word across the whole document (the same name tends to keep its type).
import type { Span, Token } from '../types';
import { extractFeatures, featureCount, type TokenContext } from './features';
import { viterbi, type NerModel } from './model';
import { tagType, TYPE_ORDER } from './tags';

/** Token index ranges [start, end) of each sentence; tokens outside every sentence form their own ranges. */
export function sentenceRanges(tokens: Span[], sentences: Span[]): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  for (const s of sentences) {
    if (i < tokens.length && tokens[i].start < s.start) {
      const from = i;
      while (i < tokens.length && tokens[i].start < s.start) i++;
      out.push([from, i]);
    }
    const from = i;
    while (i < tokens.length && tokens[i].start < s.end) i++;
    if (i > from) out.push([from, i]);
  }
  if (i < tokens.length) out.push([i, tokens.length]);
  return out;
}

/** doc[i]: bit k when the first pass tagged this stem as type k somewhere, bit 4 when it left it O somewhere. */
export function documentEvidence(ctx: TokenContext, tags: Uint8Array): Uint8Array {
  const seen = new Map<number, number>();
  const n = tags.length;
  for (let i = 0; i < n; i++) {
    const t = tags[i];
    const bit = t === 0 ? 16 : 1 << TYPE_ORDER.indexOf(tagType(t));
    const h = ctx.info[i].hStem;
    seen.set(h, (seen.get(h) ?? 0) | bit);
  }
  const doc = new Uint8Array(n);
  for (let i = 0; i < n; i++) doc[i] = seen.get(ctx.info[i].hStem) ?? 0;
  return doc;
}

export function tagRanges(model: NerModel, ctx: TokenContext, ranges: [number, number][], tags: Uint8Array): void {
  const F = featureCount(model.options);
  const mask = (1 << model.bits) - 1;
  let feats = new Int32Array(64 * F);
  let out = new Uint8Array(64);
  for (const [from, to] of ranges) {
    const n = to - from;
    if (n * F > feats.length) { feats = new Int32Array(n * F * 2); out = new Uint8Array(n * 2); }
    extractFeatures(ctx, from, to, model.options, mask, feats);
    viterbi(model, feats, n, out);
    tags.set(out.subarray(0, n), from);
  }
}

/** Tags every token: the first model alone, or the first then the document-aware second. */
export function tagDocument(models: NerModel[], ctx: TokenContext, ranges: [number, number][], tokens: Token[]): Uint8Array {
  const tags = new Uint8Array(tokens.length);
  tagRanges(models[0], ctx, ranges, tags);
  for (let m = 1; m < models.length; m++) {
    ctx.doc = documentEvidence(ctx, tags);
    tagRanges(models[m], ctx, ranges, tags);
  }
  return tags;
}

