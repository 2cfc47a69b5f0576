// Paints the claim spans the server sends (mizan/decorations): a background tint and a gutter and
// overview-ruler mark coloured by stance (untagged claims in amber). Semantic tokens colour the
// words; only decorations can paint a background.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DecorationsNotification, type ClaimDecoration, type DecorationsParams } from '../../server/src/protocol';

interface Look { tint: string; mark: string }

const LOOKS: Record<string, Look> = {
  favour: { tint: 'rgba(46, 160, 67, 0.13)', mark: '#2ea043' },
  against: { tint: 'rgba(218, 54, 51, 0.13)', mark: '#da3633' },
  neutral: { tint: 'rgba(110, 118, 129, 0.16)', mark: '#6e7681' },
  untagged: { tint: 'rgba(210, 153, 34, 0.12)', mark: '#d29922' },
  other: { tint: 'rgba(137, 87, 229, 0.13)', mark: '#8957e5' },
};

function gutterIcon(color: string): vscode.Uri {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><rect x="5" y="1" width="4" height="14" rx="1" fill="${color}"/></svg>`;
  return vscode.Uri.parse(`data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`);
}

function lookOf(c: ClaimDecoration): string {
  if (!c.stance) return 'untagged';
  return c.stance in LOOKS ? c.stance : 'other';
}

export function registerClaimDecorations(context: vscode.ExtensionContext, client: LanguageClient): void {
  const types = new Map<string, vscode.TextEditorDecorationType>();
  for (const [name, look] of Object.entries(LOOKS)) {
    const type = vscode.window.createTextEditorDecorationType({
      backgroundColor: look.tint,
      overviewRulerColor: look.mark,
      overviewRulerLane: vscode.OverviewRulerLane.Left,
      gutterIconPath: gutterIcon(look.mark),
      gutterIconSize: 'contain',
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    });
    types.set(name, type);
    context.subscriptions.push(type);
  }
  const latest = new Map<string, DecorationsParams>();

  const paint = (editor: vscode.TextEditor) => {
    const params = latest.get(editor.document.uri.toString());
    const byLook = new Map<string, vscode.Range[]>([...types.keys()].map((k) => [k, []]));
    for (const c of params?.claims ?? []) {
      if (c.status === 'rejected' || c.orphaned) continue;
      byLook.get(lookOf(c))!.push(new vscode.Range(c.range.start.line, c.range.start.character, c.range.end.line, c.range.end.character));
    }
    for (const [name, type] of types) editor.setDecorations(type, byLook.get(name)!);
  };
  const paintUri = (uri: string) => {
    for (const editor of vscode.window.visibleTextEditors) if (editor.document.uri.toString() === uri) paint(editor);
  };

  context.subscriptions.push(
    client.onNotification(DecorationsNotification.type, (params) => {
      latest.set(params.uri, params);
      paintUri(params.uri);
    }),
    vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach(paint)),
    vscode.workspace.onDidCloseTextDocument((doc) => latest.delete(doc.uri.toString())),
  );
}
