// What the sidecar file keeps: only the annotator's decisions, each with enough to find its text
// again (UTF-16 offsets plus a W3C-style quote selector) and the history of who changed it when.
import type { ClaimKind, EntityType, Span } from '../types';
import type { Source, Status } from './model';

export interface Quote {
  exact: string;
  prefix: string;
  suffix: string;
}

/** A span of the article with its quote; `orphaned` when the quote could not be found again. */
export interface Anchor extends Span, Quote {
  orphaned?: boolean;
}

export interface Change {
  action: string;
  author: string;
  /** ISO 8601. */
  time: string;
  /** What the value was before, when the change replaced one (e.g. the machine's entity type). */
  from?: string;
}

interface RecordBase extends Anchor {
  id: string;
  status: Status;
  source: Source;
  history: Change[];
}

export interface EntityRecord extends RecordBase {
  kind: 'entity';
  type: EntityType;
}

export interface ClaimRecord extends RecordBase {
  kind: 'claim';
  claimKind: ClaimKind;
  stance?: string;
  target?: string;
  speaker?: Anchor;
  cue?: Anchor;
}

export type AnnotationRecord = EntityRecord | ClaimRecord;

export interface ArticleStance {
  stance: string;
  target?: string;
  author: string;
  time: string;
}

/** The decisions of one article, as held in memory and written to its sidecar. */
export interface Decisions {
  records: AnnotationRecord[];
  article?: ArticleStance;
}
