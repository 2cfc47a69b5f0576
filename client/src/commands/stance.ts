// Stance tagging: of the claim under the cursor (or of a selection, which becomes a claim) and of
// the whole article. Labels and targets come from the settings; one keystroke picks each.
import * as vscode from 'vscode';
import { readFlag, readStanceLabels, readTargets, stanceName, stanceNames, type StanceLabel } from '../../../server/src/settings';
import { prefersArabic } from '../l10n';
import { warnSettingProblems } from '../settingProblems';
import { itemAt, type CommandContext } from './context';
import { fromLsp, optionsOf, report, toLsp, toLspPosition, writableArticle } from './guard';
import { pickWithKeys, type KeyedPickItem } from './pickWithKeys';
import { contains } from './claimChoice';
import { Commands } from './commandIds';

export interface StanceArgs {
  stance?: string;
  target?: string;
}

let lastTarget: string | undefined;

export function stanceLabels(scope?: vscode.Uri): StanceLabel[] {
  const config = vscode.workspace.getConfiguration('mizan.stance', scope);
  const { value: labels, problems } = readStanceLabels(config.get('labels'), vscode.l10n.t);
  warnSettingProblems('mizan.stance.labels', problems);
  return labels;
}

function labelItems(labels: StanceLabel[]): KeyedPickItem[] {
  const arabic = prefersArabic(vscode.env.language);
  return labels.map((l) => {
    const names = stanceNames(l, arabic);
    return { id: l.id, label: names.primary, description: names.secondary, key: l.key || undefined };
  });
}

async function chooseStance(labels: StanceLabel[], title: string, current?: string): Promise<string | undefined> {
  const picked = await pickWithKeys(labelItems(labels), title, vscode.l10n.t('Type the number or key of a stance'), current);
  return picked?.id;
}

/** What a stance is toward, for the pick's title: the one target, the claim's, or the article's subject. */
function towardWhat(scope: vscode.Uri, current?: string): string {
  const targets = readTargets(vscode.workspace.getConfiguration('mizan.stance', scope).get('targets'));
  if (targets.length === 1) return targets[0];
  if (targets.length > 1) return current ?? vscode.l10n.t('the target you pick next');
  return vscode.l10n.t("the article's subject");
}

/** The target: none configured → none; one → it; several → a pick (null when cancelled). */
async function chooseTarget(scope: vscode.Uri, current?: string): Promise<string | undefined | null> {
  const targets = readTargets(vscode.workspace.getConfiguration('mizan.stance', scope).get('targets'));
  if (targets.length <= 1) return targets[0];
  const items = targets.map((target) => ({ id: target, label: target }));
  const picked = await pickWithKeys(items, vscode.l10n.t('Stance toward which target?'), vscode.l10n.t('Type the number of a target'), current ?? lastTarget);
  if (!picked) return null;
  lastTarget = picked.id;
  return picked.id;
}

async function tagStance(ctx: CommandContext, arg: unknown): Promise<void> {
  const args = optionsOf<StanceArgs>(arg);
  const article = writableArticle();
  if (!article) return;
  const { editor, uri } = article;
  let claim = editor.selection.isEmpty ? itemAt(ctx, editor, 'claim') : undefined;
  if (editor.selection.isEmpty && !claim && !args.stance) {
    // Refused before the pick, not after it — once the server's current list (the view's may be
    // older than the analysis) has claims and none of them is at the cursor.
    const items = (await ctx.server.annotations(uri).catch(() => null))?.items ?? [];
    const sel = toLsp(editor.selection);
    claim = items.find((i) => i.kind === 'claim' && i.status !== 'rejected' && contains(i.range, sel));
    if (!claim && items.some((i) => i.kind === 'claim')) {
      void vscode.window.showInformationMessage(vscode.l10n.t('There is no claim at the cursor. Go to one with Alt+M N, or select the words of a claim to tag them.'));
      return;
    }
  }
  const labels = stanceLabels(editor.document.uri);
  const toward = towardWhat(editor.document.uri, claim?.target);
  const title = editor.selection.isEmpty ? vscode.l10n.t('Stance of this claim toward {0}', toward) : vscode.l10n.t('Stance of the selected text toward {0} (it becomes a claim)', toward);
  const stance = args.stance ?? (await chooseStance(labels, title, claim?.stance));
  if (!stance) return;
  const target = 'target' in args ? args.target : await chooseTarget(editor.document.uri, claim?.target);
  if (target === null) return;
  const result = await ctx.server.run('tagStance', { uri, range: toLsp(editor.selection), stance, target });
  if (!report(result, vscode.l10n.t('Stance: {0}', stanceName(stance, labels, prefersArabic(vscode.env.language))))) return;
  if (readFlag(vscode.workspace.getConfiguration('mizan.stance', editor.document.uri).get('advanceAfterTagging'), 'mizan.stance.advanceAfterTagging', false).value) {
    const next = await ctx.server.nextUntagged({ uri, position: toLspPosition(editor.selection.end), direction: 'next' }).catch(() => null);
    if (next) {
      editor.selection = new vscode.Selection(fromLsp(next).start, fromLsp(next).start);
      editor.revealRange(fromLsp(next), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
  }
}

async function tagArticleStance(ctx: CommandContext, arg: unknown): Promise<void> {
  const args = optionsOf<StanceArgs>(arg);
  const article = writableArticle();
  if (!article) return;
  const labels = stanceLabels(article.editor.document.uri);
  const current = ctx.annotations.result?.uri === article.uri ? ctx.annotations.result.article : undefined;
  const toward = towardWhat(article.editor.document.uri, current?.target);
  const stance = args.stance ?? (await chooseStance(labels, vscode.l10n.t('Stance of the whole article toward {0}', toward), current?.stance));
  if (!stance) return;
  const target = 'target' in args ? args.target : await chooseTarget(article.editor.document.uri, current?.target);
  if (target === null) return;
  const result = await ctx.server.run('tagArticleStance', { uri: article.uri, stance, target });
  report(result, vscode.l10n.t('Article stance: {0}', stanceName(stance, labels, prefersArabic(vscode.env.language))));
}

export function registerStanceCommands(ctx: CommandContext): vscode.Disposable[] {
  return [vscode.commands.registerCommand(Commands.tagStance, (arg?: unknown) => tagStance(ctx, arg)), vscode.commands.registerCommand(Commands.tagArticleStance, (arg?: unknown) => tagArticleStance(ctx, arg))];
}
