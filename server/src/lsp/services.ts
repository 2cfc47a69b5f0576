// What the feature modules of this issue need beyond the ServerContext: the per-document analysis
// store, the workspace index, the knowledge base and the user's settings.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_STANCES, type StanceLabel } from '../protocol';
import type { AnalysisStore } from '../state/analysisStore';
import type { CorpusIndex } from '../corpus/corpusIndex';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import type { ServerContext } from './context';
import type { Decisions } from '../core/annotate/record';

export interface Settings {
  /** Information diagnostics for claims without a stance. */
  untaggedClaims: boolean;
  /** Information diagnostics for annotations that lost their place in the text. */
  orphaned: boolean;
  /** Inlay hint with the stance after each tagged claim. */
  stanceHints: boolean;
  /** The stance labels of mizan.stance.labels (code actions offer one each; hints and hovers show their names). */
  stances: StanceLabel[];
}

export const DEFAULT_SETTINGS: Settings = { untaggedClaims: true, orphaned: true, stanceHints: true, stances: DEFAULT_STANCES };

export interface Services extends ServerContext {
  store: AnalysisStore;
  corpus: CorpusIndex;
  kb(): KnowledgeBase;
  settings(): Settings;
  /** The annotator's decisions in this document, at offsets of its current text. */
  decisions(uri: string): Decisions | undefined;
}

/** Offset → position and back on an open document, the one conversion every feature needs. */
export function rangeOf(doc: TextDocument, start: number, end: number): { start: { line: number; character: number }; end: { line: number; character: number } } {
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}
