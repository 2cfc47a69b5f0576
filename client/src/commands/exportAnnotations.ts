// Mizan: Export Annotations…: the current article or its whole folder, in a format, accepted only
// or everything, into a folder; the server does the work (mizan/export) and reports each article,
// shown as progress; the result is revealed. Arguments may be given (tests, keybindings) to skip
// the questions: { scope, format, acceptedOnly, destination }.
import * as vscode from 'vscode';
import { EXPORT_FORMATS, ExportProgress, type ExportParams, type ExportResult, type Format } from '../../../server/src/protocol';
import type { CommandContext } from './context';
import { optionsOf } from './guard';

interface ExportArgs {
  scope: 'article' | 'folder';
  format: Format;
  acceptedOnly: boolean;
  destination: string;
  uri: string;
}

function describe(format: Format): string {
  switch (format) {
    case 'json':
      return vscode.l10n.t('Mizan JSON, one file per article (UTF-16 offsets)');
    case 'jsonl':
      return vscode.l10n.t('one annotation a line (UTF-16 offsets)');
    case 'docs':
      return vscode.l10n.t('one article a line for doccano and spaCy (code points)');
    case 'labelstudio':
      return vscode.l10n.t('Label Studio tasks (code points)');
    case 'csv':
      return vscode.l10n.t('CSV, one row per annotation');
    case 'xlsx':
      return vscode.l10n.t('Excel workbook, right to left');
    case 'brat':
      return vscode.l10n.t('brat standoff with annotation.conf and visual.conf');
    case 'conll':
      return vscode.l10n.t('CoNLL IOB2 entity tags, one token a line');
    case 'w3c':
      return vscode.l10n.t('W3C Web Annotation (JSON-LD)');
  }
}

async function ask(): Promise<ExportArgs | undefined> {
  const editor = vscode.window.activeTextEditor;
  const article = editor && editor.document.uri.scheme === 'file' && /\.txt$/i.test(editor.document.uri.path) ? editor.document.uri : undefined;
  const folder = article ? vscode.Uri.joinPath(article, '..') : vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open an article or a folder of articles to export.'));
    return undefined;
  }
  const scopes = [
    ...(article ? [{ label: vscode.l10n.t('This article'), description: vscode.workspace.asRelativePath(article), scope: 'article' as const, uri: article }] : []),
    { label: vscode.l10n.t('Every article in the folder'), description: vscode.workspace.asRelativePath(folder), scope: 'folder' as const, uri: folder },
  ];
  const scope = await vscode.window.showQuickPick(scopes, { title: vscode.l10n.t('Export annotations of') });
  if (!scope) return undefined;
  const format = await vscode.window.showQuickPick(
    EXPORT_FORMATS.map((f) => ({ label: f, description: describe(f) })),
    { title: vscode.l10n.t('Export format') },
  );
  if (!format) return undefined;
  const everything = vscode.l10n.t('Everything: decisions and unchecked suggestions');
  const accepted = vscode.l10n.t('Accepted only: what an annotator accepted or added');
  const which = await vscode.window.showQuickPick([everything, accepted], { title: vscode.l10n.t('Which annotations') });
  if (!which) return undefined;
  const picked = await vscode.window.showOpenDialog({
    canSelectFiles: false,
    canSelectFolders: true,
    canSelectMany: false,
    defaultUri: folder,
    openLabel: vscode.l10n.t('Export here'),
    title: vscode.l10n.t('Folder to write the export into'),
  });
  if (!picked?.[0]) return undefined;
  return { scope: scope.scope, uri: scope.uri.toString(), format: format.label as Format, acceptedOnly: which === accepted, destination: picked[0].toString() };
}

async function reveal(result: ExportResult, args: ExportArgs): Promise<void> {
  const first = vscode.Uri.parse(result.files[0]);
  const inWorkspace = !!vscode.workspace.getWorkspaceFolder(first);
  if (inWorkspace) await vscode.commands.executeCommand('revealInExplorer', first);
  const open = vscode.l10n.t('Open');
  const folder = vscode.l10n.t('Show in folder');
  const choice = await vscode.window.showInformationMessage(
    vscode.l10n.t('Exported {0} article(s) as {1}: {2} file(s) in {3} (offsets in {4}).', result.articles, args.format, result.files.length, vscode.Uri.parse(args.destination).fsPath, result.offsets),
    open,
    folder,
  );
  if (choice === open) {
    if (args.format === 'xlsx') await vscode.env.openExternal(first);
    else await vscode.window.showTextDocument(first);
  }
  if (choice === folder) await vscode.commands.executeCommand('revealFileInOS', first);
}

/** Runs the export; answers the server's result (end-to-end tests read it). */
export async function exportAnnotations(ctx: CommandContext, arg: unknown): Promise<ExportResult | undefined> {
  const given = optionsOf<ExportArgs>(arg);
  const args = given.format && given.destination && given.uri && given.scope ? ({ acceptedOnly: false, ...given } as ExportArgs) : await ask();
  if (!args) return undefined;
  const progressId = `export-${Date.now()}`;
  const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Exporting annotations'), cancellable: false }, async (progress) => {
    let last = 0;
    const listening = ctx.server.onNotification(ExportProgress.type, (p) => {
      if (p.id !== progressId) return;
      progress.report({ message: `${p.done}/${p.total} ${p.file}`, increment: (100 * (p.done - last)) / p.total });
      last = p.done;
    });
    try {
      const params: ExportParams = { uri: args.uri, scope: args.scope, format: args.format, acceptedOnly: args.acceptedOnly, destination: args.destination, progressId };
      return await ctx.server.exportAnnotations(params);
    } finally {
      listening.dispose();
    }
  });
  for (const f of result.failed) void vscode.window.showWarningMessage(vscode.l10n.t('Not exported: {0}', f.message));
  if (!result.files.length) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Export failed: {0}', result.message ?? ''));
    return result;
  }
  void reveal(result, args);
  return result;
}
