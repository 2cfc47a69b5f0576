// Everything the annotator drives from the keyboard, wired to one language client: commands,
// the Annotations view, the status bar, broken-sidecar handling.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { registerStatusBar } from '../statusBar';
import { ActiveAnnotations } from '../views/activeAnnotations';
import { registerAnnotationsView } from '../views/annotationsView';
import { FolderProgress } from '../views/folderProgress';
import { registerClaimCommands } from './claims';
import type { CommandContext } from './context';
import { registerEntityCommands } from './entities';
import { Commands } from './commandIds';
import { exportAnnotations } from './exportAnnotations';
import { compareAnnotators, importAnnotations } from './importAndCompare';
import { registerNavigationCommands } from './navigate';
import { MizanServer } from './server';
import { registerSidecarHandling } from './sidecar';
import { registerStanceCommands } from './stance';

/** Call before client.start(): notification handlers registered now are installed when it runs. */
export function registerAnnotating(context: vscode.ExtensionContext, client: LanguageClient): CommandContext {
  const server = new MizanServer(client);
  const annotations = new ActiveAnnotations(server);
  const folder = new FolderProgress(server);
  const ctx: CommandContext = { server, annotations };
  context.subscriptions.push(
    annotations,
    folder,
    ...registerStanceCommands(ctx),
    ...registerEntityCommands(ctx),
    ...registerClaimCommands(ctx),
    ...registerNavigationCommands(ctx),
    ...registerSidecarHandling(ctx),
    ...registerAnnotationsView(annotations, folder),
    ...registerStatusBar(annotations),
    vscode.commands.registerCommand(Commands.exportAnnotations, (arg: unknown) => exportAnnotations(ctx, arg)),
    vscode.commands.registerCommand(Commands.importAnnotations, (arg: unknown) => importAnnotations(ctx, arg)),
    vscode.commands.registerCommand(Commands.compareAnnotators, (arg: unknown) => compareAnnotators(ctx, arg)),
    // The server learns trust from its initialization options: restart it so that it may write.
    vscode.workspace.onDidGrantWorkspaceTrust(() => void client.restart()),
  );
  return ctx;
}
