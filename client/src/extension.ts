// The extension: gives Arabic .txt files the Mizan language and starts the language server.
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerLanguageDetection } from './detectLanguage';
import { registerAnnotating } from './commands/register';
import { registerServerStatus } from './serverStatus';
import { registerClaimDecorations } from './decorations';
import { registerAnnotationView } from './annotationView/provider';
import type { InitializationOptions } from '../../server/src/protocol';
import { readAuthor } from '../../server/src/settings';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Mizan', { log: true });
  context.subscriptions.push(output);
  registerLanguageDetection(context);

  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'mizan' }],
    outputChannel: output,
    // A function, so that a restart after the workspace is trusted tells the server it may write.
    initializationOptions: (): InitializationOptions => ({
      trusted: vscode.workspace.isTrusted,
      author: readAuthor(vscode.workspace.getConfiguration('mizan').get('author')),
    }),
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{txt,mizan.json}') },
  };
  client = new LanguageClient('mizan', 'Mizan', serverOptions, clientOptions);
  const commands = registerAnnotating(context, client);
  registerAnnotationView(context, client, commands);
  registerServerStatus(context, client);
  registerClaimDecorations(context, client);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
