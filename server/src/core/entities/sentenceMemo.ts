// Tags of whole sentences remembered across analyses: the server re-analyses the open article on
// every edit, and a sentence whose words and per-token inputs are unchanged gets the same tags.
// The key holds everything the tagger reads for a range: each word's id (its WordInfo, from
// which the word-local features come), gazetteer bits, trigger class, dictionary flag and
// document evidence; neighbours outside the range are never read.
import type { TokenContext } from './features';
import type { NerModel } from './model';

const LIMIT = 50_000;
/** Longer ranges (text outside sentences) are tagged without the memo. */
const MAX_TOKENS = 2_000;

/** Reused for every key: the server builds one per sentence on every edit. */
const scratch: number[] = [];

export function rangeKey(ctx: TokenContext, from: number, to: number): string | undefined {
  if (to - from > MAX_TOKENS) return undefined;
  const codes = scratch;
  codes.length = (to - from) * 4;
  let p = 0;
  for (let i = from; i < to; i++) {
    const id = ctx.info[i].id;
    if (id === 0) return undefined;
    codes[p++] = id & 0xffff;
    codes[p++] = id >>> 16;
    codes[p++] = ctx.gaz[i] | (ctx.trigger[i] << 8);
    codes[p++] = ctx.common[i] | (ctx.doc[i] << 8);
  }
  return String.fromCharCode.apply(null, codes);
}

export interface SentenceMemo {
  /** The model's O bias when the tags were made (an experiment may change it between runs). */
  oBias: number;
  tags: Map<string, Uint8Array>;
}

export function memoFor(memos: WeakMap<NerModel, SentenceMemo>, model: NerModel): Map<string, Uint8Array> {
  const oBias = model.oBias ?? 0;
  let m = memos.get(model);
  if (!m || m.oBias !== oBias) memos.set(model, (m = { oBias, tags: new Map() }));
  if (m.tags.size >= LIMIT) m.tags.clear();
  return m.tags;
}
