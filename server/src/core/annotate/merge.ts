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

/** Indices of the suggestions by span, in order: a decision's exact match is found without a scan. */
function bySpan(suggestions: Span[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  suggestions.forEach((s, i) => {
    const key = `${s.start}:${s.end}`;
    const list = out.get(key);
    if (list) list.push(i);
    else out.set(key, [i]);
  });
  return out;
}

function matchIndex<T extends Span>(r: AnnotationRecord, suggestions: T[], spans: Map<string, number[]>, taken: Set<number>, fuzzy: boolean): number {
  if (r.orphaned) return -1;
  const same = spans.get(`${r.start}:${r.end}`)?.find((i) => !taken.has(i)) ?? -1;
  if (same >= 0 || !fuzzy) return same;
  let best = -1;
  let bestRatio = 0.5;
  suggestions.forEach((s, i) => {
    const ratio = taken.has(i) ? 0 : overlapRatio(s, r);
    if (ratio >= bestRatio) {
      best = i;
      bestRatio = ratio;
    }
  });
  return best;
}

function placed<T extends Annotation>(a: T): T {
  return a.orphaned ? { ...a, end: a.start } : a;
}

function entityOf(r: EntityRecord, base: EntityAnnotation | undefined, byText: Map<string, number>): EntityAnnotation {
  return placed({
    kind: 'entity',
    id: r.id,
    start: r.start,
    end: r.end,
    text: r.exact,
    type: r.type,
    status: r.status,
    source: r.source,
    cluster: base?.cluster ?? byText.get(r.exact),
    ...(r.orphaned ? { orphaned: true } : {}),
  });
}

function claimOf(r: ClaimRecord, base: ClaimAnnotation | undefined): ClaimAnnotation {
  const speaker = r.speaker && !r.speaker.orphaned ? { start: r.speaker.start, end: r.speaker.end } : r.speaker ? undefined : base?.speaker;
  const cue = r.cue && !r.cue.orphaned ? { start: r.cue.start, end: r.cue.end } : r.cue ? undefined : base?.cue;
  const sameSpeaker = !r.speaker || (base?.speaker && speaker && base.speaker.start === speaker.start && base.speaker.end === speaker.end);
  return placed({
    kind: 'claim',
    id: r.id,
    start: r.start,
    end: r.end,
    text: r.exact,
    claimKind: r.claimKind,
    status: r.status,
    source: r.source,
    ...(cue ? { cue } : {}),
    ...(speaker ? { speaker } : {}),
    ...(sameSpeaker && base?.speakerCluster !== undefined ? { speakerCluster: base.speakerCluster } : {}),
    ...(sameSpeaker && base?.speakerCarried ? { speakerCarried: true } : {}),
    ...(r.stance ? { stance: r.stance } : {}),
    ...(r.target ? { target: r.target } : {}),
    ...(r.orphaned ? { orphaned: true } : {}),
  });
}

function byStart<T extends Span>(list: T[]): T[] {
  return list.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Whether a span overlaps one of these annotations (orphans aside), by binary search over them sorted by start. */
function overlapTest(list: Annotation[]): (s: Span) => boolean {
  const spans = list
    .filter((a) => !a.orphaned)
    .map((a) => ({ start: a.start, end: a.end }))
    .sort((a, b) => a.start - b.start);
  // maxEnd[k]: the furthest end among the first k + 1 spans.
  const maxEnd = new Float64Array(spans.length);
  spans.forEach((a, k) => {
    maxEnd[k] = Math.max(a.end, k ? maxEnd[k - 1] : -Infinity);
  });
  return (s) => {
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid].start < s.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && maxEnd[lo - 1] > s.start;
  };
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
  const entitySpans = bySpan(machine.entities);
  const claimSpans = bySpan(machine.claims);
  const pending: ClaimRecord[] = [];
  for (const r of records) {
    if (r.kind === 'entity') {
      const i = matchIndex(r, machine.entities, entitySpans, takenE, false);
      if (i >= 0) takenE.add(i);
      keep(entityOf(r, machine.entities[i], byText));
    } else {
      const i = matchIndex(r, machine.claims, claimSpans, takenC, false);
      if (i >= 0) {
        takenC.add(i);
        keep(claimOf(r, machine.claims[i]));
      } else pending.push(r);
    }
  }
  for (const r of pending) {
    const i = matchIndex(r, machine.claims, claimSpans, takenC, true);
    if (i >= 0) takenC.add(i);
    keep(claimOf(r, machine.claims[i]));
  }
  // A suggestion that overlaps a decided span (e.g. the machine's "بوتين" inside the annotator's
  // "فلاديمير بوتين") gives way to the annotator's choice.
  const decidedE = overlapTest(entities);
  const decidedC = overlapTest(claims);
  machine.entities.forEach((e, i) => {
    if (!takenE.has(i) && !decidedE(e)) entities.push(e);
  });
  machine.claims.forEach((c, i) => {
    if (!takenC.has(i) && !decidedC(c)) claims.push(c);
  });
  return {
    entities: byStart(entities),
    claims: byStart(claims),
    rejected: byStart(rejected),
    ...(decisions.article ? { article: { stance: decisions.article.stance, ...(decisions.article.target ? { target: decisions.article.target } : {}) } } : {}),
  };
}
