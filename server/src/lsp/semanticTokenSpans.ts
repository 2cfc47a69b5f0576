// Which spans of an annotated document get which semantic token: entities by type, claim cues and
// speakers, with modifiers for suggested (machine) and accepted (human) annotations. Rejected
// annotations get none. Tokens may not overlap, so an entity that is also a claim's speaker keeps
// its entity type and gets the `speaker` modifier.
import type { AnnotatedDocument } from '../core/annotate/model';
import type { Span } from '../core/types';
import { CUE_TOKEN, ENTITY_TOKEN, MOD_ACCEPTED, MOD_SPEAKER, MOD_SUGGESTED, SPEAKER_TOKEN } from './semanticTokenLegend';

export interface TokenSpan extends Span {
  type: number;
  modifiers: number;
}

const statusModifier = (status: string): number => (status === 'accepted' ? MOD_ACCEPTED : MOD_SUGGESTED);

/** Sorted, non-overlapping token spans. */
export function tokenSpans(view: AnnotatedDocument, text: string): TokenSpan[] {
  const entities: TokenSpan[] = [];
  for (const e of view.entities) {
    if (e.status === 'rejected' || e.orphaned || e.end <= e.start) continue;
    entities.push({ start: e.start, end: e.end, type: ENTITY_TOKEN[e.type] ?? ENTITY_TOKEN.MISC, modifiers: statusModifier(e.status) });
  }
  entities.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TokenSpan[] = [];
  for (const e of entities) if (!kept.length || kept[kept.length - 1].end <= e.start) kept.push(e);
  const others: TokenSpan[] = [];
  for (const c of view.claims) {
    if (c.status === 'rejected' || c.orphaned) continue;
    const mod = statusModifier(c.status);
    if (c.cue && c.cue.end > c.cue.start) others.push({ ...c.cue, type: CUE_TOKEN, modifiers: mod });
    // A speaker carried over from an earlier sentence is coloured where it is named, not again here.
    if (c.speaker && !c.speakerCarried && c.speaker.end > c.speaker.start) others.push({ ...c.speaker, type: SPEAKER_TOKEN, modifiers: mod });
  }
  others.sort((a, b) => a.start - b.start);
  return mergeAround(kept, others, text);
}

/** Adds claim spans where no entity is; an entity inside a speaker span is marked as the speaker. */
function mergeAround(entities: TokenSpan[], claims: TokenSpan[], text: string): TokenSpan[] {
  const out: TokenSpan[] = entities.map((e) => ({ ...e }));
  const extra: TokenSpan[] = [];
  let lastEnd = -1;
  for (const c of claims) {
    let at = Math.max(c.start, lastEnd);
    if (at >= c.end) continue;
    const inside = overlapping(out, at, c.end);
    for (const e of inside) {
      if (c.type === SPEAKER_TOKEN && e.type !== SPEAKER_TOKEN && e.type !== CUE_TOKEN) e.modifiers |= MOD_SPEAKER;
    }
    const pieces: Span[] = [];
    for (const e of inside) {
      if (e.start > at) pieces.push({ start: at, end: Math.min(e.start, c.end) });
      at = Math.max(at, e.end);
    }
    if (at < c.end) pieces.push({ start: at, end: c.end });
    for (const p of pieces) {
      const trimmed = trimSpaces(p, text);
      if (trimmed) extra.push({ ...trimmed, type: c.type, modifiers: c.modifiers });
    }
    lastEnd = Math.max(lastEnd, c.end);
  }
  return out.concat(extra).sort((a, b) => a.start - b.start);
}

function overlapping(sorted: TokenSpan[], start: number, end: number): TokenSpan[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  const out: TokenSpan[] = [];
  for (let i = lo; i < sorted.length && sorted[i].start < end; i++) if (sorted[i].end > start) out.push(sorted[i]);
  return out;
}

/** Pieces cut between entities lose the spaces at their ends; a piece of spaces only is dropped. */
function trimSpaces(p: Span, text: string): Span | undefined {
  let { start, end } = p;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end } : undefined;
}
