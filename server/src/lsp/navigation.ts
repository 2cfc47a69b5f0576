// Document highlight (every mention of the entity under the cursor in this article) and references
// (every mention across the workspace folder: this article live, the others from the index).
import { DocumentHighlightKind, type DocumentHighlight, type Location, type ServerCapabilities } from 'vscode-languageserver/node';
import { entityAt, namesOf, sameEntity } from './lookup';
import { rangeOf, type Services } from './services';

export const navigationCapabilities: ServerCapabilities = { documentHighlightProvider: true, referencesProvider: true };

export function registerNavigation(s: Services): void {
  s.connection.onDocumentHighlight((params): DocumentHighlight[] => {
    const doc = s.documents.get(params.textDocument.uri);
    const analysis = doc && s.analysis(doc.uri);
    const view = doc && s.annotated(doc.uri);
    if (!doc || !analysis || !view) return [];
    const e = entityAt(view, doc.offsetAt(params.position));
    if (!e) return [];
    return sameEntity(view, analysis, e).map((x) => ({ range: rangeOf(doc, x.start, x.end), kind: DocumentHighlightKind.Text }));
  });

  s.connection.onReferences((params): Location[] => {
    const doc = s.documents.get(params.textDocument.uri);
    const analysis = doc && s.analysis(doc.uri);
    const view = doc && s.annotated(doc.uri);
    if (!doc || !analysis || !view) return [];
    const e = entityAt(view, doc.offsetAt(params.position));
    if (!e) return [];
    const here: Location[] = sameEntity(view, analysis, e).map((x) => ({ uri: doc.uri, range: rangeOf(doc, x.start, x.end) }));
    const elsewhere: Location[] = s.corpus.mentions(e.type, namesOf(analysis, e), doc.uri).map((m) => ({
      uri: m.uri, range: { start: { line: m.line, character: m.character }, end: { line: m.endLine, character: m.endCharacter } },
    }));
    return here.concat(elsewhere);
  });
}
