// Draws what the server marks (mizan/decorations) over the text: claims as a tint with a gutter
// and overview-ruler mark by stance (untagged in amber), entities as a line under the mention in
// their type's colour (dashed while suggested, solid with a fill once accepted), a claim's cue in a
// box and its speaker with a line over it. Only background and border properties are used: VS
// Code draws those in the overlay layer, while colour, weight, style, text-decoration or an
// attachment would cut the line's text into spans, each a bidi isolate, and reorder the Arabic.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DecorationsNotification, type ClaimDecoration, type DecorationsParams, type MarkStatus } from '../../../server/src/protocol';
import { ENTITY_TYPE_TABLE } from '../../../server/src/core/entityTypes';
import { borderColourId, CLAIM_LOOKS, claimTintId, CUE_COLOUR, fillColourId, SPEAKER_COLOUR } from './colours';

function gutterIcon(color: string): vscode.Uri {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><rect x="5" y="1" width="4" height="14" rx="1" fill="${color}"/></svg>`;
  return vscode.Uri.parse(`data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`);
}

function claimLookOf(c: ClaimDecoration): string {
  if (!c.stance) return 'untagged';
  return c.stance in CLAIM_LOOKS ? c.stance : 'other';
}

const entityLookKey = (type: string, status: MarkStatus) => `entity:${type}:${status}`;

/** Every decoration type, by look key: claims by stance, entities by type and status, cue, speaker. */
function createLooks(): Map<string, vscode.DecorationRenderOptions> {
  const looks = new Map<string, vscode.DecorationRenderOptions>();
  const closed = vscode.DecorationRangeBehavior.ClosedClosed;
  for (const [name, { mark }] of Object.entries(CLAIM_LOOKS)) {
    looks.set(`claim:${name}`, {
      backgroundColor: new vscode.ThemeColor(claimTintId(name)),
      overviewRulerColor: mark,
      overviewRulerLane: vscode.OverviewRulerLane.Left,
      gutterIconPath: gutterIcon(mark),
      gutterIconSize: 'contain',
      rangeBehavior: closed,
    });
  }
  for (const t of ENTITY_TYPE_TABLE) {
    const borderColor = new vscode.ThemeColor(borderColourId(t.token));
    looks.set(entityLookKey(t.id, 'suggested'), { borderColor, borderStyle: 'none none dashed none', borderWidth: '0 0 2px 0', rangeBehavior: closed });
    looks.set(entityLookKey(t.id, 'accepted'), { borderColor, borderStyle: 'none none solid none', borderWidth: '0 0 2px 0', backgroundColor: new vscode.ThemeColor(fillColourId(t.token)), rangeBehavior: closed });
  }
  looks.set('cue', { borderColor: new vscode.ThemeColor(CUE_COLOUR), borderStyle: 'solid', borderWidth: '1px', borderRadius: '3px', rangeBehavior: closed });
  looks.set('speaker', { borderColor: new vscode.ThemeColor(SPEAKER_COLOUR), borderStyle: 'solid none none none', borderWidth: '2px 0 0 0', rangeBehavior: closed });
  return looks;
}

const toRange = (r: { start: { line: number; character: number }; end: { line: number; character: number } }) => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);

/** The ranges each look gets for one article's marks. */
function rangesByLook(params: DecorationsParams | undefined, keys: Iterable<string>): Map<string, vscode.Range[]> {
  const out = new Map<string, vscode.Range[]>([...keys].map((k) => [k, []]));
  const add = (key: string, r: vscode.Range) => out.get(key)?.push(r);
  for (const c of params?.claims ?? []) if (c.status !== 'rejected' && !c.orphaned) add(`claim:${claimLookOf(c)}`, toRange(c.range));
  for (const e of params?.entities ?? []) add(entityLookKey(e.type, e.status), toRange(e.range));
  for (const c of params?.cues ?? []) add('cue', toRange(c.range));
  for (const s of params?.speakers ?? []) add('speaker', toRange(s.range));
  return out;
}

/** What the editor shows of an article: the latest marks the server sent (the extension's API exposes it). */
export type MarksOf = (uri: vscode.Uri) => DecorationsParams | undefined;

export function registerMarks(context: vscode.ExtensionContext, client: LanguageClient): MarksOf {
  const types = new Map<string, vscode.TextEditorDecorationType>();
  for (const [key, options] of createLooks()) {
    const type = vscode.window.createTextEditorDecorationType(options);
    types.set(key, type);
    context.subscriptions.push(type);
  }
  const latest = new Map<string, DecorationsParams>();

  const paint = (editor: vscode.TextEditor) => {
    const ranges = rangesByLook(latest.get(editor.document.uri.toString()), types.keys());
    for (const [key, type] of types) editor.setDecorations(type, ranges.get(key)!);
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
  return (uri) => latest.get(uri.toString());
}
