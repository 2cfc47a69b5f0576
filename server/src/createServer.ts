// The language server over any connection: the IPC or stdio one of the real bundle (server.ts),
// or an in-memory one that a test creates in-process. Creates the per-document analysis store,
// the annotation manager and the workspace index, and lets each feature module in lsp/ register
// its handlers (see FEATURES). Every piece of state lives in this closure: two servers in one
// process share nothing.
import * as path from 'path';
import { fileURLToPath } from 'url';
import { DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, FileChangeType, TextDocuments, TextDocumentSyncKind, type Connection, type InitializeParams, type ServerCapabilities } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { version } from '../../package.json';
import type { Engine } from './core/analyze';
import { CorpusIndex } from './corpus/corpusIndex';
import { Indexer } from './corpus/indexer';
import { CACHE_FILE, IndexCache, dataFiles, engineFingerprint } from './corpus/indexCache';
import { indexProgress } from './corpus/indexProgress';
import { MODEL_FILE, findRoot } from './engineEntities';
import { loadEngine } from './engine';
import { loadKnowledgeBase, type LoadedKb } from './kb/loadKnowledgeBase';
import { registerAnnotations } from './lsp/annotations';
import { articleViewCapabilities, registerArticleView } from './lsp/articleView';
import { registerExport } from './lsp/exportAnnotations';
import { fileOperationCapabilities, registerFileOperations } from './lsp/fileOperations';
import { registerFolderProgress } from './lsp/folderProgress';
import { beyondCeiling, EDITOR_MAX_CHARS } from './lsp/bigArticles';
import { t } from './messages';
import { registerImportAndAgree } from './lsp/importAndAgree';
import { codeActionCapabilities, registerCodeActions } from './lsp/codeActions';
import { publishDecorations } from './lsp/decorations';
import { publishDiagnostics } from './lsp/diagnostics';
import { DocumentSettings } from './lsp/documentSettings';
import { hoverCapabilities, registerHover } from './lsp/hover';
import { inlayHintCapabilities, registerInlayHints } from './lsp/inlayHints';
import { reportKnowledgeBase } from './lsp/knowledgeBaseProblems';
import { navigationCapabilities, registerNavigation } from './lsp/navigation';
import { registerSemanticTokens, semanticTokensCapabilities } from './lsp/semanticTokens';
import type { Services } from './lsp/services';
import { registerSymbols, symbolCapabilities } from './lsp/symbols';
import { IndexCancelRequest, IndexIdleRequest, ServerCommands, ServerReady, type IndexIdleResult, type ServerReadyParams } from './protocol';
import { AnalysisStore } from './state/analysisStore';
import { recordingDocuments, type EditListener } from './state/editLog';

export interface ServerOptions {
  /** Builds the engine (model, lexicons) for a workspace folder; loadEngine by default. */
  loadEngine?: (workspaceFolder: string | undefined) => Engine;
}

/** The feature modules: each registers its handlers and declares its capabilities. */
const FEATURES: [ServerCapabilities, (s: Services, engine: () => Engine) => void][] = [
  [semanticTokensCapabilities, registerSemanticTokens],
  [hoverCapabilities, registerHover],
  [navigationCapabilities, registerNavigation],
  [symbolCapabilities, registerSymbols],
  [inlayHintCapabilities, registerInlayHints],
  [codeActionCapabilities, registerCodeActions],
  [articleViewCapabilities, registerArticleView],
  [{}, registerExport],
];

function folderOf(params: InitializeParams): string | undefined {
  const uri = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
  if (uri?.startsWith('file:')) return fileURLToPath(uri);
  return params.rootPath ?? undefined;
}

