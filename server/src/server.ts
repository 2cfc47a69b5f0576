// Entry of the language server: creates the connection (IPC from the client, stdio in tests), the
// per-document analysis store and the workspace index, and lets each feature module in lsp/
// register its handlers (see FEATURES below).
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import {
  createConnection, DiagnosticSeverity, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, FileChangeType, ProposedFeatures,
  TextDocuments, TextDocumentSyncKind, type InitializeParams, type ServerCapabilities,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Engine } from './core/analyze';
import { fromAnalysis } from './core/annotate/fromAnalysis';
import type { AnnotatedDocument } from './core/annotate/model';
import type { Analysis } from './core/types';
import { loadEngine } from './engine';
import { CorpusIndex } from './corpus/corpusIndex';
import { Indexer } from './corpus/indexer';
import { CACHE_FILE, IndexCache, dataFiles, engineFingerprint } from './corpus/indexCache';
import { indexProgress } from './corpus/indexProgress';
import { MODEL_FILE, findRoot } from './engineEntities';
import { loadKnowledgeBase, type LoadedKb } from './kb/loadKnowledgeBase';
import { registerAnnotations } from './lsp/annotations';
import { articleViewCapabilities, registerArticleView } from './lsp/articleView';
import { registerExport } from './lsp/exportAnnotations';
import { registerImportAndAgree } from './lsp/importAndAgree';
import { codeActionCapabilities, registerCodeActions } from './lsp/codeActions';
import { publishDecorations } from './lsp/decorations';
import { publishDiagnostics } from './lsp/diagnostics';
import { hoverCapabilities, registerHover } from './lsp/hover';
import { inlayHintCapabilities, registerInlayHints } from './lsp/inlayHints';
import { navigationCapabilities, registerNavigation } from './lsp/navigation';
import { registerSemanticTokens, semanticTokensCapabilities } from './lsp/semanticTokens';
import { DocumentSettings } from './lsp/documentSettings';
import type { Services } from './lsp/services';
import { registerSymbols, symbolCapabilities } from './lsp/symbols';
import { IndexCancelRequest, IndexIdleRequest, ServerCommands, ServerReady, type IndexIdleResult, type ServerReadyParams } from './protocol';
import { AnalysisStore } from './state/analysisStore';
import { recordingDocuments, type EditListener } from './state/editLog';

const connection = createConnection(ProposedFeatures.all);
let store: AnalysisStore;
// Edits go to the analysis cache and (once initialised) to the annotation manager, before onDidChangeContent.
let annotationEdits: EditListener | undefined;
const documents = new TextDocuments<TextDocument>(recordingDocuments((uri, edits, full, before, after, afterAt) => {
  store.edited(uri, edits, full);
  annotationEdits?.(uri, edits, full, before, after, afterAt);
}));

let workspaceFolder: string | undefined;
let engine: Engine | undefined;
const getEngine = (): Engine => (engine ??= loadEngine({ workspaceFolder }));
let loadedKb: LoadedKb | undefined;
let clientCan = { configuration: false, semanticRefresh: false, inlayRefresh: false, watchDynamic: false, progress: false };
/** The extension's workspace storage (initializationOptions.storageDir), where the index is kept between openings. */
let storageDir: string | undefined;

const corpus = new CorpusIndex();
const indexer = new Indexer(corpus, getEngine);
indexer.options.progress = indexProgress(connection, () => clientCan.progress, () => indexer.cancel());

/** The stored index for the engine as it now is (its code, model and lists, the workspace's own lists). */
function openIndexCache(): void {
  if (!storageDir || !workspaceFolder) return;
  let root: string;
  try { root = findRoot(); } catch { return; }
  const fingerprint = engineFingerprint([__filename, path.join(root, MODEL_FILE), ...dataFiles(path.join(root, 'server', 'data')),
    path.join(workspaceFolder, '.mizan', 'gazetteer.json'), path.join(workspaceFolder, '.mizan', 'cues.json')]);
  const cache = new IndexCache(path.join(storageDir, CACHE_FILE), fingerprint);
  cache.load();
  indexer.options.cache = cache;
}
store = new AnalysisStore(getEngine, (uri) => documents.get(uri), (uri) => analysed(uri));

// A document's settings arrive after it opened: re-render it if they differ from what it was rendered with.
const settings = new DocumentSettings(
  (uri) => (clientCan.configuration ? connection.workspace.getConfiguration({ scopeUri: uri, section: 'mizan' }) : Promise.resolve(undefined)),
  (uri) => { if (store.ready(uri)) ctx.refresh(uri); },
  (message) => connection.console.warn(message),
);

