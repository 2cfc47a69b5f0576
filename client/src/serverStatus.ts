// Remembers the server's `mizan/ready` announcement so that whoever needs the language server up
// (the end-to-end tests, through the `mizan.serverStatus` command) can wait for it.
// One handler per notification method: extend this one rather than adding a second.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ServerReady, type ServerReadyParams } from '../../server/src/protocol';

export function registerServerStatus(context: vscode.ExtensionContext, client: LanguageClient): void {
  let announce: (p: ServerReadyParams) => void = () => {};
  const ready = new Promise<ServerReadyParams>((resolve) => {
    announce = resolve;
  });
  context.subscriptions.push(
    client.onNotification(ServerReady.type, (p) => announce(p)),
    vscode.commands.registerCommand('mizan.serverStatus', () => ready),
  );
}
