// A real LSP client for protocol tests: speaks JSON-RPC to a server created in this process over
// an in-memory connection (TestClient.start), or to the built bundle spawned with --stdio
// (TestClient.spawn: the real entry point, its start-up and exit); records every notification,
// and offers small helpers to open and edit documents and decode semantic tokens.
import * as cp from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PassThrough } from 'stream';
import { pathToFileURL } from 'url';
import {
  createProtocolConnection,
  type ProtocolConnection,
  InitializeRequest,
  InitializedNotification,
  ShutdownRequest,
  ExitNotification,
  DidOpenTextDocumentNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  WorkDoneProgress,
  type InitializeResult,
  type TextDocumentContentChangeEvent,
  type NotificationType,
  type RequestType,
  type RequestType0,
  type SemanticTokensLegend,
  type CancellationToken,
} from 'vscode-languageserver-protocol/node';
import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { createServer } from '../../server/src/createServer';
import { REPO, SAMPLES_DIR } from '../support/samples';

export const SERVER = path.join(REPO, 'dist', 'server.js');

export interface Received {
  method: string;
  params: unknown;
}

/** A message by its name, or as protocol.ts declares it (a namespace with its method and type). */
export type Method = string | { method: string };
const nameOf = (m: Method): string => (typeof m === 'string' ? m : m.method);

export interface StartOptions {
  /** Folder opened as the workspace (defaults to none). */
  workspaceFolder?: string;
  /** Extra initializationOptions. */
  initializationOptions?: unknown;
  /** The client shows work-done progress (window.workDoneProgress). */
  progress?: boolean;
  /** The client's display language (InitializeParams.locale), as VS Code's client sends it. */
  locale?: string;
  /** Node options for the server process (e.g. --cpu-prof when profiling). */
  execArgv?: string[];
}

const CLIENT_REQUESTS = [
  'client/registerCapability',
  'client/unregisterCapability',
  'window/showMessageRequest',
  'workspace/semanticTokens/refresh',
  'workspace/inlayHint/refresh',
  'workspace/diagnostic/refresh',
  'workspace/codeLens/refresh',
  'workspace/applyEdit',
];

export class TestClient {
  /** What the client answers to workspace/configuration (one value per asked section). */
  configuration: unknown = null;
  readonly received: Received[] = [];
  private waiters: { method: string; test: (p: unknown) => boolean; resolve: (p: unknown) => void }[] = [];
  private versions = new Map<string, number>();
  private texts = new Map<string, string>();
  result!: InitializeResult;
  stderr = '';

  /** The spawned server process; undefined for a server in this process. */
  readonly child?: cp.ChildProcess;

  private constructor(
    readonly connection: ProtocolConnection,
    child?: cp.ChildProcess,
  ) {
    this.child = child;
  }

