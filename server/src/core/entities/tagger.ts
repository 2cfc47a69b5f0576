// Runs the model(s) over a document's sentences. With two models, the second reads how the
// first tagged each word across the whole document (the same name tends to keep its type).
import type { Span, Token } from '../types';
import { emissionScorer } from './emissions';
import type { TokenContext } from './features';
import { viterbiEmissions, type NerModel } from './model';
import { MODEL_TYPES, NUM_TAGS, tagType } from './tags';
import { memoFor, rangeKey, type SentenceMemo } from './sentenceMemo';

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

/** Bit of documentEvidence for a stem the first pass left O somewhere; bit k (below it) for model type k. */
export const O_EVIDENCE = 1 << MODEL_TYPES.length;

/** doc[i]: bit k when the first pass tagged this stem as model type k somewhere, O_EVIDENCE when it left it O somewhere. */
export function documentEvidence(ctx: TokenContext, tags: Uint8Array): Uint8Array {
  const n = tags.length;
  // Open addressing on the stem hashes: a Map keyed by 32-bit hashes boxes every key.
  let size = 16;
  while (size < 2 * n) size *= 2;
  const keys = new Uint32Array(size);
  const used = new Uint8Array(size);
  const bits = new Uint8Array(size);
  const slot = (h: number) => {
    let k = (Math.imul(h, 0x9e3779b1) >>> 0) & (size - 1);
    while (used[k] && keys[k] !== h) k = (k + 1) & (size - 1);
    return k;
  };
  const at = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const t = tags[i];
    const h = ctx.info[i].hStem;
    const k = slot(h);
    used[k] = 1;
    keys[k] = h;
    bits[k] |= t === 0 ? O_EVIDENCE : 1 << MODEL_TYPES.indexOf(tagType(t));
    at[i] = k;
  }
  const doc = new Uint8Array(n);
  for (let i = 0; i < n; i++) doc[i] = bits[at[i]];
  return doc;
}

/** Tags tokens range by range with one model; `slot` names the model in the per-word cache (see emissions.ts). */
export function tagRanges(model: NerModel, ctx: TokenContext, ranges: [number, number][], tags: Uint8Array, slot = -1): void {
  const T = NUM_TAGS;
  const scorer = emissionScorer(model, slot);
  let emit = new Float64Array(64 * T);
  let out = new Uint8Array(64);
  let work = { score: new Float64Array(64 * T), back: new Uint8Array(64 * T) };
  for (const [from, to] of ranges) {
    const n = to - from;
    if (n > out.length) {
      emit = new Float64Array(n * T * 2);
      out = new Uint8Array(n * 2);
      work = { score: new Float64Array(n * T * 2), back: new Uint8Array(n * T * 2) };
    }
    scorer.score(ctx, from, to, emit);
    viterbiEmissions(model.transitions, emit, n, out, work);
    tags.set(out.subarray(0, n), from);
  }
}

/** True when some word of the range was tagged in more than one way across the document. */
function hasMixedEvidence(doc: Uint8Array, [from, to]: [number, number]): boolean {
  for (let i = from; i < to; i++) {
    const d = doc[i];
    if (d & (d - 1)) return true;
  }
  return false;
}

/**
 * Tags every token: the first model alone, or the first then the document-aware second. The
 * second pass only re-reads sentences where some word was tagged in more than one way across the
 * document: elsewhere it has nothing new to go on (dev F1 the same, a third of the time).
 */
export function tagDocument(models: NerModel[], ctx: TokenContext, ranges: [number, number][], tokens: Token[], memos?: WeakMap<NerModel, SentenceMemo>): Uint8Array {
  const tags = new Uint8Array(tokens.length);
  tagMemoised(models[0], ctx, ranges, tags, 0, memos);
  for (let m = 1; m < models.length; m++) {
    ctx.doc = documentEvidence(ctx, tags);
    tagMemoised(
      models[m],
      ctx,
      ranges.filter((r) => hasMixedEvidence(ctx.doc, r)),
      tags,
      m,
      memos,
    );
  }
  return tags;
}

/** tagRanges, taking the tags of ranges seen before with the same inputs from the memo. */
function tagMemoised(model: NerModel, ctx: TokenContext, ranges: [number, number][], tags: Uint8Array, slot: number, memos?: WeakMap<NerModel, SentenceMemo>): void {
  if (!memos) {
    tagRanges(model, ctx, ranges, tags, slot);
    return;
  }
  const memo = memoFor(memos, model);
  const todo: [number, number][] = [];
  const keys: (string | undefined)[] = [];
  for (const r of ranges) {
    const key = rangeKey(ctx, r[0], r[1]);
    const hit = key === undefined ? undefined : memo.get(key);
    if (hit) tags.set(hit, r[0]);
    else {
      todo.push(r);
      keys.push(key);
    }
  }
  tagRanges(model, ctx, todo, tags, slot);
  todo.forEach(([from, to], k) => {
    const key = keys[k];
    if (key !== undefined) memo.set(key, tags.slice(from, to));
  });
}
