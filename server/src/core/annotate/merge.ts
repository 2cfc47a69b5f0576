// The annotated view: the machine's suggestions with the annotator's decisions laid over them.
// A decision matches a suggestion by span (claims also by large overlap, since claim boundaries
// shift as the engine improves); decisions without a suggestion stand on their own; rejected
// ones leave the view but are listed apart; orphans stay in it, flagged, at a zero-length span.
import type { Span } from '../types';
import type { AnnotatedDocument, Annotation, ClaimAnnotation, EntityAnnotation } from './model';
import type { AnnotationRecord, ClaimRecord, Decisions, EntityRecord } from './record';

function overlapRatio(a: Span, b: Span): number {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return inter > 0 && union > 0 ? inter / union : 0;
}

function matchIndex<T extends Span>(r: AnnotationRecord, suggestions: T[], taken: Set<number>, fuzzy: boolean): number {
  if (r.orphaned) return -1;
  const same = suggestions.findIndex((s, i) => !taken.has(i) && s.start === r.start && s.end === r.end);
  if (same >= 0 || !fuzzy) return same;
  let best = -1;
  let bestRatio = 0.5;
  suggestions.forEach((s, i) => {
    const ratio = taken.has(i) ? 0 : overlapRatio(s, r);
    if (ratio >= bestRatio) { best = i; bestRatio = ratio; }
  });
  return best;
}

function placed<T extends Annotation>(a: T): T {
  return a.orphaned ? { ...a, end: a.start } : a;
}

function entityOf(r: EntityRecord, base: EntityAnnotation | undefined, byText: Map<string, number>): EntityAnnotation {
  return placed({
    kind: 'entity', id: r.id, start: r.start, end: r.end, text: r.exact, type: r.type, status: r.status, source: r.source,
    cluster: base?.cluster ?? byText.get(r.exact), ...(r.orphaned ? { orphaned: true } : {}),
  });
}

function claimOf(r: ClaimRecord, base: ClaimAnnotation | undefined): ClaimAnnotation {
  const speaker = r.speaker && !r.speaker.orphaned ? { start: r.speaker.start, end: r.speaker.end } : r.speaker ? undefined : base?.speaker;
  const cue = r.cue && !r.cue.orphaned ? { start: r.cue.start, end: r.cue.end } : r.cue ? undefined : base?.cue;
  const sameSpeaker = !r.speaker || (base?.speaker && speaker && base.speaker.start === speaker.start && base.speaker.end === speaker.end);
  return placed({
    kind: 'claim', id: r.id, start: r.start, end: r.end, text: r.exact, claimKind: r.claimKind, status: r.status, source: r.source,
    ...(cue ? { cue } : {}), ...(speaker ? { speaker } : {}),
    ...(sameSpeaker && base?.speakerCluster !== undefined ? { speakerCluster: base.speakerCluster } : {}),
    ...(sameSpeaker && base?.speakerCarried ? { speakerCarried: true } : {}),
    ...(r.stance ? { stance: r.stance } : {}), ...(r.target ? { target: r.target } : {}),
    ...(r.orphaned ? { orphaned: true } : {}),
  });
}

function byStart<T extends Span>(list: T[]): T[] {
  return list.sort((a, b) => a.start - b.start || a.end - b.end);
}

export function mergeDecisions(machine: AnnotatedDocument, decisions: Decisions): AnnotatedDocument {
  const entities: EntityAnnotation[] = [];
  const claims: ClaimAnnotation[] = [];
  const rejected: Annotation[] = [];
  const takenE = new Set<number>();
  const takenC = new Set<number>();
  const byText = new Map<string, number>();
  for (const e of machine.entities) if (e.cluster !== undefined && !byText.has(e.text)) byText.set(e.text, e.cluster);
  const keep = (a: Annotation): void => {
    if (a.status === 'rejected') rejected.push(a);
    else if (a.kind === 'entity') entities.push(a);
    else claims.push(a);
  };
  // Exact matches first, so that an overlap match never steals a suggestion another decision names.
  const records = [...decisions.records].sort((a, b) => Number(a.kind === 'claim') - Number(b.kind === 'claim'));
  const pending: ClaimRecord[] = [];
  for (const r of records) {
    if (r.kind === 'entity') {
      const i = matchIndex(r, machine.entities, takenE, false);
      if (i >= 0) takenE.add(i);
      keep(entityOf(r, machine.entities[i], byText));
    } else {
      const i = matchIndex(r, machine.claims, takenC, false);
      if (i >= 0) { takenC.add(i); keep(claimOf(r, machine.claims[i])); } else pending.push(r);
    }
  }
  for (const r of pending) {
    const i = matchIndex(r, machine.claims, takenC, true);
    if (i >= 0) takenC.add(i);
    keep(claimOf(r, machine.claims[i]));
  }
  // A suggestion that overlaps a decided span (e.g. the machine's "بوتين" inside the annotator's
  // "فلاديمير بوتين") gives way to the annotator's choice.
  const decided = (list: Annotation[], s: Span): boolean => list.some((a) => !a.orphaned && a.start < s.end && s.start < a.end);
  const decidedE = [...entities];
  const decidedC = [...claims];
  machine.entities.forEach((e, i) => { if (!takenE.has(i) && !decided(decidedE, e)) entities.push(e); });
  machine.claims.forEach((c, i) => { if (!takenC.has(i) && !decided(decidedC, c)) claims.push(c); });
  return {
    entities: byStart(entities), claims: byStart(claims), rejected: byStart(rejected),
    ...(decisions.article ? { article: { stance: decisions.article.stance, ...(decisions.article.target ? { target: decisions.article.target } : {}) } } : {}),
  };
}
