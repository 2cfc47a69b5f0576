// Claim corrections: accept / reject the claim under the cursor, mark a selection as a claim, set
// a claim's speaker from a selection, accept every suggested claim in the article.
import * as vscode from 'vscode';
import type { AnnotationItem } from '../../../server/src/protocol';
import { claimsNear } from './claimChoice';
import { Commands } from './commandIds';
import { acceptAllSuggestions } from './acceptAll';
import type { CommandContext } from './context';
import { report, toLsp, toLspPosition, writableArticle } from './guard';
import { pickWithKeys } from './pickWithKeys';
import { excerpt } from '../views/annotationTree';

async function setStatus(ctx: CommandContext, status: 'accepted' | 'rejected'): Promise<void> {
  const article = writableArticle();
  if (!article) return;
  const result = await ctx.server.run('setClaimStatus', { uri: article.uri, position: toLspPosition(article.editor.selection.active), status });
  report(result, status === 'accepted' ? vscode.l10n.t('Claim accepted') : vscode.l10n.t('Claim rejected'));
}

async function mark(ctx: CommandContext): Promise<void> {
  const article = writableArticle();
  if (!article) return;
  if (article.editor.selection.isEmpty) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Select the words of the claim first.'));
    return;
  }
  const result = await ctx.server.run('addClaim', { uri: article.uri, range: toLsp(article.editor.selection) });
  report(result, vscode.l10n.t('Claim added'));
}

/**
 * The speaker is the non-empty selection. The claim is the one under a second, empty cursor when
 * there is one, the claim around the selection, or else one picked from the claims nearest to it.
 */
async function setSpeaker(ctx: CommandContext): Promise<void> {
  const article = writableArticle();
  if (!article) return;
  const { editor, uri } = article;
  const speaker = editor.selections.find((s) => !s.isEmpty);
  if (!speaker) {
    void vscode.window.showInformationMessage(vscode.l10n.t("Select the speaker's name first."));
    return;
  }
  const cursor = editor.selections.find((s) => s.isEmpty);
  let position = cursor ? toLspPosition(cursor.active) : undefined;
  if (!position) {
    await ctx.annotations.refresh();
    const items = ctx.annotations.result?.uri === uri ? ctx.annotations.result.items : [];
    const doc = editor.document;
    const near = claimsNear(items, toLsp(speaker), (p) => doc.offsetAt(new vscode.Position(p.line, p.character)));
    const claim = near.length === 1 ? near[0] : await pickClaim(near.slice(0, 9));
    if (!claim) return;
    position = claim.range.start;
  }
  const result = await ctx.server.run('setSpeaker', { uri, position, speakerRange: toLsp(speaker) });
  report(result, vscode.l10n.t('Speaker set: {0}', editor.document.getText(speaker)));
}

async function pickClaim(claims: AnnotationItem[]): Promise<AnnotationItem | undefined> {
  if (claims.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('There is no claim to give this speaker to. Mark the claim first.'));
    return undefined;
  }
  const items = claims.map((c) => ({ id: c.id, label: excerpt(c.text), description: c.speaker }));
  const picked = await pickWithKeys(items, vscode.l10n.t('Which claim did the selected speaker make?'), vscode.l10n.t('Type the number of a claim'));
  return claims.find((c) => c.id === picked?.id);
}

export function registerClaimCommands(ctx: CommandContext): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(Commands.acceptClaim, () => setStatus(ctx, 'accepted')),
    vscode.commands.registerCommand(Commands.rejectClaim, () => setStatus(ctx, 'rejected')),
    vscode.commands.registerCommand(Commands.markClaim, () => mark(ctx)),
    vscode.commands.registerCommand(Commands.setSpeaker, () => setSpeaker(ctx)),
    vscode.commands.registerCommand(Commands.acceptAllClaims, () => acceptAllSuggestions(ctx, 'claim')),
  ];
}
