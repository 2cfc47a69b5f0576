// Mizan: Import Annotations… (a file of annotations made elsewhere, onto the current article, as
// accepted decisions or suggestions) and Mizan: Compare Annotators… (two or more folders, each an
// annotator's copy of the same articles): the server does the work; the client asks, shows the
// report in an output channel and lists the disagreements, each opening its place in the editor.
// Both take their answers as an argument too (tests): { source, as } and { folders }.
import * as vscode from 'vscode';
import type { AgreeResult, ImportResult } from '../../../server/src/protocol';
import type { CommandContext } from './context';
import { optionsOf, writableArticle } from './guard';

export async function importAnnotations(ctx: CommandContext, arg: unknown): Promise<ImportResult | undefined> {
  const article = writableArticle();
  if (!article) return undefined;
  const given = optionsOf<{ source: string; as: 'accepted' | 'suggested' }>(arg);
  let source = given.source;
  if (!source) {
    const picked = await vscode.window.showOpenDialog({
      canSelectMany: false,
      openLabel: vscode.l10n.t('Import'),
      title: vscode.l10n.t('Annotations to import into this article'),
      filters: { [vscode.l10n.t('Annotations')]: ['json', 'jsonl', 'ann', 'conll', 'jsonld'] },
    });
    if (!picked?.[0]) return undefined;
    source = picked[0].toString();
  }
  let as = given.as;
  if (!as) {
    const accepted = vscode.l10n.t('As accepted decisions');
    const suggested = vscode.l10n.t('As suggestions to review');
    const which = await vscode.window.showQuickPick([accepted, suggested], { title: vscode.l10n.t('Import the annotations') });
    if (!which) return undefined;
    as = which === accepted ? 'accepted' : 'suggested';
  }
  const result = await ctx.server.importAnnotations({ uri: article.uri, source, as });
  if (result.ok) void vscode.window.showInformationMessage(vscode.l10n.t('Imported {0} annotation(s).', result.imported));
  else void vscode.window.showErrorMessage(vscode.l10n.t('Nothing imported: {0}', result.message ?? ''));
  return result;
}

let channel: vscode.OutputChannel | undefined;

export async function compareAnnotators(ctx: CommandContext, arg: unknown): Promise<AgreeResult | undefined> {
  let folders = optionsOf<{ folders: string[] }>(arg).folders;
  if (!folders) {
    const picked = await vscode.window.showOpenDialog({
      canSelectFiles: false,
      canSelectFolders: true,
      canSelectMany: true,
      openLabel: vscode.l10n.t('Compare'),
      title: vscode.l10n.t("Two or more folders, each an annotator's copy of the same articles"),
    });
    if (!picked || picked.length < 2) {
      if (picked) void vscode.window.showInformationMessage(vscode.l10n.t('Choose at least two folders.'));
      return undefined;
    }
    folders = picked.map((u) => u.toString());
  }
  const result = await ctx.server.agree({ folders });
  if (!result.ok) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Cannot compare: {0}', result.message ?? ''));
    return result;
  }
  channel ??= vscode.window.createOutputChannel('Mizan agreement');
  channel.clear();
  channel.append(result.report);
  channel.show(true);
  if (!arg && result.disagreements.length) void pickDisagreement(result);
  return result;
}

async function pickDisagreement(result: AgreeResult): Promise<void> {
  const items = result.disagreements.map((d) => ({ label: d.what, description: d.text.replace(/\s+/g, ' '), detail: `${vscode.workspace.asRelativePath(vscode.Uri.parse(d.uri))}:${d.range.start.line + 1}`, d }));
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Disagreements: open one at its place'), matchOnDescription: true });
  if (!picked) return;
  const range = new vscode.Range(picked.d.range.start.line, picked.d.range.start.character, picked.d.range.end.line, picked.d.range.end.character);
  await vscode.window.showTextDocument(vscode.Uri.parse(picked.d.uri), { selection: range });
}
