// What is under the cursor in the annotated view: the entity annotation or the claim, and the
// document cluster an entity belongs to.
import type { AnnotatedDocument, ClaimAnnotation, EntityAnnotation } from '../core/annotate/model';
import type { Analysis, EntityCluster } from '../core/types';

const covers = (s: { start: number; end: number }, at: number) => s.start <= at && at <= s.end;

export function entityAt(view: AnnotatedDocument, at: number): EntityAnnotation | undefined {
  return view.entities.find((e) => !e.orphaned && e.status !== 'rejected' && covers(e, at));
}

/** The innermost claim at the offset (its content, cue or speaker). */
export function claimAt(view: AnnotatedDocument, at: number): ClaimAnnotation | undefined {
  let best: ClaimAnnotation | undefined;
  for (const c of view.claims) {
    if (c.orphaned || c.status === 'rejected') continue;
    if (covers(c, at) || (c.cue && covers(c.cue, at)) || (c.speaker && covers(c.speaker, at))) {
      if (!best || c.end - c.start < best.end - best.start) best = c;
    }
  }
  return best;
}

/** The cluster of an entity annotation: its own, or the one of a mention with the same span. */
export function clusterOf(analysis: Analysis, e: EntityAnnotation): EntityCluster | undefined {
  if (e.cluster !== undefined && analysis.clusters[e.cluster]) return analysis.clusters[e.cluster];
  const m = analysis.entities.find((x) => x.start === e.start && x.end === e.end);
  return m ? analysis.clusters[m.cluster] : undefined;
}

/** The names to look an entity up by: its cluster's forms, or its own text. */
export function namesOf(analysis: Analysis, e: EntityAnnotation): string[] {
  const c = clusterOf(analysis, e);
  return c ? c.forms.map((f) => f.replace(/\s+/g, ' ')) : [e.text.replace(/\s+/g, ' ')];
}

/** Spans of the document's entities that are the same entity as `e` (same cluster, or same name and type). */
export function sameEntity(view: AnnotatedDocument, analysis: Analysis, e: EntityAnnotation): EntityAnnotation[] {
  const cluster = clusterOf(analysis, e);
  const names = new Set(namesOf(analysis, e));
  return view.entities.filter((x) => !x.orphaned && x.status !== 'rejected' && x.type === e.type && ((cluster && x.cluster !== undefined && analysis.clusters[x.cluster] === cluster) || names.has(x.text.replace(/\s+/g, ' '))));
}
