// Inlay hints: the stance label after each tagged claim (a setting turns them off).
import { InlayHintKind, type InlayHint, type ServerCapabilities } from 'vscode-languageserver/node';
import { stanceLabel } from './stances';
import type { Services } from './services';

export const inlayHintCapabilities: ServerCapabilities = { inlayHintProvider: true };

export function registerInlayHints(s: Services): void {
  s.connection.languages.inlayHint.on((params): InlayHint[] => {
    const doc = s.documents.get(params.textDocument.uri);
    if (!doc || !s.settings().stanceHints) return [];
    const view = s.annotated(doc.uri);
    if (!view) return [];
    const from = doc.offsetAt(params.range.start);
    const to = doc.offsetAt(params.range.end);
    return view.claims
      .filter((c) => c.stance && c.status !== 'rejected' && !c.orphaned && c.end >= from && c.end <= to)
      .map((c) => ({
        position: doc.positionAt(c.end),
        label: `${stanceLabel(c.stance, s.settings().stances)}${c.target ? ` → ${c.target}` : ''}`,
        kind: InlayHintKind.Type,
        paddingLeft: true,
        tooltip: 'Stance of this claim (Mizan)',
      }));
  });
}
