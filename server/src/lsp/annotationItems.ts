// The annotated view as the client sees it: LSP ranges, items for the Annotations view, progress.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnnotatedDocument, Annotation } from '../core/annotate/model';
import type { AnnotationItem, Progress, Range } from '../protocol';

export function rangeOf(doc: TextDocument, a: { start: number; end: number }): Range {
  return { start: doc.positionAt(a.start), end: doc.positionAt(a.end) };
}

export function itemOf(doc: TextDocument, a: Annotation): AnnotationItem {
  const item: AnnotationItem = { id: a.id, kind: a.kind, range: rangeOf(doc, a), text: a.text, status: a.status, source: a.source };
  if (a.orphaned) item.orphaned = true;
  if (a.kind === 'entity') item.type = a.type;
  else {
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

export function itemsOf(doc: TextDocument, view: AnnotatedDocument, includeRejected: boolean): AnnotationItem[] {
  const all: Annotation[] = [...view.entities, ...view.claims, ...(includeRejected ? view.rejected ?? [] : [])];
  return all.sort((a, b) => a.start - b.start || a.end - b.end).map((a) => itemOf(doc, a));
}
