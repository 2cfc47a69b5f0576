// Moving between claims without a stance, jumping to a span from the Annotations view, and undo.
import * as vscode from 'vscode';
import type { Range as LspRange } from '../../../server/src/protocol';
import type { ArticleEditor } from '../annotationView/activeView';
import { Commands } from './commandIds';
import type { CommandContext } from './context';
import { activeArticle, fromLsp, report, toLspPosition, writableArticle } from './guard';

function place(editor: ArticleEditor, range: vscode.Range): void {
  editor.selection = new vscode.Selection(range.start, range.start);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** From the cursor in the given direction, wrapping around the article once. */
async function goUntagged(ctx: CommandContext, direction: 'next' | 'previous'): Promise<void> {
  const article = activeArticle();
  if (!article) return;
  const { editor, uri } = article;
  const doc = editor.document;
  const from = direction === 'next' ? editor.selection.end : editor.selection.start;
  let found;
  try {
    found = await ctx.server.nextUntagged({ uri, position: toLspPosition(from), direction });
    if (!found) {
      const wrap = direction === 'next' ? new vscode.Position(0, 0) : doc.positionAt(doc.getText().length);
      found = await ctx.server.nextUntagged({ uri, position: toLspPosition(wrap), direction });
    }
  } catch (err) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Mizan could not look for claims: {0}', err instanceof Error ? err.message : String(err)));
    return;
  }
  if (found) place(editor, fromLsp(found));
  else void vscode.window.showInformationMessage(vscode.l10n.t('Every claim in this article has a stance.'));
}

async function reveal(uri: string, range: LspRange): Promise<void> {
  const target = fromLsp(range);
  const editor = await vscode.window.showTextDocument(vscode.Uri.parse(uri), { preserveFocus: false });
  editor.selection = new vscode.Selection(target.start, target.end);
  editor.revealRange(target, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

async function undo(ctx: CommandContext): Promise<void> {
  const article = writableArticle();
  if (!article) return;
  report(await ctx.server.run('undo', { uri: article.uri }), vscode.l10n.t('Last annotation change undone'));
}

export function registerNavigationCommands(ctx: CommandContext): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(Commands.nextUntagged, () => goUntagged(ctx, 'next')),
    vscode.commands.registerCommand(Commands.previousUntagged, () => goUntagged(ctx, 'previous')),
    vscode.commands.registerCommand(Commands.revealSpan, (uri: string, range: LspRange) => reveal(uri, range)),
    vscode.commands.registerCommand(Commands.undo, () => undo(ctx)),
    vscode.commands.registerCommand(Commands.refreshAnnotations, () => ctx.annotations.refresh()),
  ];
}