  /** A server created in this process (createServer) over an in-memory connection. */
  static start(options: StartOptions = {}): Promise<TestClient> {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    // Message readers, not streams: given streams, the library exits the process when they end.
    const server = createServer(createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient)));
    server.listen();
    const client = new TestClient(createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer)));
    client.serverConnection = server.connection;
    return client.initialize(options, null);
  }

  /** The built bundle (dist/server.js --stdio) in a process of its own. */
  static spawn(options: StartOptions = {}): Promise<TestClient> {
    if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} is missing: run npm run build first`);
    const child = cp.spawn(process.execPath, [...(options.execArgv ?? []), SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const client = new TestClient(createProtocolConnection(child.stdout!, child.stdin!), child);
    child.stderr!.on('data', (d: Buffer) => {
      client.stderr += d.toString();
    });
    return client.initialize(options, process.pid);
  }

  private serverConnection?: { dispose(): void };

  /** processId: the spawned server watches it and exits with it; an in-process server must not (its timer would keep mocha alive). */
  private async initialize(options: StartOptions, processId: number | null): Promise<TestClient> {
    const connection = this.connection;
    connection.onUnhandledNotification((n) => this.record(n.method, n.params));
    // The server may ask the client things (configuration, refreshes, registrations): answer plainly
    // and record the ask, so that tests can check a refresh was requested.
    connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => {
      this.record('workspace/configuration', p);
      return p.items.map(() => this.configuration);
    });
    for (const method of CLIENT_REQUESTS)
      connection.onRequest(method, (p: unknown) => {
        this.record(method, p);
        return null;
      });
    // A work-done progress the server creates: its $/progress values are recorded like notifications.
    connection.onRequest('window/workDoneProgress/create', (p: { token: string | number }) => {
      this.record('window/workDoneProgress/create', p);
      connection.onProgress(WorkDoneProgress.type, p.token, (value) => this.record('$/progress', { token: p.token, value }));
      return null;
    });
    connection.listen();
    const folder = options.workspaceFolder;
    this.result = await connection.sendRequest(InitializeRequest.type, {
      processId,
      ...(options.locale ? { locale: options.locale } : {}),
      rootUri: folder ? pathToFileURL(folder).toString() : null,
      workspaceFolders: folder ? [{ uri: pathToFileURL(folder).toString(), name: path.basename(folder) }] : null,
      capabilities: {
        textDocument: {
          semanticTokens: {
            requests: { full: { delta: true }, range: false },
            tokenTypes: [],
            tokenModifiers: [],
            formats: ['relative'],
            multilineTokenSupport: false,
            overlappingTokenSupport: false,
          },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          publishDiagnostics: {},
          inlayHint: {},
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor'] } } },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        },
        window: { workDoneProgress: !!options.progress },
        workspace: { workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: false }, configuration: true, semanticTokens: { refreshSupport: true }, inlayHint: { refreshSupport: true } },
      },
      initializationOptions: options.initializationOptions,
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return this;
  }

  private record(method: string, params: unknown): void {
    this.received.push({ method, params });
    this.waiters = this.waiters.filter((w) => {
      if (w.method !== method || !w.test(params)) return true;
      w.resolve(params);
      return false;
    });
  }

  /** Resolves with the first notification (already received or to come) that passes `test`. */
  notification<T>(message: { method: string; type: NotificationType<T> }, test?: (p: T) => boolean, timeoutMs?: number): Promise<T>;
  notification<T>(message: Method, test?: (p: T) => boolean, timeoutMs?: number): Promise<T>;
  notification<T>(message: Method, test: (p: T) => boolean = () => true, timeoutMs = 10000): Promise<T> {
    const method = nameOf(message);
    const seen = this.received.find((r) => r.method === method && test(r.params as T));
    if (seen) return Promise.resolve(seen.params as T);
    return this.nextNotification<T>(method, test, timeoutMs);
  }

  /** Resolves with the next notification to come that passes `test` (ignores earlier ones). */
  nextNotification<T>(message: { method: string; type: NotificationType<T> }, test?: (p: T) => boolean, timeoutMs?: number): Promise<T>;
  nextNotification<T>(message: Method, test?: (p: T) => boolean, timeoutMs?: number): Promise<T>;
  nextNotification<T>(message: Method, test: (p: T) => boolean = () => true, timeoutMs = 10000): Promise<T> {
    const method = nameOf(message);
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${method} within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({
        method,
        test: test as (p: unknown) => boolean,
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p as T);
        },
      });
    });
  }

  request<P, R>(message: { method: string; type: RequestType<P, R, void> }, params: P, token?: CancellationToken): Promise<R>;
  request<R>(message: { method: string; type: RequestType0<R, void> }, params?: undefined, token?: CancellationToken): Promise<R>;
  request<R>(message: Method, params: unknown, token?: CancellationToken): Promise<R>;
  request<R>(message: Method, params: unknown, token?: CancellationToken): Promise<R> {
    const method = nameOf(message);
    return token ? this.connection.sendRequest(method, params, token) : this.connection.sendRequest(method, params);
  }

  /** Opens a file of the workspace (or any text under a made-up uri) and returns its uri. */
  async open(file: string, text = fs.readFileSync(file, 'utf8'), languageId = 'mizan'): Promise<string> {
    const uri = file.includes('://') ? file : pathToFileURL(file).toString();
    this.versions.set(uri, 1);
    this.texts.set(uri, text);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    return uri;
  }

  /** Applies changes (LSP ranges, in order) and sends them; returns the new version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    let text = this.texts.get(uri) ?? '';
    for (const c of changes) {
      if ('range' in c) {
        const s = offsetAt(text, c.range.start);
        const e = offsetAt(text, c.range.end);
        text = text.slice(0, s) + c.text + text.slice(e);
      } else text = c.text;
    }
    this.versions.set(uri, version);
    this.texts.set(uri, text);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  /**
   * Sends one change whose resulting text the caller computed already (for timing: nothing
   * proportional to the text's length happens between the call and the notification).
   */
  async changeTo(uri: string, change: TextDocumentContentChangeEvent, newText: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    this.texts.set(uri, newText);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [change] });
    return version;
  }

  /** Replaces text between two offsets of the current text (a convenience over change()). */
  edit(uri: string, start: number, end: number, insert: string): Promise<number> {
    const text = this.text(uri);
    return this.change(uri, [{ range: { start: positionAt(text, start), end: positionAt(text, end) }, text: insert }]);
  }

  text(uri: string): string {
    return this.texts.get(uri) ?? '';
  }

  async close(uri: string): Promise<void> {
    this.texts.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  get legend(): SemanticTokensLegend {
    const provider = this.result.capabilities.semanticTokensProvider;
    if (!provider) throw new Error('the server declares no semantic tokens');
    return provider.legend;
  }

  /** Shuts the server down the polite way and resolves with its exit code (0 for a server in this process that shut down). */
  /** Shuts the server down; a second call (a test stopped it, then its afterEach) gets the same answer. */
  stop(): Promise<number | null> {
    this.stopping ??= this.shutDown();
    return this.stopping;
  }

  private stopping?: Promise<number | null>;

  private async shutDown(): Promise<number | null> {
    if (!this.child) {
      await this.connection.sendRequest(ShutdownRequest.type);
      // No exit notification: the library would end this process.
      this.connection.dispose();
      this.serverConnection?.dispose();
      return 0;
    }
    const child = this.child;
    const exited = new Promise<number | null>((resolve) => {
      if (child.exitCode !== null) resolve(child.exitCode);
      else child.once('exit', (code) => resolve(code));
    });
    try {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      /* already gone */
    }
    const timer = setTimeout(() => child.kill(), 5000);
    const code = await exited;
    clearTimeout(timer);
    this.connection.dispose();
    return code;
  }
}

export interface DecodedToken {
  line: number;
  character: number;
  length: number;
  type: string;
  modifiers: string[];
  text: string;
}

/** Decodes relative semantic token data into absolute tokens with the text they cover. */
export function decodeTokens(data: number[], legend: SemanticTokensLegend, text: string): DecodedToken[] {
  const lines = lineStarts(text);
  const out: DecodedToken[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    const length = data[i + 2];
    const modifiers = legend.tokenModifiers.filter((_, bit) => (data[i + 4] >> bit) & 1);
    const start = lines[line] + character;
    out.push({ line, character, length, type: legend.tokenTypes[data[i + 3]], modifiers, text: text.slice(start, start + length) });
  }
  return out;
}

/** Applies a semantic tokens delta's edits to a previous data array. */
export function applyTokenEdits(data: number[], edits: { start: number; deleteCount: number; data?: number[] }[]): number[] {
  const out = data.slice();
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out.splice(e.start, e.deleteCount, ...(e.data ?? []));
  return out;
}

export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) continue;
    if (c === 10 || c === 13) starts.push(i + 1);
  }
  return starts;
}

export function positionAt(text: string, offset: number): { line: number; character: number } {
  const starts = lineStarts(text);
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - starts[lo] };
}

export function offsetAt(text: string, pos: { line: number; character: number }): number {
  const starts = lineStarts(text);
  const line = Math.min(pos.line, starts.length - 1);
  return Math.min(starts[line] + pos.character, text.length);
}

export function fileUri(file: string): string {
  return pathToFileURL(file).toString();
}

/** A fresh temporary copy of the sample articles (tests that write sidecars must not touch samples/). */
export function copySamples(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mizan-protocol-'));
  for (const f of fs.readdirSync(SAMPLES_DIR)) if (f.endsWith('.txt')) fs.copyFileSync(path.join(SAMPLES_DIR, f), path.join(dir, f));
  return dir;
}

/** The position of the n-th occurrence (0-based) of `word` standing as a whole word in `text`. */
export function positionOf(text: string, word: string, nth = 0): { line: number; character: number } {
  const letter = /[\p{L}\p{M}]/u;
  let count = -1;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (letter.test(text[at - 1] ?? ' ') || letter.test(text[at + word.length] ?? ' ')) continue;
    if (++count === nth) return positionAt(text, at);
  }
  throw new Error(`«${word}» occurs as a word fewer than ${nth + 1} times`);
}
