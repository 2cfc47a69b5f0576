// A broken annotation file: the server keeps it untouched and pauses the article; the user is told
// which file and what is wrong, and may start a new file (the server backs the old one up first).
import * as vscode from 'vscode';
import { SidecarError, type SidecarErrorParams } from '../../../server/src/protocol';
import { Commands } from './commandIds';
import type { CommandContext } from './context';
import { mayWrite, optionsOf, report } from './guard';

function fileUri(sidecar: string): vscode.Uri {
  return /^[a-z][a-z0-9+.-]+:\/\//i.test(sidecar) ? vscode.Uri.parse(sidecar) : vscode.Uri.file(sidecar);
}

function baseName(uri: vscode.Uri): string {
  return uri.path.split('/').pop() ?? uri.path;
}

const shown = new Set<string>();

async function showSidecarError(p: SidecarErrorParams): Promise<void> {
  const key = `${p.uri}\n${p.message}`;
  if (shown.has(key)) return;
  shown.add(key);
  const startNew = vscode.l10n.t('Start a new annotation file');
  const open = vscode.l10n.t('Open the broken file');
  const file = fileUri(p.sidecar);
  const shownPath = file.scheme === 'file' ? file.fsPath : file.toString();
  // The server's message may start with the file's path; say it once.
  const problem = p.message.startsWith(`${p.sidecar}: `) ? p.message.slice(p.sidecar.length + 2) : p.message;
  const choice = await vscode.window.showErrorMessage(vscode.l10n.t('Mizan cannot use the annotation file {0}: {1}. The file is kept unchanged and annotating this article is paused until it is fixed.', shownPath, problem), startNew, open);
  shown.delete(key);
  if (choice === startNew) await vscode.commands.executeCommand(Commands.startFresh, { uri: p.uri, confirmed: true });
  if (choice === open) await vscode.window.showTextDocument(fileUri(p.sidecar));
}

async function startFresh(ctx: CommandContext, arg: unknown): Promise<void> {
  if (!mayWrite()) return;
  const options = optionsOf<{ uri: string; confirmed: boolean }>(arg);
  const uri = options.uri ?? ctx.annotations.document?.uri.toString();
  if (!uri) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open the article whose annotation file is broken first.'));
    return;
  }
  if (!options.confirmed) {
    const yes = vscode.l10n.t('Start a new annotation file');
    const answer = await vscode.window.showWarningMessage(vscode.l10n.t('Start a new, empty annotation file for {0}? The current file is kept as a backup beside it.', baseName(vscode.Uri.parse(uri))), { modal: true }, yes);
    if (answer !== yes) return;
  }
  report(await ctx.server.run('startFresh', { uri }), vscode.l10n.t('New annotation file started; the old one was backed up'));
}

export function registerSidecarHandling(ctx: CommandContext): vscode.Disposable[] {
  return [ctx.server.onNotification(SidecarError.type, (p) => void showSidecarError(p)), vscode.commands.registerCommand(Commands.startFresh, (arg?: unknown) => startFresh(ctx, arg))];
}
