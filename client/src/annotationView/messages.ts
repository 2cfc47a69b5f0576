// Every message between the extension and the annotation view's webview, declared once: the
// extension (session.ts) and the webview script (webview/main.ts) both import these types, so a
// message one side sends and the other does not read is a compile error. Offsets are UTF-16
// code units of the document text.
import type { ArticleOutline, ViewParagraph } from '../../../server/src/articleViewProtocol';
import type { OutlineEdit } from './outlineEdit';
import type { AnnotationViewSettings } from '../../../server/src/settings';

/** The type the view is set in, as the shared settings rules read it. */
export type ViewSettings = AnnotationViewSettings;

export interface StanceKey {
  id: string;
  name: string;
  /** The label's letter (its physical key: the same key on an Arabic layout), or '' for none. */
  key: string;
}

/** The view's own words, translated by the extension (vscode.l10n) so that the webview holds no language. */
export interface ViewStrings {
  untagged: string;
  readOnly: string;
  loading: string;
  empty: string;
  help: string;
  /** Entity type names by id (PER, LOC, ORG, MISC). */
  types: Record<string, string>;
  claimKinds: { direct: string; indirect: string };
  statuses: { suggested: string; accepted: string; rejected: string };
}

export interface Span {
  start: number;
  end: number;
}
export type MarkKind = 'entity' | 'claim';
export interface FocusedMark extends Span {
  kind: MarkKind;
  id: string;
}

export type ToView =
  | { type: 'init'; settings: ViewSettings; stances: StanceKey[]; strings: ViewStrings; writable: boolean; readOnlyReason?: string }
  | { type: 'settings'; settings: ViewSettings }
  | { type: 'stances'; stances: StanceKey[] }
  | { type: 'writable'; writable: boolean; readOnlyReason?: string }
  | { type: 'outline'; outline: ArticleOutline }
  /** The outline as an edit of the last one posted (outlineEdit.ts). */
  | { type: 'outlineEdit'; edit: OutlineEdit }
  | { type: 'paragraphs'; version: number; paragraphs: ViewParagraph[] }
  /** The marks may have changed (a decision, a new analysis): fetch what is shown again. */
  | { type: 'refresh' }
  /** The card of the mark at `at`, as markdown (what the text editor's hover shows). */
  | { type: 'card'; at: number; markdown: string }
  /** Scroll so that `offset` is at the top (sync with a text editor), or reveal and focus the mark there. */
  | { type: 'scrollTo'; offset: number }
  | { type: 'reveal'; offset: number; focus: boolean }
  /** Tests: answer with a 'state' message. */
  | { type: 'probe'; id: number }
  /** Tests and the keyboard of a test run that cannot reach the webview's frame: act as on this key. */
  | { type: 'key'; key: string; code: string; shiftKey?: boolean };

/** The commands the view runs through the extension: the same client commands as the text editor's. */
export type ViewCommand = 'tagStance' | 'acceptEntity' | 'rejectEntity' | 'relabelEntity' | 'acceptClaim' | 'rejectClaim' | 'markEntity' | 'markClaim' | 'setSpeaker' | 'nextUntagged' | 'previousUntagged' | 'undo' | 'switchEditor';

export interface ViewState {
  version: number;
  paragraphs: number;
  rendered: number;
  focused?: FocusedMark;
  selection?: Span;
  /** Class names of the focused mark (what it looks like). */
  focusedClass?: string;
  /** The shown text of the focused mark's paragraph. */
  focusedParagraphText?: string;
  /** Stance label of the focused claim, as shown. */
  focusedLabel?: string;
  /** How many times each paragraph's markup was replaced since the view opened (by index). */
  renders: Record<number, number>;
  /** The text shown in each rendered paragraph among the first twelve (line breaks as spaces). */
  shown: Record<number, string>;
  /** How many marks of each class are shown (e.g. 'e-PER', 'st-accepted', 'sn-favour'). */
  classes: Record<string, number>;
  readOnly: boolean;
}

export type FromView =
  | { type: 'ready' }
  /** Paragraphs [from, to) of the outline of `version` are coming into view. */
  | { type: 'need'; version: number; from: number; to: number }
  | { type: 'focus'; mark: FocusedMark | null }
  | { type: 'selection'; span: Span | null }
  | { type: 'command'; command: ViewCommand; stance?: string }
  | { type: 'card'; at: number }
  /** The first offset shown at the top of the view (scroll sync). */
  | { type: 'scrolled'; offset: number }
  /** Paragraphs whose markup was replaced (re-rendered), for tests and the bench. */
  | { type: 'rendered'; version: number; indices: number[] }
  | { type: 'state'; id: number; state: ViewState };
