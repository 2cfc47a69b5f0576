// Entity corrections: accept / reject / relabel the suggestion under the cursor, mark a selection
// as an entity, accept every suggestion in the article.
import * as vscode from 'vscode';
import { ENTITY_TYPE_TABLE } from '../../../server/src/core/entityTypes';
import { Commands } from './commandIds';
import { acceptAllSuggestions } from './acceptAll';
import { itemAt, type CommandContext } from './context';
import { optionsOf, report, toLsp, toLspPosition, writableArticle } from './guard';
import { pickWithKeys } from './pickWithKeys';

interface TypeArgs {
  type?: string;
}

/** The entity type pick: one keystroke per type (its key or number). */
export async function chooseType(title: string, current?: string): Promise<string | undefined> {
  // Each row's pick text is a key of the l10n bundles (a unit test checks they are there).
  const items = ENTITY_TYPE_TABLE.map((e) => ({ id: e.id, label: e.id, description: vscode.l10n.t(e.pick), key: e.key }));
  return (await pickWithKeys(items, title, vscode.l10n.t('Type the number or key of an entity type'), current))?.id;
}

async function setStatus(ctx: CommandContext, status: 'accepted' | 'rejected'): Promise<void> {
  const article = writableArticle();
  if (!article) return;
  const result = await ctx.server.run('setEntityStatus', { uri: article.uri, position: toLspPosition(article.editor.selection.active), status });
  report(result, status === 'accepted' ? vscode.l10n.t('Entity accepted') : vscode.l10n.t('Entity rejected'));
}

async function relabel(ctx: CommandContext, arg: unknown): Promise<void> {
  const article = writableArticle();
  if (!article) return;
  const current = itemAt(ctx, article.editor, 'entity');
  const type = optionsOf<TypeArgs>(arg).type ?? (await chooseType(vscode.l10n.t('New type of this entity'), current?.type));
  if (!type) return;
  const result = await ctx.server.run('relabelEntity', { uri: article.uri, position: toLspPosition(article.editor.selection.active), type });
  report(result, vscode.l10n.t('Entity relabelled {0}', type));
}

async function mark(ctx: CommandContext, arg: unknown): Promise<void> {
  const article = writableArticle();
  if (!article) return;
  if (article.editor.selection.isEmpty) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Select the words of the entity first.'));
    return;
  }
  const type = optionsOf<TypeArgs>(arg).type ?? (await chooseType(vscode.l10n.t('Type of the selected entity')));
  if (!type) return;
  const result = await ctx.server.run('addEntity', { uri: article.uri, range: toLsp(article.editor.selection), type });
  report(result, vscode.l10n.t('Entity added: {0}', type));
}

export function registerEntityCommands(ctx: CommandContext): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(Commands.acceptEntity, () => setStatus(ctx, 'accepted')),
    vscode.commands.registerCommand(Commands.rejectEntity, () => setStatus(ctx, 'rejected')),
    vscode.commands.registerCommand(Commands.relabelEntity, (arg?: unknown) => relabel(ctx, arg)),
    vscode.commands.registerCommand(Commands.markEntity, (arg?: unknown) => mark(ctx, arg)),
    vscode.commands.registerCommand(Commands.acceptAllEntities, () => acceptAllSuggestions(ctx, 'entity')),
  ];
}
