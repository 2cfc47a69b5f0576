// Document symbols (an outline: claims grouped by speaker, entities grouped by type) and workspace
// symbols (the entities of every article in the folder whose names contain the query).
import { SymbolKind, type DocumentSymbol, type ServerCapabilities, type SymbolInformation } from 'vscode-languageserver/node';
import { ENTITY_TYPE_TABLE, entityTypeInfo } from '../core/entityTypes';
import { isArabic, t } from '../messages';
import { stanceTitle } from '../settings';
import { rangeOf, type Services } from './services';

export const symbolCapabilities: ServerCapabilities = { documentSymbolProvider: true, workspaceSymbolProvider: true };

const kindOf = (type: string): SymbolKind => SymbolKind[entityTypeInfo(type)?.symbol ?? 'Constant'];

const short = (t: string, max = 60) => {
  const s = t.replace(/\s+/g, ' ').trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s || '…';
};

export function registerSymbols(s: Services): void {
  s.connection.onDocumentSymbol((params): DocumentSymbol[] => {
    const doc = s.documents.get(params.textDocument.uri);
    const analysis = doc && s.analysis(doc.uri);
    const view = doc && s.annotated(doc.uri);
    if (!doc || !analysis || !view) return [];
    const text = doc.getText();
    const locale = s.locale();
    const range = (a: number, b: number) => rangeOf(doc, a, b);
    const bySpeaker = new Map<string, DocumentSymbol[]>();
    for (const c of view.claims) {
      if (c.status === 'rejected' || c.orphaned) continue;
      const speaker =
        c.speakerCluster !== undefined && analysis.clusters[c.speakerCluster] ? analysis.clusters[c.speakerCluster].canonical : c.speaker ? short(text.slice(c.speaker.start, c.speaker.end)) : t(locale, 'outline.unknownSpeaker');
      const list = bySpeaker.get(speaker) ?? [];
      list.push({ name: short(c.text), detail: stanceTitle(c.stance, s.settings(doc.uri).stances, s.locale()), kind: SymbolKind.String, range: range(c.start, c.end), selectionRange: range(c.start, c.end) });
      bySpeaker.set(speaker, list);
    }
    const out: DocumentSymbol[] = [];
    const group = (name: string, kind: SymbolKind, children: DocumentSymbol[], detail?: string): DocumentSymbol => {
      const first = children[0].range.start;
      const last = children.reduce((m, c) => (c.range.end.line > m.line || (c.range.end.line === m.line && c.range.end.character > m.character) ? c.range.end : m), children[0].range.end);
      return { name, detail, kind, range: { start: first, end: last }, selectionRange: children[0].selectionRange, children };
    };
    const speakers = [...bySpeaker.entries()].map(([name, list]) => group(name, SymbolKind.Event, list, t(locale, list.length === 1 ? 'outline.claimCountOne' : 'outline.claimCount', list.length)));
    if (speakers.length)
      out.push(
        group(
          t(locale, 'outline.claims'),
          SymbolKind.Namespace,
          speakers.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character),
        ),
      );
    for (const row of ENTITY_TYPE_TABLE) {
      const type = row.id;
      const label = isArabic(locale) ? row.arGroup : row.group;
      const byName = new Map<string, { start: number; end: number; count: number }>();
      for (const e of view.entities) {
        if (e.type !== type || e.status === 'rejected' || e.orphaned) continue;
        const name = e.cluster !== undefined && analysis.clusters[e.cluster] ? analysis.clusters[e.cluster].canonical : short(e.text);
        const seen = byName.get(name);
        if (seen) seen.count++;
        else byName.set(name, { start: e.start, end: e.end, count: 1 });
      }
      if (!byName.size) continue;
      const kind = kindOf(type);
      const children = [...byName.entries()].map(([name, m]): DocumentSymbol => ({ name, detail: `${m.count}×`, kind, range: range(m.start, m.end), selectionRange: range(m.start, m.end) }));
      out.push(group(label, SymbolKind.Namespace, children));
    }
    return out;
  });

  s.connection.onWorkspaceSymbol((params): SymbolInformation[] =>
    s.corpus.search(params.query).map(({ uri, cluster, mention }) => ({
      name: cluster.canonical,
      kind: kindOf(cluster.type),
      containerName: `${typeWord(cluster.type, s.locale())} · ${cluster.spans.length / 2}× · ${decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1))}`,
      location: { uri, range: { start: { line: mention.line, character: mention.character }, end: { line: mention.endLine, character: mention.endCharacter } } },
    })),
  );
}

/** An entity type in words, in the display language (the tag id when the table has no row for it). */
function typeWord(id: string, locale: string | undefined): string {
  const row = entityTypeInfo(id);
  return row ? (isArabic(locale) ? row.ar : row.name) : id;
}
