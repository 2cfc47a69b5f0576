// The ceiling of what the editor's server analyses. The CLI reads any length, in sections; in the
// editor one article of 20 MB took 2.3 GB and seconds a keystroke. An article beyond the ceiling is
// opened as plain text: no marks, hovers or suggestions, and the annotator is told once, on opening,
// with the size and the way to analyse it (mizan analyze).
import type { TextDocument } from 'vscode-languageserver-textdocument';

/** In UTF-16 units, as the document holds them: about 5 MB of Arabic in UTF-8. */
export const EDITOR_MAX_CHARS = 2_500_000;

export function beyondCeiling(doc: TextDocument): boolean {
  return doc.getText().length > EDITOR_MAX_CHARS;
}
