// Builds and maintains the workspace index in the background: lists the folder's .txt articles,
// analyses them a paragraph at a time between requests (a few milliseconds per turn), re-indexes
// files that change on disk, and takes the live analysis of open documents instead of the disk.
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import type { Engine } from '../core/analyze';
import { isMostlyArabic } from '../core/text/script';
import { assemble } from '../state/assemble';
import { ChunkedDocument } from '../state/chunkedDocument';
import type { CorpusIndex } from './corpusIndex';

const SKIP_DIRS = new Set(['node_modules', 'out', 'dist']);
const MAX_BYTES = 5 * 1024 * 1024;
const SLICE_MS = 8;

export function listArticles(folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    let entries: fs.Dirent[];
    try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { return; }
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const full = path.join(dir, e.name);
      if (e.isDirectory()) { if (!SKIP_DIRS.has(e.name)) walk(full); } else if (e.isFile() && e.name.endsWith('.txt')) out.push(full);
    }
  };
  walk(folder);
  return out.sort();
}

interface Job { uri: string; text: string; doc: ChunkedDocument; next: number }

export class Indexer {
  private queue: string[] = [];
  private queued = new Set<string>();
  private job?: Job;
  private running = false;
  private idleWaiters: (() => void)[] = [];
  /** Documents open in the editor: their live analysis is indexed instead of the file. */
  readonly open = new Set<string>();

  constructor(private readonly index: CorpusIndex, private readonly engine: () => Engine) {}

  scan(folder: string): void {
    for (const file of listArticles(folder)) this.enqueue(pathToFileURL(file).toString());
  }

  enqueue(uri: string): void {
    if (this.open.has(uri) || this.queued.has(uri)) return;
    this.queued.add(uri);
    this.queue.push(uri);
    this.kick();
  }

  removed(uri: string): void {
    this.queued.delete(uri);
    this.queue = this.queue.filter((u) => u !== uri);
    if (this.job?.uri === uri) this.job = undefined;
    this.index.remove(uri);
  }

  /** The server shuts down: drop what is queued (the turn under way is the last). */
  stop(): void {
    this.queue = [];
    this.queued.clear();
    this.job = undefined;
  }

  /** Resolves when nothing is left to index (for tests and the bench). */
  idle(): Promise<void> {
    if (!this.running && !this.queue.length && !this.job) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  get pending(): number {
    return this.queue.length + (this.job ? 1 : 0);
  }

  private kick(): void {
    if (this.running) return;
    this.running = true;
    setImmediate(() => this.turn());
  }

  private turn(): void {
    const until = performance.now() + SLICE_MS;
    while (performance.now() < until) {
      if (!this.job) {
        const uri = this.queue.shift();
        if (!uri) break;
        this.queued.delete(uri);
        const text = readArticle(uri);
        if (text === undefined || this.open.has(uri)) { if (text === undefined) this.index.remove(uri); continue; }
        this.job = { uri, text, doc: new ChunkedDocument(text, this.engine()), next: 0 };
      }
      const job = this.job;
      const chunks = job.doc.chunks(job.text);
      if (job.next < chunks.length) { job.doc.analyseAt(job.text, chunks, job.next++); continue; }
      this.index.set(job.uri, assemble(job.text, chunks));
      this.job = undefined;
    }
    if (this.job || this.queue.length) { setImmediate(() => this.turn()); return; }
    this.running = false;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }
}

function readArticle(uri: string): string | undefined {
  try {
    const file = fileURLToPath(uri);
    const stat = fs.statSync(file);
    if (!stat.isFile() || stat.size > MAX_BYTES) return undefined;
    const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    return isMostlyArabic(text) ? text : undefined;
  } catch {
    return undefined;
  }
}
