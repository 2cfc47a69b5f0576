// What the server remembers of one open article's annotations: its decisions (anchored to the
// text the editor has now), the sidecar as last read or written, and why annotating is paused.
import type { Decisions } from '../core/annotate/record';
import type { TextChange } from '../core/annotate/textChange';

/** The editor's changes while a sidecar is being written, each with the text it left. */
export type Journal = [TextChange, string][];

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
  /** Why the article itself cannot be annotated (not UTF-8 on disk: the CLI could not export it). */
  unreadable?: string;
  /** Decisions before each change, the last change last. */
  undo: Decisions[];
  /** True when spans moved or were orphaned since the sidecar was written. */
  moved: boolean;
  /** Set while the sidecar is being written: the edits made meanwhile. */
  journal?: Journal;
}

export const EMPTY: Decisions = { records: [] };
