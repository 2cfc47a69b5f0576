// The analysis of every open document, cached per version. Opening a document splits it into
// paragraphs; the paragraphs are analysed in the background a few at a time (requests are answered
// in between), or at once for whoever needs the whole analysis now. Edits re-analyse only what they
// touched (see ChunkedDocument).
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CancellationToken } from 'vscode-languageserver/node';
import type { Engine } from '../core/analyze';
import type { Analysis } from '../core/types';
import { assemble } from './assemble';
import type { Chunk } from './chunk';
import { ChunkedDocument } from './chunkedDocument';
import type { TextEdit } from './editLog';
import { nextSlice, runSlice } from './timeSlice';

interface Entry {
  doc?: ChunkedDocument;
  assembled?: { version: number; analysis: Analysis };
  scheduled?: boolean;
  timer?: NodeJS.Timeout;
  /** The last version onComplete was called for. */
  notified?: number;
}

/**
 * How long one background slice may run before yielding to pending requests: about one paragraph.
 * A request is read, handled and answered in separate turns of the event loop, and a slice runs
 * between each, so a long slice delays the answer several times over (opening a long article, the
 * first screen's tokens waited for three 8 ms slices that overran to 10–27 ms).
 */
const SLICE_MS = 1;
/** Quiet time after the last edit before the whole-document results (diagnostics, decorations, index) are pushed: longer for long articles, whose whole-document pass costs more. */
const settleMs = (length: number) => 150 + Math.round(length / 2000);

export class AnalysisStore {
  private entries = new Map<string, Entry>();
  private waiters = new Map<string, (() => void)[]>();

  constructor(
    private engine: () => Engine,
    private readonly getDocument: (uri: string) => TextDocument | undefined,
    /** Called when a document's whole analysis is ready for its current version (background work done). */
    private readonly onComplete: (uri: string, version: number) => void,
  ) {}

  open(uri: string): void {
    this.entries.set(uri, {});
    this.schedule(uri);
  }

  close(uri: string): void {
    clearTimeout(this.entries.get(uri)?.timer);
    this.entries.delete(uri);
    this.wake(uri);
  }

  /** Resolves true once every paragraph of the current version is analysed, false if the request was cancelled first. */
  settled(uri: string, token?: CancellationToken): Promise<boolean> {
    if (!this.entries.has(uri) || this.chunksReady(uri)) return Promise.resolve(true);
    return new Promise<boolean>((resolve) => {
      const sub = token?.onCancellationRequested(() => {
        sub?.dispose();
        resolve(false);
      });
      const list = this.waiters.get(uri) ?? [];
      list.push(() => {
        sub?.dispose();
        resolve(!token?.isCancellationRequested);
      });
      this.waiters.set(uri, list);
      this.schedule(uri);
    });
  }

  private wake(uri: string): void {
    const list = this.waiters.get(uri);
    this.waiters.delete(uri);
    for (const w of list ?? []) w();
  }

  /** The server shuts down: no background work, no timer, nobody left waiting. */
  dispose(): void {
    for (const uri of [...this.entries.keys()]) this.close(uri);
  }

  /** The engine changed (user lists edited): forget every result. */
  reset(): void {
    for (const uri of this.entries.keys()) {
      this.entries.set(uri, {});
      this.schedule(uri);
    }
  }

  edited(uri: string, edits: TextEdit[], full: boolean): void {
    const e = this.entries.get(uri);
    if (!e) return;
    e.assembled = undefined;
    if (full || !e.doc) e.doc = undefined;
    else e.doc.edit(edits);
    this.schedule(uri);
  }

  private chunked(uri: string, text: string): ChunkedDocument {
    const e = this.entries.get(uri) ?? {};
    if (!this.entries.has(uri)) this.entries.set(uri, e);
    if (!e.doc) e.doc = new ChunkedDocument(text, this.engine());
    try {
      e.doc.chunks(text);
    } catch {
      // Out of step with the text (should not happen): start again from the text.
      e.doc = new ChunkedDocument(text, this.engine());
    }
    return e.doc;
  }

