// What every LSP feature module receives: the connection, the open documents and the per-document
// state (analysis and annotated view), so that a feature is a thin mapping to LSP types.
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../core/types';
import type { AnnotatedDocument } from '../core/annotate/model';

export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  /** Latest analysis of an open document (cached per version). */
  analysis(uri: string): Analysis | undefined;
  /** Machine suggestions merged with the annotator's decisions. */
  annotated(uri: string): AnnotatedDocument | undefined;
  /** The client's display language (InitializeParams.locale, e.g. 'ar' or 'en'), undefined before it is known: what the server writes follows it. */
  locale(): string | undefined;
  /** Re-send everything derived from the annotations of this document (tokens, hints, diagnostics, decorations). */
  refresh(uri: string): void;
}
