// Entry of the language server: creates the connection (IPC from the client, stdio in tests)
// and lets each feature module in lsp/ register its handlers.
import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ServerReady, type ServerReadyParams } from './protocol';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

connection.onInitialize((params) => {
  connection.console.log(`Mizan server starting for ${params.clientInfo?.name ?? 'unknown client'}`);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
    },
    serverInfo: { name: 'mizan', version: '0.1.0' },
  };
});

connection.onInitialized(() => {
  const ready: ServerReadyParams = { version: '0.1.0', model: false };
  void connection.sendNotification(ServerReady, ready);
  connection.console.log('Mizan server ready');
});

documents.onDidOpen((e) => connection.console.log(`opened ${e.document.uri} (${e.document.getText().length} chars)`));

documents.listen(connection);
connection.listen();
