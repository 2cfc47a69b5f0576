// Wires the annotation manager into the server: loads sidecars as articles open, keeps spans on
// the text as it changes, answers mizan/annotations and mizan/nextUntagged, and provides the
// annotated view (ctx.annotated) that every editor feature renders.
import * as os from 'os';
import type { InitializeParams } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fromAnalysis } from '../core/annotate/fromAnalysis';
import type { AnnotatedDocument } from '../core/annotate/model';
import type { Analysis } from '../core/types';
import { AnnotationManager, type Current } from '../annotations/manager';
import { AnnotationsChanged, AnnotationsRequest, NextUntaggedRequest, SidecarError, type AnnotationsChangedParams, type AnnotationsResult, type InitializationOptions, type NextUntaggedResult, type SidecarErrorParams } from '../protocol';
import { readAuthor } from '../settings';
import type { ServerContext } from './context';
import { itemOf, itemsOf, progressOf, type CanonicalOf } from './annotationItems';
import { clusterOf } from './lookup';
import { registerAnnotationCommands } from './commands';
import { watchSidecars } from './sidecarWatch';
import { t } from '../messages';
import type { EditListener } from '../state/editLog';

export interface AnnotationService {
  manager: AnnotationManager;
  /** Machine suggestions of the latest analysis merged with the sidecar's decisions. */
  annotated(uri: string): AnnotatedDocument | undefined;
  /** The text and suggestions a command works on, read when the command runs. */
  current(doc: TextDocument): Current;
  /** The editor's edits of an open document (see AnnotationManager.edited). */
  edited: EditListener;
  /** After a change: re-render the document and tell the client. */
  changed(uri: string): void;
}

const EMPTY_MACHINE: AnnotatedDocument = { entities: [], claims: [] };

/** Trust and author from the client's initializationOptions (InitializationOptions; anything may be missing or of the wrong type). */
const canonicalIn = (analysis: Analysis | undefined): CanonicalOf | undefined => analysis && ((e) => clusterOf(analysis, e)?.canonical.replace(/\s+/g, ' '));

export function annotationOptions(init: InitializeParams | undefined): { writable: boolean; author: string } {
  const options = (init?.initializationOptions ?? {}) as { [K in keyof InitializationOptions]?: unknown };
  let author = readAuthor(options.author) ?? '';
  if (!author) {
    try {
      author = os.userInfo().username;
    } catch {
      author = 'unknown';
    }
  }
  return { writable: options.trusted !== false, author };
}

/**
 * Registers the annotation commands and requests. `params` are the initialize params (trust,
 * author), or a function giving them when handlers are registered before the client sent them.
 */
export function registerAnnotations(ctx: ServerContext, params: InitializeParams | (() => InitializeParams | undefined) | undefined): AnnotationService {
  const { connection, documents } = ctx;
  const init = typeof params === 'function' ? params : () => params;
  const manager = new AnnotationManager({
    get writable() {
      return annotationOptions(init()).writable;
    },
    get author() {
      return annotationOptions(init()).author;
    },
    get locale() {
      return ctx.locale();
    },
    onBroken(uri, sidecar, message) {
      const params: SidecarErrorParams = { uri, sidecar, message };
      void connection.sendNotification(SidecarError.type, params);
      connection.console.error(`Mizan: annotating ${uri} is paused: ${message}`);
    },
  });
  // One machine view per analysis, so that the manager's merged view is reused until either changes.
  const machines = new WeakMap<Analysis, AnnotatedDocument>();
  const machineOf = (uri: string): AnnotatedDocument => {
    const analysis = ctx.analysis(uri);
    if (!analysis) return EMPTY_MACHINE;
    let machine = machines.get(analysis);
    if (!machine) machines.set(analysis, (machine = fromAnalysis(analysis)));
    return machine;
  };
  const annotated = (uri: string): AnnotatedDocument | undefined => {
    const doc = documents.get(uri);
    return doc ? manager.view(uri, doc.getText(), machineOf(uri)) : undefined;
  };
  const service: AnnotationService = {
    manager,
    annotated,
    edited: (uri, edits, full, before, after) => {
      if (!full) manager.edited(uri, before, edits, after);
    },
    current: (doc) => () => ({ text: (documents.get(doc.uri) ?? doc).getText(), machine: machineOf(doc.uri) }),
    changed(uri) {
      ctx.refresh(uri);
      const view = annotated(uri);
      if (!view) return;
      const params: AnnotationsChangedParams = { uri, progress: progressOf(view) };
      void connection.sendNotification(AnnotationsChanged.type, params);
    },
  };

  documents.onDidOpen((e) => {
    const uri = e.document.uri;
    const { unreadable } = manager.state(uri, e.document.getText());
    if (unreadable) {
      connection.console.warn(`Mizan: annotating is paused: ${unreadable}`);
      void connection.window.showWarningMessage(t(ctx.locale(), 'window.paused', unreadable));
    }
    void manager.tidy(uri).then((n) => {
      if (n) connection.console.log(`Mizan: removed ${n} temp file(s) a killed writer left beside the sidecar of ${uri}`);
    });
    void manager
      .adopt(uri, () => documents.get(uri)?.getText())
      .then((from) => {
        if (!from) return;
        connection.console.log(`Mizan: ${uri} was renamed outside the editor: its annotations were found in ${from} and moved with it`);
        service.changed(uri);
      });
  });
  documents.onDidChangeContent((e) => {
    manager.state(e.document.uri, e.document.getText());
  });
  documents.onDidClose((e) => manager.close(e.document.uri));
  documents.onDidSave((e) => {
    void manager.saved(e.document.uri, e.document.getText());
  });

  connection.onRequest(AnnotationsRequest.type, (params): AnnotationsResult | null => {
    const doc = documents.get(params.uri);
    let view = doc && annotated(params.uri);
    if (!doc || !view) return null;
    // The client asks when an article becomes active: the moment to notice a sidecar changed outside.
    if (manager.reread(doc.uri, doc.getText())) {
      service.changed(doc.uri);
      view = annotated(params.uri)!;
    }
    const state = manager.state(doc.uri, doc.getText());
    return {
      uri: doc.uri,
      items: itemsOf(doc, view, params.includeRejected === true, canonicalIn(ctx.analysis(doc.uri))),
      progress: progressOf(view),
      ...(view.article ? { article: view.article } : {}),
      ...(state.paused || state.unreadable ? { paused: state.paused ?? state.unreadable } : {}),
      writable: manager.writable,
    };
  });

  connection.onRequest(NextUntaggedRequest.type, (params): NextUntaggedResult => {
    const doc = documents.get(params.uri);
    const view = doc && annotated(params.uri);
    if (!doc || !view) return null;
    const untagged = view.claims.filter((c) => !c.orphaned && !c.stance);
    if (!untagged.length) return null;
    const offset = doc.offsetAt(params.position);
    const here = view.claims.find((c) => !c.orphaned && c.start <= offset && offset < c.end);
    const pick = params.direction === 'previous' ? ([...untagged].reverse().find((c) => c.start < (here ? here.start : offset)) ?? untagged[untagged.length - 1]) : (untagged.find((c) => c.start > offset) ?? untagged[0]);
    return itemOf(doc, pick);
  });

  registerAnnotationCommands(ctx, service);
  watchSidecars(ctx, service);
  return service;
}
