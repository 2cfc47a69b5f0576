// What every export format receives for one article: its text and annotated view, the tokens and
// sentences (for CoNLL), and the stored decisions (for authors and times).
import type { AnnotatedDocument, Annotation } from '../annotate/model';
import type { AnnotationRecord, Decisions } from '../annotate/record';
import type { Sentence, Token } from '../types';

export interface ExportInput {
  /** The article's file name, as other tools will refer to it. */
  file: string;
  /** The article's absolute IRI (its file: URI), for formats that must name it absolutely (W3C). */
  uri: string;
  text: string;
  view: AnnotatedDocument;
  tokens: Token[];
  sentences: Sentence[];
  decisions?: Decisions;
}

export interface ExportOptions {
  /** Only what the annotator accepted or added (leave the machine's unchecked suggestions out). */
  acceptedOnly?: boolean;
}

/** Annotations to export in document order: never rejected ones; orphans only where `orphans`. */
export function exported(input: ExportInput, options: ExportOptions, orphans: boolean): Annotation[] {
  return [...input.view.entities, ...input.view.claims]
    .filter((a) => (orphans || !a.orphaned) && (!options.acceptedOnly || a.status === 'accepted'))
    .sort((a, b) => a.start - b.start || a.end - b.end || (a.kind === b.kind ? 0 : a.kind === 'entity' ? -1 : 1));
}

// Looked up once per exported annotation: a find over the records made an export of a sidecar with
// tens of thousands of decisions quadratic (38k decisions: 30 s).
// An input is made for one export of one article, so its records are indexed once.
const byId = new WeakMap<ExportInput, Map<string, AnnotationRecord>>();

export function recordOf(input: ExportInput, id: string): AnnotationRecord | undefined {
  let map = byId.get(input);
  if (!map) byId.set(input, (map = new Map((input.decisions?.records ?? []).map((r) => [r.id, r]))));
  return map.get(id);
}
