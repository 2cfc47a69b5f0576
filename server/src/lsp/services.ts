// What the feature modules need beyond the ServerContext: the per-document analysis store, the
// workspace index, the knowledge base and the user's settings.
import { fileURLToPath } from 'url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from '../protocol';
import type { ServerSettings } from '../settings';
import type { AnalysisStore } from '../state/analysisStore';
import type { CorpusIndex } from '../corpus/corpusIndex';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import type { ServerContext } from './context';
import type { Decisions } from '../core/annotate/record';

export interface Services extends ServerContext {
  store: AnalysisStore;
  corpus: CorpusIndex;
  kb(): KnowledgeBase;
  /** The settings that apply to this document (read with its scope; the defaults until they arrive). */
  settings(uri: string): ServerSettings;
  /** The annotator's decisions in this document, at offsets of its current text. */
  decisions(uri: string): Decisions | undefined;
}

/** Offset → position and back on an open document, the one conversion every feature needs. */
export function rangeOf(doc: TextDocument, start: number, end: number): Range {
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}

/** The path of a file: URI, or undefined for any other scheme (untitled documents) or a malformed one. */
export function fileOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
