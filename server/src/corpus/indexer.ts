// Builds and maintains the workspace index in the background: lists the folder's .txt articles,
// analyses them a paragraph at a time between requests (a few milliseconds per turn), re-indexes
// files that change on disk, and takes the live analysis of open documents instead of the disk.
// An article whose text is as it was when last indexed (same content hash, same engine) is taken
// from the stored index (indexCache.ts) instead of being analysed again.
import * as fs from 'fs';
import { fileURLToPath, pathToFileURL } from 'url';
import { listArticles, readIndexedArticle } from '../articles/articleFiles';
import type { Engine } from '../core/analyze';
import { assemble } from '../state/assemble';
import { ChunkedDocument } from '../state/chunkedDocument';
import { nextSlice, runSlice } from '../state/timeSlice';
import type { CorpusIndex } from './corpusIndex';
import { contentHash, fileStamp, type IndexCache } from './indexCache';

const SLICE_MS = 8;

interface Job {
  uri: string;
  text: string;
  hash: string;
  stamp: string;
  doc: ChunkedDocument;
  next: number;
}

/** How far the index is: articles done (analysed or taken from storage) of those queued since it was last idle. */
export interface IndexProgress {
  done: number;
  total: number;
  fromStorage: number;
}

export interface IndexerOptions {
  cache?: IndexCache;
  /** Called as articles are done (at most every 200 ms), and once with done === total when idle. */
  progress?: (p: IndexProgress) => void;
  /** Told of an article left out because it cannot be read as the CLI reads it (not UTF-8), or is too long to index. */
  skipped?: (message: string) => void;
}

/**
 * Newly analysed articles, and milliseconds, between saves of the stored index during a long first
 * index (so that an interrupted one keeps most of its work; each save writes the whole file).
 */
const SAVE_EVERY = 500;
const SAVE_MS = 30_000;

export class Indexer {
  private queue: string[] = [];
  private queued = new Set<string>();
  private job?: Job;
  private running = false;
  private idleWaiters: (() => void)[] = [];
  /** Documents open in the editor: their live analysis is indexed instead of the file. */
  readonly open = new Set<string>();

  /** Since the start: articles analysed, and taken unchanged from the stored index. */
  readonly counts = { analysed: 0, restored: 0 };
  private scanned?: Set<string>;
  private done = 0;
  private total = 0;
  private fromStorage = 0;
  private sinceSave = 0;
  private lastReport = 0;
  private savedAt = performance.now();
  /** The save under way, if any: idle() and flush() wait for it. */
  private saving?: Promise<void>;

  constructor(
    private readonly index: CorpusIndex,
    private readonly engine: () => Engine,
    readonly options: IndexerOptions = {},
  ) {}

  scan(folder: string): void {
    const uris = listArticles(folder, { passOverUnreadable: true }).map((file) => pathToFileURL(file).toString());
    this.scanned = new Set(uris);
    for (const uri of uris) this.enqueue(uri);
  }

  /** Stops indexing what is queued (the index keeps what is done; a later scan or change goes on). */
  cancel(): void {
    for (const uri of this.queue) this.queued.delete(uri);
    this.queue = [];
    this.job = undefined;
    this.scanned = undefined;
  }

  enqueue(uri: string): void {
    if (this.open.has(uri) || this.queued.has(uri)) return;
    this.queued.add(uri);
    this.queue.push(uri);
    this.total++;
    this.kick();
  }

  removed(uri: string): void {
    this.queued.delete(uri);
    this.queue = this.queue.filter((u) => u !== uri);
    if (this.job?.uri === uri) this.job = undefined;
    this.index.remove(uri);
    this.options.cache?.drop(uri);
  }

  /** The server shuts down: drop what is queued (the turn under way is the last). */
  stop(): void {
    this.queue = [];
    this.queued.clear();
    this.job = undefined;
  }

