// The annotated view as the client sees it: LSP ranges, items for the Annotations view, progress.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnnotatedDocument, Annotation, EntityAnnotation } from '../core/annotate/model';
import type { AnnotationItem, Progress, Range } from '../protocol';

export function rangeOf(doc: TextDocument, a: { start: number; end: number }): Range {
  return { start: doc.positionAt(a.start), end: doc.positionAt(a.end) };
}

/** An entity's canonical name (its cluster's), when the analysis knows it. */
export type CanonicalOf = (e: EntityAnnotation) => string | undefined;

export function itemOf(doc: TextDocument, a: Annotation, canonicalOf?: CanonicalOf): AnnotationItem {
  const item: AnnotationItem = { id: a.id, kind: a.kind, range: rangeOf(doc, a), text: a.text, status: a.status, source: a.source };
  if (a.orphaned) item.orphaned = true;
  if (a.kind === 'entity') {
    item.type = a.type;
    item.entity = canonicalOf?.(a) ?? a.text.replace(/\s+/g, ' ').trim();
  } else {
    const text = doc.getText();
    if (a.speaker) item.speaker = text.slice(a.speaker.start, a.speaker.end);
    if (a.cue) item.cue = text.slice(a.cue.start, a.cue.end);
    if (a.stance) item.stance = a.stance;
    if (a.target) item.target = a.target;
  }
  return item;
}

/** Claims the annotator can still see and tag: not rejected, not orphaned. */
export function progressOf(view: AnnotatedDocument): Progress {
  const live = view.claims.filter((c) => !c.orphaned);
  return { tagged: live.filter((c) => c.stance).length, total: live.length };
}

export function itemsOf(doc: TextDocument, view: AnnotatedDocument, includeRejected: boolean, canonicalOf?: CanonicalOf): AnnotationItem[] {
  const all: Annotation[] = [...view.entities, ...view.claims, ...(includeRejected ? (view.rejected ?? []) : [])];
  return all.sort((a, b) => a.start - b.start || a.end - b.end).map((a) => itemOf(doc, a, canonicalOf));
}
