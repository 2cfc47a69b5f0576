// Document highlight (every mention of the entity under the cursor in this article) and references
// (every mention across the workspace folder: this article live, the others from the index).
import { DocumentHighlightKind, type DocumentHighlight, type Location, type ServerCapabilities, type TextDocumentPositionParams } from 'vscode-languageserver/node';
import type { Mention } from '../corpus/corpusIndex';
import { entityAt, namesOf, sameEntity } from './lookup';
import { rangeOf, type Services } from './services';

export const navigationCapabilities: ServerCapabilities = { documentHighlightProvider: true, referencesProvider: true };

export function registerNavigation(s: Services): void {
  // The index keeps a file's mentions until it is indexed again, so their Locations can be kept as
  // long: a name the folder mentions thousands of times is not converted again on every request.
  const locations = new WeakMap<Mention, Location>();
  const locationOf = (m: Mention): Location => {
    let l = locations.get(m);
    if (!l) locations.set(m, (l = { uri: m.uri, range: { start: { line: m.line, character: m.character }, end: { line: m.endLine, character: m.endCharacter } } }));
    return l;
  };

  // The entity under the cursor and its mentions in this article, shared by both requests.
  const underCursor = (params: TextDocumentPositionParams) => {
    const doc = s.documents.get(params.textDocument.uri);
    const analysis = doc && s.analysis(doc.uri);
    const view = doc && s.annotated(doc.uri);
    const e = doc && analysis && view && entityAt(view, doc.offsetAt(params.position));
    return e ? { doc: doc!, analysis: analysis!, e, same: sameEntity(view!, analysis!, e) } : undefined;
  };

  s.connection.onDocumentHighlight((params): DocumentHighlight[] => {
    const at = underCursor(params);
    return at ? at.same.map((x) => ({ range: rangeOf(at.doc, x.start, x.end), kind: DocumentHighlightKind.Text })) : [];
  });

  s.connection.onReferences((params): Location[] => {
    const at = underCursor(params);
    if (!at) return [];
    const { doc, analysis, e } = at;
    const here: Location[] = at.same.map((x) => ({ uri: doc.uri, range: rangeOf(doc, x.start, x.end) }));
    const elsewhere: Location[] = s.corpus.mentions(e.type, namesOf(analysis, e), doc.uri).map(locationOf);
    return here.concat(elsewhere);
  });
}