  /** The whole analysis of the document's current version (analyses whatever is left, now). */
  analysis(uri: string): Analysis | undefined {
    const td = this.getDocument(uri);
    if (!td) return undefined;
    const e = this.entries.get(uri);
    if (e?.assembled && e.assembled.version === td.version) return e.assembled.analysis;
    const text = td.getText();
    const doc = this.chunked(uri, text);
    const analysis = assemble(text, doc.analyse(text));
    this.entries.get(uri)!.assembled = { version: td.version, analysis };
    return analysis;
  }

  /** The paragraphs overlapping [start, end), analysed (what a visible range needs first). */
  chunksIn(uri: string, start: number, end: number): Chunk[] {
    const td = this.getDocument(uri);
    if (!td) return [];
    const text = td.getText();
    const doc = this.chunked(uri, text);
    const chunks = doc.chunks(text);
    const from = firstEndingAfter(chunks, start);
    let to = from;
    while (to < chunks.length && chunks[to].start < end) to++;
    doc.analyse(text, from, to);
    return chunks.slice(from, to);
  }

  /** The paragraphs of the current version as the analysis splits them, none analysed now. */
  paragraphs(uri: string): { text: string; version: number; chunks: Chunk[] } | undefined {
    const td = this.getDocument(uri);
    if (!td) return undefined;
    const text = td.getText();
    return { text, version: td.version, chunks: this.chunked(uri, text).chunks(text) };
  }

  /** The paragraphs of the current version, every one analysed (only what edits left pending is analysed now). */
  analysedChunks(uri: string): { text: string; chunks: Chunk[] } | undefined {
    const td = this.getDocument(uri);
    if (!td) return undefined;
    const text = td.getText();
    return { text, chunks: this.chunked(uri, text).analyse(text) };
  }

  /** True when every paragraph of the current version is analysed. */
  chunksReady(uri: string): boolean {
    const td = this.getDocument(uri);
    const e = this.entries.get(uri);
    if (!td || !e) return false;
    if (e.assembled?.version === td.version) return true;
    const text = td.getText();
    return this.chunked(uri, text).nextPending(text) < 0;
  }

  /** True when the current version is fully analysed and assembled. */
  ready(uri: string): boolean {
    const td = this.getDocument(uri);
    const e = this.entries.get(uri);
    return !!td && !!e?.assembled && e.assembled.version === td.version;
  }

  private schedule(uri: string): void {
    const e = this.entries.get(uri);
    if (!e || e.scheduled) return;
    e.scheduled = true;
    nextSlice(() => this.step(uri));
  }

  private step(uri: string): void {
    const e = this.entries.get(uri);
    const td = this.getDocument(uri);
    if (!e || !td) return;
    e.scheduled = false;
    if (e.assembled?.version === td.version) {
      this.finish(uri, e, td.version);
      return;
    }
    const text = td.getText();
    const doc = this.chunked(uri, text);
    const chunks = doc.chunks(text);
    let i = doc.nextPending(text);
    const more =
      i >= 0 &&
      runSlice(SLICE_MS, () => {
        doc.analyseAt(chunks, i);
        i = doc.nextPending(text, i + 1);
        return i >= 0;
      });
    if (more) {
      this.schedule(uri);
      return;
    }
    this.finish(uri, e, td.version);
  }

  /** Every paragraph is analysed: answer whoever waits, and push the whole-document results once edits pause. */
  private finish(uri: string, e: Entry, version: number): void {
    this.wake(uri);
    if (e.notified === version) return;
    clearTimeout(e.timer);
    e.timer = setTimeout(
      () => {
        const td = this.getDocument(uri);
        if (!td || td.version !== version || this.entries.get(uri) !== e) return;
        e.notified = version;
        this.analysis(uri);
        this.onComplete(uri, version);
      },
      e.notified === undefined ? 0 : settleMs(this.getDocument(uri)?.getText().length ?? 0),
    );
  }
}

function firstEndingAfter(chunks: Chunk[], offset: number): number {
  let lo = 0;
  let hi = chunks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (chunks[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
