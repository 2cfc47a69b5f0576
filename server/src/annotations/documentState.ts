// What the server remembers of one open article's annotations: its decisions (anchored to the
// text the editor has now), the sidecar as last read or written, and why annotating is paused.
import type { Decisions } from '../core/annotate/record';

export interface DocumentState {
  uri: string;
  /** The article's path; undefined for documents that are not files (untitled:, git:). */
  file?: string;
  sidecar?: string;
  /** The text the decisions' offsets refer to. */
  text: string;
  decisions: Decisions;
  /** The sidecar's content as last read or written here; another value on disk means someone else changed it. */
  disk?: string;
  /** Why annotating is paused (the sidecar is broken), with the file's name. */
  paused?: string;
  /** Decisions before each change, the last change last. */
  undo: Decisions[];
  /** True when spans moved or were orphaned since the sidecar was written. */
  moved: boolean;
}

export const EMPTY: Decisions = { records: [] };