/** Registers every handler on the connection; the caller then calls connection.listen(). */
export function createServer(connection: Connection, options: ServerOptions = {}): { connection: Connection; listen(): void } {
  const load = options.loadEngine ?? ((workspaceFolder) => loadEngine({ workspaceFolder }));
  let initParams: InitializeParams | undefined;
  let locale: string | undefined;
  let workspaceFolder: string | undefined;
  let engine: Engine | undefined;
  const getEngine = (): Engine => (engine ??= load(workspaceFolder));
  let loadedKb: LoadedKb | undefined;
  let clientCan = { configuration: false, semanticRefresh: false, inlayRefresh: false, watchDynamic: false, progress: false };
  /** The extension's workspace storage (initializationOptions.storageDir), where the index is kept between openings. */
  let storageDir: string | undefined;

  // Edits go to the analysis cache and to the annotation manager, before onDidChangeContent.
  // eslint-disable-next-line prefer-const -- set below, once the annotation manager exists; the listener reads it from here
  let annotationEdits: EditListener | undefined;
  const documents = new TextDocuments<TextDocument>(
    recordingDocuments((uri, edits, full, before, after, afterAt) => {
      store.edited(uri, edits, full);
      annotationEdits?.(uri, edits, full, before, after, afterAt);
    }),
  );
  const corpus = new CorpusIndex();
  const indexer = new Indexer(corpus, getEngine);
  indexer.options.progress = indexProgress(
    connection,
    () => clientCan.progress,
    () => indexer.cancel(),
  );
  indexer.options.skipped = (message) => connection.console.warn(`Mizan: ${message}`);

  /** The stored index for the engine as it now is (its code, model and lists, the workspace's own lists). */
  const openIndexCache = (): void => {
    if (!storageDir || !workspaceFolder) return;
    let root: string;
    try {
      root = findRoot();
    } catch {
      return;
    }
    const fingerprint = engineFingerprint([
      __filename,
      path.join(root, MODEL_FILE),
      ...dataFiles(path.join(root, 'server', 'data')),
      path.join(workspaceFolder, '.mizan', 'gazetteer.json'),
      path.join(workspaceFolder, '.mizan', 'cues.json'),
    ]);
    const cache = new IndexCache(path.join(storageDir, CACHE_FILE), fingerprint);
    cache.load();
    indexer.options.cache = cache;
  };
  // An article beyond the editor's ceiling is not analysed: to the store it is not there.
  const store: AnalysisStore = new AnalysisStore(
    getEngine,
    (uri) => {
      const d = documents.get(uri);
      return d && !beyondCeiling(d) ? d : undefined;
    },
    (uri) => analysed(uri),
  );

  // A document's settings arrive after it opened: re-render it if they differ from what it was rendered with.
  const settings = new DocumentSettings(
    (uri) => (clientCan.configuration ? connection.workspace.getConfiguration({ scopeUri: uri, section: 'mizan' }) : Promise.resolve(undefined)),
    (uri) => {
      if (store.ready(uri)) ctx.refresh(uri);
    },
    (message) => connection.console.warn(message),
  );

  const ctx: Services = {
    connection,
    documents,
    locale: () => locale,
    store,
    corpus,
    kb: () => (loadedKb ??= loadKnowledgeBase(workspaceFolder)).kb,
    settings: (uri) => settings.get(uri),
    analysis: (uri) => store.analysis(uri),
    // Set below, once the annotation manager exists (it needs ctx for its own notifications).
    annotated: () => undefined,
    decisions: () => undefined,
    refresh: (uri) => {
      publishDecorations(ctx, uri);
      publishDiagnostics(ctx, uri);
      if (clientCan.semanticRefresh) void connection.languages.semanticTokens.refresh();
      if (clientCan.inlayRefresh) void connection.languages.inlayHint.refresh();
    },
  };

  /** Tells the client the folder's progress may have changed (set once the folder's progress is registered). */
  let folderChanged = (): void => undefined;

  /** A document's analysis is complete for its current version (edits paused): push what depends on it. */
  function analysed(uri: string): void {
    publishDecorations(ctx, uri);
    publishDiagnostics(ctx, uri);
    const a = store.analysis(uri);
    if (a) corpus.set(uri, a);
    folderChanged();
  }

  for (const [, register] of FEATURES) register(ctx, getEngine);
  // The analysis store and the index hear of a document before the annotation manager does.
  documents.onDidOpen((e) => {
    if (beyondCeiling(e.document)) {
      const name = decodeURIComponent(e.document.uri.slice(e.document.uri.lastIndexOf('/') + 1));
      const millions = (n: number) => (n / 1e6).toFixed(1);
      void connection.window.showWarningMessage(t(locale, 'window.tooBig', name, millions(e.document.getText().length), millions(EDITOR_MAX_CHARS), 'mizan analyze'));
    }
    indexer.open.add(e.document.uri);
    store.open(e.document.uri);
    void settings.load(e.document.uri);
  });
  documents.onDidClose((e) => {
    const uri = e.document.uri;
    indexer.open.delete(uri);
    store.close(uri);
    settings.forget(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
    if (uri.startsWith('file:')) indexer.enqueue(uri);
    else corpus.remove(uri);
  });

  // The annotation manager: the annotator's decisions merged over the machine's suggestions, and
  // the server commands (workspace/executeCommand) that change them. Trust and author are read
  // from the initialize params when a command runs.
  const annotations = registerAnnotations(ctx, () => initParams);
  registerImportAndAgree(ctx, annotations, getEngine);
  registerFileOperations(ctx, annotations);
  ctx.annotated = annotations.annotated;
  annotationEdits = annotations.edited;
  const folder = registerFolderProgress(ctx, annotations, getEngine);
  folderChanged = folder.changed;
  const reportIndex = indexer.options.progress;
  indexer.options.progress = (p) => {
    reportIndex?.(p);
    folder.changed();
  };
  ctx.decisions = (uri) => {
    const doc = documents.get(uri);
    return doc ? annotations.manager.state(uri, doc.getText()).decisions : undefined;
  };

  connection.onInitialize((params) => {
    connection.console.log(`Mizan server starting for ${params.clientInfo?.name ?? 'unknown client'}`);
    initParams = params;
    locale = params.locale;
    workspaceFolder = folderOf(params);
    const caps = params.capabilities;
    clientCan = {
      configuration: !!caps.workspace?.configuration,
      semanticRefresh: !!caps.workspace?.semanticTokens?.refreshSupport,
      inlayRefresh: !!caps.workspace?.inlayHint?.refreshSupport,
      watchDynamic: !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration,
      progress: !!caps.window?.workDoneProgress,
    };
    const dir = (params.initializationOptions as { storageDir?: unknown } | undefined)?.storageDir;
    storageDir = typeof dir === 'string' && dir ? dir : undefined;
    let capabilities: ServerCapabilities = {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      executeCommandProvider: { commands: Object.values(ServerCommands) },
    };
    // Semantic tokens go only to a client that asks for them: VS Code's client drops the request,
    // because its renderer reorders a line of Arabic at every token edge (its marks come as decorations).
    for (const [c] of FEATURES) if (c !== semanticTokensCapabilities || caps.textDocument?.semanticTokens) capabilities = { ...capabilities, ...c };
    capabilities = { ...capabilities, workspace: { ...capabilities.workspace, ...fileOperationCapabilities.workspace } };
    return { capabilities, serverInfo: { name: 'mizan', version } };
  });

  connection.onInitialized(() => {
    let model = false;
    try {
      model = !!getEngine().entities;
    } catch (err) {
      connection.console.error(`Mizan: the engine did not load: ${err instanceof Error ? err.message : String(err)}`);
      engine = {};
    }
    const ready: ServerReadyParams = { version, model };
    void connection.sendNotification(ServerReady.type, ready);
    connection.console.log('Mizan server ready');
    if (clientCan.configuration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'mizan' });
      void settings.reloadAll(documents.all().map((d) => d.uri));
    }
    if (clientCan.watchDynamic) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/.mizan/*.json' }] });
    }
    reportKb();
    openIndexCache();
    if (workspaceFolder) indexer.scan(workspaceFolder);
  });

  connection.onDidChangeConfiguration(async () => {
    await settings.reloadAll(documents.all().map((d) => d.uri));
    for (const d of documents.all()) if (store.ready(d.uri)) ctx.refresh(d.uri);
  });

  const reportKb = (): void => {
    const before = loadedKb;
    loadedKb = loadKnowledgeBase(workspaceFolder);
    reportKnowledgeBase(connection, before, loadedKb, locale);
  };

  connection.onDidChangeWatchedFiles((params) => {
    for (const change of params.changes) {
      const uri = change.uri;
      if (/\/\.mizan\/entities\.json$/.test(uri)) {
        reportKb();
        continue;
      }
      if (/\/\.mizan\/(gazetteer|cues)\.json$/.test(uri)) {
        engine = undefined;
        store.reset();
        openIndexCache();
        if (workspaceFolder) indexer.scan(workspaceFolder);
        continue;
      }
      if (!uri.endsWith('.txt')) continue;
      if (change.type === FileChangeType.Deleted) indexer.removed(uri);
      else indexer.enqueue(uri);
    }
  });

  /** For the bench and tests: wait until the workspace index has caught up. */
  connection.onRequest(IndexCancelRequest.type, () => {
    indexer.cancel();
  });
  connection.onRequest(IndexIdleRequest.type, async (): Promise<IndexIdleResult> => {
    await indexer.idle();
    return { files: corpus.size, ...indexer.counts };
  });

  // After shutdown nothing more is sent: a server in a test process would otherwise go on
  // analysing and write to a closed connection.
  // A command still writing a sidecar is let finish: its lock released, its temp file renamed.
  connection.onShutdown(async () => {
    await annotations.manager.idle();
    store.dispose();
    indexer.stop();
    await indexer.flush();
  });

  documents.listen(connection);
  return { connection, listen: () => connection.listen() };
}
