// Entry of the language server bundle (dist/server.js): the connection the client started it with
// (IPC from VS Code, --stdio in protocol tests), and the server of createServer.ts on it.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createServer } from './createServer';

createServer(createConnection(ProposedFeatures.all)).listen();