const machineViews = new WeakMap<Analysis, AnnotatedDocument>();
const ctx: Services = {
  connection,
  documents,
  store,
  corpus,
  kb: () => (loadedKb ??= loadKnowledgeBase(workspaceFolder)).kb,
  settings: (uri) => settings.get(uri),
  decisions: () => undefined,
  analysis: (uri) => store.analysis(uri),
  // Machine suggestions only, until the annotation manager (below) plugs in its merged view.
  annotated: (uri) => {
    const a = store.analysis(uri);
    if (!a) return undefined;
    let view = machineViews.get(a);
    if (!view) machineViews.set(a, (view = fromAnalysis(a)));
    return view;
  },
  refresh: (uri) => {
    publishDecorations(ctx, uri);
    publishDiagnostics(ctx, uri);
    if (clientCan.semanticRefresh) void connection.languages.semanticTokens.refresh();
    if (clientCan.inlayRefresh) void connection.languages.inlayHint.refresh();
  },
};

/** The feature modules: each registers its handlers and declares its capabilities. */
const FEATURES: [ServerCapabilities, (s: Services) => void][] = [
  [semanticTokensCapabilities, registerSemanticTokens],
  [hoverCapabilities, registerHover],
  [navigationCapabilities, registerNavigation],
  [symbolCapabilities, registerSymbols],
  [inlayHintCapabilities, registerInlayHints],
  [codeActionCapabilities, registerCodeActions],
  [articleViewCapabilities, registerArticleView],
  [{}, (s) => registerExport(s, getEngine)],
];
for (const [, register] of FEATURES) register(ctx);

/** A document's analysis is complete for its current version (edits paused): push what depends on it. */
function analysed(uri: string): void {
  publishDecorations(ctx, uri);
  publishDiagnostics(ctx, uri);
  const a = store.analysis(uri);
  if (a) corpus.set(uri, a);
}

function folderOf(params: InitializeParams): string | undefined {
  const uri = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
  if (uri?.startsWith('file:')) return fileURLToPath(uri);
  return params.rootPath ?? undefined;
}

connection.onInitialize((params) => {
  connection.console.log(`Mizan server starting for ${params.clientInfo?.name ?? 'unknown client'}`);
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
  // The annotation manager: the annotator's decisions merged over the machine's suggestions, and
  // the server commands (workspace/executeCommand) that change them.
  const annotations = registerAnnotations(ctx, params);
  registerImportAndAgree(ctx, annotations, getEngine);
  ctx.annotated = annotations.annotated;
  annotationEdits = annotations.edited;
  ctx.decisions = (uri) => {
    const doc = documents.get(uri);
    return doc ? annotations.manager.state(uri, doc.getText()).decisions : undefined;
  };
  let capabilities: ServerCapabilities = {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
    executeCommandProvider: { commands: Object.values(ServerCommands) },
  };
  for (const [c] of FEATURES) capabilities = { ...capabilities, ...c };
  return { capabilities, serverInfo: { name: 'mizan', version: '0.1.0' } };
});

connection.onInitialized(() => {
  let model = false;
  try {
    model = !!getEngine().entities;
  } catch (err) {
    connection.console.error(`Mizan: the engine did not load: ${err instanceof Error ? err.message : String(err)}`);
    engine = {};
  }
  const ready: ServerReadyParams = { version: '0.1.0', model };
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

/** Problems of the user's knowledge base file, as diagnostics on that file and a window message. */
function reportKb(): void {
  const old = loadedKb?.file;
  loadedKb = loadKnowledgeBase(workspaceFolder);
  const { file, text, problems } = loadedKb;
  if (old && old !== file) void connection.sendDiagnostics({ uri: pathToFileURL(old).toString(), diagnostics: [] });
  if (!file) return;
  const at = (offset?: number) => {
    const before = (text ?? '').slice(0, offset ?? 0).split(/\r?\n/);
    return { line: before.length - 1, character: before[before.length - 1].length };
  };
  void connection.sendDiagnostics({
    uri: pathToFileURL(file).toString(),
    diagnostics: problems.map((p) => ({ range: { start: at(p.offset), end: at(p.offset) }, severity: DiagnosticSeverity.Error, source: 'mizan', message: p.message })),
  });
  if (problems.length) {
    void connection.window.showWarningMessage(`Mizan: ${path.basename(file)} has ${problems.length} problem${problems.length === 1 ? '' : 's'} (entries with problems are ignored): ${problems[0].message}`);
  }
}

connection.onDidChangeWatchedFiles((params) => {
  for (const change of params.changes) {
    const uri = change.uri;
    if (/\/\.mizan\/entities\.json$/.test(uri)) { reportKb(); continue; }
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

documents.onDidOpen((e) => {
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
  if (uri.startsWith('file:')) indexer.enqueue(uri); else corpus.remove(uri);
});

/** For the bench and tests: wait until the workspace index has caught up. */
connection.onRequest(IndexCancelRequest.type, () => { indexer.cancel(); });
connection.onRequest(IndexIdleRequest.type, async (): Promise<IndexIdleResult> => {
  await indexer.idle();
  return { files: corpus.size, ...indexer.counts };
});

documents.listen(connection);
connection.listen();
