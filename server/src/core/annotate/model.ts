// The annotated view of a document that every editor feature renders: the machine's suggestions
// merged with the annotator's decisions from the sidecar file.
import type { ClaimKind, EntityType, Span } from '../types';

export type Status = 'suggested' | 'accepted' | 'rejected';
export type Source = 'machine' | 'human';

interface AnnotationBase extends Span {
  /** Stable id: kept in the sidecar, survives edits. */
  id: string;
  text: string;
  status: Status;
  source: Source;
  /** True when the annotation's text could not be found again after an edit (it is kept, not dropped). */
  orphaned?: boolean;
}

export interface EntityAnnotation extends AnnotationBase {
  kind: 'entity';
  type: EntityType;
  /** Index into Analysis.clusters for machine mentions and accepted ones that match a mention. */
  cluster?: number;
}

export interface ClaimAnnotation extends AnnotationBase {
  kind: 'claim';
  claimKind: ClaimKind;
  cue?: Span;
  speaker?: Span;
  speakerCluster?: number;
  speakerCarried?: boolean;
  /** Stance label id (e.g. 'favour') once tagged. */
  stance?: string;
  target?: string;
}

export type Annotation = EntityAnnotation | ClaimAnnotation;

export interface AnnotatedDocument {
  entities: EntityAnnotation[];
  claims: ClaimAnnotation[];
  /** The stance of the whole article, when tagged. */
  article?: { stance: string; target?: string };
  /** Annotations the annotator rejected: kept (sidecar, export) but left out of the lists above. */
  rejected?: Annotation[];
}
