// Who a continued speaker points at. A speaker given only by a title (الباحث السياسي، الوزير) is the
// person last introduced with that title (الباحث السياسي صدام الجاسر), and a carried speaker is
// shown at that person's nearest earlier mention, as the gold marks it.
import type { EntityMention, Span } from '../types';
import { type ClaimContext, tokenAt } from './context';
import type { Speaker } from './speaker';
import { TITLES } from './words';

function tokensOf(ctx: ClaimContext, span: Span): number[] {
  const out: number[] = [];
  for (let i = tokenAt(ctx, span.start); i < ctx.words.length && ctx.words[i].tok.start < span.end; i++) if (!ctx.words[i].punct) out.push(i);
  return out;
}

/** A title-only speaker (every word definite, the first a title, no entity behind it): its words. */
function titleOnly(ctx: ClaimContext, sp: Speaker): string[] | undefined {
  if (sp.cluster !== undefined) return undefined;
  const keys = tokensOf(ctx, sp.span).map((t) => ctx.words[t].key);
  if (!keys.length || !TITLES.has(keys[0])) return undefined;
  return keys.every((k) => k.startsWith('ال')) ? keys : undefined;
}

/**
 * The speakers of the claims so far (each claim's referent, else its speaker), indexed by the words
 * around each, so that a title-only speaker looks only at those its title's first word is near
 * rather than at every claim before it (a long article has thousands).
 */
export class EarlierSpeakers {
  readonly list: Speaker[] = [];
  private readonly near: (Set<string> | undefined)[] = [];
  private readonly byWord = new Map<string, number[]>();
  private indexed = 0;
  constructor(private readonly ctx: ClaimContext) {}
  push(sp: Speaker): void {
    this.list.push(sp);
  }
  /** Indices of the entries (oldest first) that can be referred to and have `word` near them. */
  withWord(word: string): number[] {
    for (; this.indexed < this.list.length; this.indexed++) {
      const e = this.list[this.indexed];
      const toks = titleOnly(this.ctx, e) ? [] : tokensOf(this.ctx, e.span);
      if (!toks.length) {
        this.near.push(undefined);
        continue;
      }
      const near = new Set<string>();
      for (let t = Math.max(0, toks[0] - 4); t <= toks[toks.length - 1]; t++) near.add(this.ctx.words[t].key);
      this.near.push(near);
      for (const k of near) {
        let at = this.byWord.get(k);
        if (!at) this.byWord.set(k, (at = []));
        at.push(this.indexed);
      }
    }
    return this.byWord.get(word) ?? [];
  }
  nearOf(k: number): Set<string> {
    return this.near[k]!;
  }
}

/** The earlier speaker that a title-only speaker refers to, when one was introduced with that title. */
export function titleReferent(ctx: ClaimContext, sp: Speaker, earlier: EarlierSpeakers): Speaker | undefined {
  const title = titleOnly(ctx, sp);
  if (!title) return undefined;
  const candidates = earlier.withWord(title[0]);
  for (let c = candidates.length - 1; c >= 0; c--) {
    const e = earlier.list[candidates[c]];
    if (e.span.start >= sp.span.start) continue;
    // Every word of the title, so that الرئيس الإيراني does not point at الرئيس بوتين.
    const near = earlier.nearOf(candidates[c]);
    if (title.every((k) => near.has(k))) return e;
  }
  return undefined;
}

/** Each cluster's mentions in text order, made once per document. */
const byCluster = new WeakMap<ClaimContext, Map<number, EntityMention[]>>();
function clusterMentions(ctx: ClaimContext, cluster: number): EntityMention[] {
  let map = byCluster.get(ctx);
  if (!map) {
    byCluster.set(ctx, (map = new Map()));
    for (const m of ctx.layer.entities) {
      let list = map.get(m.cluster);
      if (!list) map.set(m.cluster, (list = []));
      list.push(m);
    }
  }
  return map.get(cluster) ?? [];
}

/** The speaker's nearest mention before `offset`: by entity cluster, else by its last word. */
export function nearestMention(ctx: ClaimContext, sp: Speaker, offset: number): Speaker {
  if (sp.cluster !== undefined) {
    // The last of them in text order that ends by `offset`: none starting at or after it can.
    const list = clusterMentions(ctx, sp.cluster);
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    let k = lo - 1;
    while (k >= 0 && list[k].end > offset) k--;
    const m = k >= 0 ? list[k] : undefined;
    return m ? { span: { start: m.start, end: m.end }, cluster: sp.cluster } : sp;
  }
  const toks = tokensOf(ctx, sp.span);
  // Only a name is looked for again; a title or an adjective (الإيراني) recurs about others.
  if (!toks.length || titleOnly(ctx, sp) || toks.length > 4) return sp;
  const key = ctx.words[toks[toks.length - 1]].key;
  if (/(ي|ية|يون|يين)$/.test(key) || TITLES.has(key)) return sp;
  for (let t = tokenAt(ctx, offset) - 1; t > toks[toks.length - 1]; t--) {
    if (ctx.words[t].key === key) return { span: { start: ctx.words[t].tok.start, end: ctx.words[t].tok.end } };
  }
  return sp;
}
