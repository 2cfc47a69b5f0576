// The extension: gives Arabic .txt files the Mizan language and starts the language server.
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerLanguageDetection, type Detection } from './detectLanguage';
import { registerAnnotating } from './commands/register';
import { registerServerStatus } from './serverStatus';
import { registerMarks, type MarksOf } from './marks/decorations';
import { noSemanticTokens } from './noSemanticTokens';
import { Commands } from './commands/commandIds';
import { registerAnnotationView } from './annotationView/provider';
import { IndexCancelRequest, type InitializationOptions } from '../../server/src/protocol';
import { readAuthor } from '../../server/src/settings';

let client: LanguageClient | undefined;

/** What the extension offers other extensions (and the end-to-end tests): the marks it draws, what detection decided. */
export interface MizanApi {
  marks: MarksOf;
  detection: (uri: vscode.Uri) => Detection | undefined;
}

export async function activate(context: vscode.ExtensionContext): Promise<MizanApi> {
  const output = vscode.window.createOutputChannel('Mizan', { log: true });
  context.subscriptions.push(output);
  const detection = registerLanguageDetection(context);

  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'mizan' }],
    outputChannel: output,
    // A function, so that a restart after the workspace is trusted tells the server it may write.
    // storageDir: the extension's workspace storage, where the server keeps the folder's index between openings.
    initializationOptions: (): InitializationOptions => ({
      trusted: vscode.workspace.isTrusted,
      author: readAuthor(vscode.workspace.getConfiguration('mizan').get('author')),
      storageDir: context.storageUri?.fsPath,
    }),
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{txt,mizan.json}') },
  };
  client = new LanguageClient('mizan', 'Mizan', serverOptions, clientOptions);
  // Registered after the built-in features, so it removes what their capabilities added.
  client.registerFeature(noSemanticTokens);
  const commands = registerAnnotating(context, client);
  registerAnnotationView(context, client, commands);
  registerServerStatus(context, client);
  const marks = registerMarks(context, client);
  // The index's progress shows in the window (an LSP work-done progress); this stops it.
  context.subscriptions.push(vscode.commands.registerCommand(Commands.stopIndexing, () => client?.sendRequest(IndexCancelRequest.type)));
  // The server records the author in each decision's history from its start-up options.
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('mizan.author')) void client?.restart();
    }),
  );
  await client.start();
  return { marks, detection };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
