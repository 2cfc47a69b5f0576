// Who a continued speaker points at. A speaker given only by a title (الباحث السياسي، الوزير) is the
// person last introduced with that title (الباحث السياسي صدام الجاسر), and a carried speaker is
// shown at that person's nearest earlier mention, as the gold marks it.
import type { Span } from '../types';
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

/** The earlier speaker that a title-only speaker refers to, when one was introduced with that title. */
export function titleReferent(ctx: ClaimContext, sp: Speaker, earlier: Speaker[]): Speaker | undefined {
  const title = titleOnly(ctx, sp);
  if (!title) return undefined;
  for (let k = earlier.length - 1; k >= 0; k--) {
    const e = earlier[k];
    if (titleOnly(ctx, e) || e.span.start >= sp.span.start) continue;
    const toks = tokensOf(ctx, e.span);
    if (!toks.length) continue;
    // Every word of the title, so that الرئيس الإيراني does not point at الرئيس بوتين.
    const near = new Set<string>();
    for (let t = Math.max(0, toks[0] - 4); t <= toks[toks.length - 1]; t++) near.add(ctx.words[t].key);
    if (title.every((k) => near.has(k))) return e;
  }
  return undefined;
}

/** The speaker's nearest mention before `offset`: by entity cluster, else by its last word. */
export function nearestMention(ctx: ClaimContext, sp: Speaker, offset: number): Speaker {
  if (sp.cluster !== undefined) {
    const before = ctx.layer.entities.filter((m) => m.cluster === sp.cluster && m.end <= offset);
    const m = before[before.length - 1];
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
