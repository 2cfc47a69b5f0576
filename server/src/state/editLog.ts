// Turns the editor's incremental changes into offset edits (start, end in the text before the
// change, and the inserted length), so that a document's analysis can re-run only what an edit
// touched. Plugged into TextDocuments as its update function.
import type { TextDocumentContentChangeEvent, TextDocumentsConfiguration } from 'vscode-languageserver/node';
import { PieceDocument } from './pieceDocument';

export interface OffsetEdit {
  start: number;
  end: number;
  inserted: number;
}

/** An offset edit with the text it inserted (and, from the editor, the text it replaced). */
export interface TextEdit extends OffsetEdit {
  text: string;
  removed?: string;
}

/**
 * `before` and `after` are the document's texts around all of the changes; `afterAt` reads a code
 * unit of `after` from the document's pieces (reading the strings would join the whole text).
 */
export type EditListener = (uri: string, edits: TextEdit[], fullReplace: boolean, before: string, after: string, afterAt: (offset: number) => number) => void;

export function recordingDocuments(onEdits: EditListener): TextDocumentsConfiguration<PieceDocument> {
  return {
    create: (uri, languageId, version, content) => new PieceDocument(uri, languageId, version, content),
    update(doc, changes: TextDocumentContentChangeEvent[], version) {
      const edits: TextEdit[] = [];
      const before = doc.getText();
      let full = false;
      for (const change of changes) {
        if ('range' in change) {
          const start = doc.offsetAt(change.range.start);
          const end = doc.offsetAt(change.range.end);
          edits.push({ start, end, inserted: change.text.length, text: change.text, removed: doc.getText(change.range) });
        } else full = true;
        // One change at a time: the next change's range refers to the text after this one.
        doc.update(change, version);
      }
      onEdits(doc.uri, edits, full, before, doc.getText(), (offset) => doc.charCodeAt(offset));
      return doc;
    },
  };
}
