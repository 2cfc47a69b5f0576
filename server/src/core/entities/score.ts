// CoNLL entity-level scoring (exact span and type) and the mapping of character-offset mentions
// onto a file's own tokens, as `mizan eval ner` needs.
import type { EntityType, Span } from '../types';
import { MODEL_TYPES } from './tags';

export interface TypedSpan extends Span {
  type: EntityType;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores {
  byType: Record<EntityType, Counts>;
  overall: Counts;
}

export function emptyScores(): Scores {
  const byType = {} as Record<EntityType, Counts>;
  for (const t of MODEL_TYPES) byType[t] = { tp: 0, fp: 0, fn: 0 };
  return { byType, overall: { tp: 0, fp: 0, fn: 0 } };
}

export function prf(c: Counts): { p: number; r: number; f: number } {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Adds one document's counts; `match` decides when a predicted span hits a gold one (exact by default). */
export function scoreSpans(s: Scores, gold: TypedSpan[], pred: TypedSpan[], match: (g: TypedSpan, p: TypedSpan) => boolean = (g, p) => g.start === p.start && g.end === p.end): void {
  const used = new Uint8Array(gold.length);
  for (const p of pred) {
    const i = gold.findIndex((g, k) => !used[k] && g.type === p.type && match(g, p));
    const c = s.byType[p.type];
    if (i >= 0) {
      used[i] = 1;
      c.tp++;
      s.overall.tp++;
    } else {
      c.fp++;
      s.overall.fp++;
    }
  }
  gold.forEach((g, k) => {
    if (!used[k]) {
      s.byType[g.type].fn++;
      s.overall.fn++;
    }
  });
}

export function overlapMatch(g: Span, p: Span): boolean {
  return p.start < g.end && g.start < p.end;
}

/** Entities as runs of file tokens (index spans): BIO tags to runs. */
export function bioRuns(tags: string[]): TypedSpan[] {
  const out: TypedSpan[] = [];
  tags.forEach((tag, i) => {
    if (tag === 'O') return;
    const [bi, raw] = [tag.slice(0, 1), tag.slice(2)];
    const type = (raw === 'PERS' ? 'PER' : raw) as EntityType;
    const last = out[out.length - 1];
    if (bi === 'I' && last && last.end === i && last.type === type) last.end = i + 1;
    else out.push({ start: i, end: i + 1, type });
  });
  return out;
}

/** Maps character mentions onto file tokens (each a character span): a file token belongs to the mention it overlaps. */
export function mentionsToTokenRuns(tokens: Span[], mentions: TypedSpan[]): TypedSpan[] {
  const out: TypedSpan[] = [];
  let k = 0;
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    while (k < tokens.length && tokens[k].end <= m.start) k++;
    let j = k;
    while (j < tokens.length && tokens[j].start < m.end) j++;
    if (j > k && !(out.length && out[out.length - 1].end > k)) out.push({ start: k, end: j, type: m.type });
  }
  return out;
}