  /** Resolves when nothing is left to index (for tests and the bench). */
  idle(): Promise<void> {
    if (!this.running && !this.queue.length && !this.job) return this.saving ?? Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  get pending(): number {
    return this.queue.length + (this.job ? 1 : 0);
  }

  private kick(): void {
    if (this.running) return;
    this.running = true;
    nextSlice(() => this.turn());
  }

  private turn(): void {
    runSlice(SLICE_MS, () => this.step());
    if (this.job || this.queue.length) {
      this.report(false);
      nextSlice(() => this.turn());
      return;
    }
    this.running = false;
    // A whole scan is done: entries of files no longer in the folder go.
    if (this.scanned) {
      this.options.cache?.keepOnly(this.scanned);
      this.scanned = undefined;
    }
    this.report(true);
    this.done = this.total = this.fromStorage = 0;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    void this.save().then(() => {
      for (const w of waiters) w();
    });
  }

  /** One article taken from the queue, or one paragraph of the one under way; false when nothing is left. */
  private step(): boolean {
    const cache = this.options.cache;
    if (!this.job) {
      const uri = this.queue.shift();
      if (!uri) return false;
      this.queued.delete(uri);
      if (this.open.has(uri)) {
        this.done++;
        return true;
      }
      const stamp = stampOf(uri);
      const unchanged = stamp && cache?.getByStamp(uri, stamp);
      if (unchanged) {
        this.restored(uri, unchanged);
        return true;
      }
      const text = stamp ? readIndexedArticle(fileURLToPath(uri), this.options.skipped) : undefined;
      if (text === undefined) {
        this.index.remove(uri);
        this.done++;
        return true;
      }
      const hash = contentHash(text);
      const stored = cache?.get(uri, hash, stamp);
      if (stored) {
        this.restored(uri, stored);
        return true;
      }
      this.job = { uri, text, hash, stamp: stamp!, doc: new ChunkedDocument(text, this.engine()), next: 0 };
    }
    const job = this.job;
    const chunks = job.doc.chunks(job.text);
    if (job.next < chunks.length) {
      job.doc.entitiesAt(chunks, job.next++);
      return true;
    }
    this.index.set(job.uri, assemble(job.text, chunks));
    cache?.put(job.uri, job.hash, job.stamp, this.index.stored(job.uri)!);
    this.job = undefined;
    this.done++;
    this.counts.analysed++;
    if (++this.sinceSave >= SAVE_EVERY && performance.now() - this.savedAt >= SAVE_MS) void this.save();
    return true;
  }

  private restored(uri: string, stored: Parameters<CorpusIndex['restore']>[1]): void {
    this.index.restore(uri, stored);
    this.done++;
    this.fromStorage++;
    this.counts.restored++;
  }

  /** Resolves when what is indexed so far is stored (at shutdown). */
  flush(): Promise<void> {
    return this.save();
  }

  private save(): Promise<void> {
    this.sinceSave = 0;
    this.savedAt = performance.now();
    const cache = this.options.cache;
    if (!cache) return Promise.resolve();
    // Storage is a convenience: a full disk or a read-only folder costs the next opening its speed, nothing else.
    const saving = cache.save().catch(() => undefined);
    this.saving = saving;
    void saving.then(() => {
      if (this.saving === saving) this.saving = undefined;
    });
    return saving;
  }

  private report(finished: boolean): void {
    const now = performance.now();
    if (!this.options.progress || (!finished && now - this.lastReport < 200)) return;
    this.lastReport = now;
    this.options.progress({ done: finished ? this.total : this.done, total: this.total, fromStorage: this.fromStorage });
  }
}

/** The size and modification time of a file, or undefined when it is not one. */
function stampOf(uri: string): string | undefined {
  try {
    const stat = fs.statSync(fileURLToPath(uri));
    return stat.isFile() ? fileStamp(stat) : undefined;
  } catch {
    return undefined;
  }
}
