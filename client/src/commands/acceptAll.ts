// Accepting every suggestion of a kind at once says how many it accepted and offers Undo in the
// same message, so a stray Alt+M A costs one click rather than a hunt through the article.
import * as vscode from 'vscode';
import type { CommandContext } from './context';
import { report, writableArticle } from './guard';
import { Commands } from './commandIds';

export async function acceptAllSuggestions(ctx: CommandContext, kind: 'entity' | 'claim'): Promise<void> {
  const article = writableArticle();
  if (!article) return;
  // The server's current list: the view's may be older than the analysis.
  const known = (await ctx.server.annotations(article.uri).catch(() => null))?.items;
  const count = known?.filter((i) => i.kind === kind && i.status === 'suggested' && !i.orphaned).length;
  // None suggested while some exist: all decided. None at all: perhaps still being analysed, so ask.
  if (count === 0 && known?.some((i) => i.kind === kind)) {
    void vscode.window.showInformationMessage(kind === 'entity' ? vscode.l10n.t('There are no entity suggestions left to accept in this article.') : vscode.l10n.t('There are no claim suggestions left to accept in this article.'));
    return;
  }
  const result = await ctx.server.run('acceptAll', { uri: article.uri, kind });
  if (!result.ok) {
    report(result, '');
    return;
  }
  const undo = vscode.l10n.t('Undo');
  const message =
    count === undefined
      ? kind === 'entity'
        ? vscode.l10n.t('Accepted every entity suggestion in this article.')
        : vscode.l10n.t('Accepted every claim suggestion in this article.')
      : kind === 'entity'
        ? vscode.l10n.t('Accepted {0} entity suggestions.', count)
        : vscode.l10n.t('Accepted {0} claim suggestions.', count);
  // Not awaited: the command is done once the change is made, whether or not the message is answered.
  void vscode.window.showInformationMessage(message, undo).then((choice) => (choice === undo ? vscode.commands.executeCommand(Commands.undo) : undefined));
}
