// The folder's progress for the Annotations view: claims tagged in each article and in all. An open
// article counts from its live view; a closed one with a sidecar from its decisions merged over the
// engine's claims (as an export reads it), kept until the article or its sidecar changes on disk. A
// closed one without a sidecar has none tagged, and its claims are counted in the background, a
// paragraph at a time between requests (the workspace index finds only entities, for speed), once
// the client first asks: the answer says how many articles are still being counted, and the client
// is told (FolderChanged) as counts come in.
import * as fs from 'fs';
import type { Engine } from '../core/analyze';
import { exportInputOf } from '../annotations/articleOnDisk';
import { readIndexedArticle } from '../articles/articleFiles';
import { FolderChanged, FolderProgressRequest, type ArticleProgress, type FolderProgressResult, type Progress } from '../protocol';
import { ChunkedDocument } from '../state/chunkedDocument';
import { nextSlice, runSlice } from '../state/timeSlice';
import { fileStamp } from '../corpus/indexCache';
import { sidecarPath } from '../store/sidecarStore';
import { progressOf } from './annotationItems';
import type { AnnotationService } from './annotations';
import { fileOf, type Services } from './services';

/** Counts come in bursts (one per article, index reports per article): the client asks again once they settle. */
const SETTLE_MS = 300;
const SLICE_MS = 8;

/** What a file's stat says of its content (the index's stamp), '-' when it is not there. */
const stampOf = (file: string): string => {
  try {
    return fileStamp(fs.statSync(file));
  } catch {
    return '-';
  }
};

interface Counting {
  uri: string;
  stamp: string;
  text: string;
  doc: ChunkedDocument;
  next: number;
}

export function registerFolderProgress(ctx: Services, annotations: AnnotationService, engine: () => Engine): { changed(): void } {
  const decided = new Map<string, { stamp: string; progress: Progress | undefined }>();
  const counted = new Map<string, { stamp: string; claims: number }>();
  const queue: string[] = [];
  const queued = new Set<string>();
  let job: Counting | undefined;
  let running = false;
  let timer: NodeJS.Timeout | undefined;

  const changed = (): void => {
    if (timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      // After shutdown the connection is gone: there is no one left to tell.
      try {
        void ctx.connection.sendNotification(FolderChanged.type).catch(() => undefined);
      } catch {
        /* disposed */
      }
    }, SETTLE_MS);
    timer.unref?.();
  };

  /** A closed article with a sidecar: undefined when the sidecar cannot be read (it is reported where it is opened). */
  const withDecisions = (uri: string, file: string, sidecar: string): Progress | undefined => {
    const stamp = `${stampOf(file)}|${stampOf(sidecar)}`;
    const kept = decided.get(uri);
    if (kept?.stamp === stamp) return kept.progress;
    let progress: Progress | undefined;
    try {
      progress = progressOf(exportInputOf(file, engine()).view);
    } catch {
      progress = undefined;
    }
    decided.set(uri, { stamp, progress });
    return progress;
  };

  /** One step of the count: an article's next paragraph, or the next article; false when nothing is left. */
  function step(): boolean {
    if (!job) {
      const uri = queue.shift();
      if (!uri) return false;
      queued.delete(uri);
      const file = fileOf(uri);
      if (!file) return true;
      const stamp = stampOf(file);
      if (counted.get(uri)?.stamp === stamp) return true;
      // What the index reads as an article (the same reader): anything else has no claims to count.
      const text = readIndexedArticle(file);
      if (text === undefined) {
        counted.set(uri, { stamp, claims: 0 });
        return true;
      }
      job = { uri, stamp, text, doc: new ChunkedDocument(text, engine()), next: 0 };
    }
    const chunks = job.doc.chunks(job.text);
    if (job.next < chunks.length) {
      job.doc.analyseAt(chunks, job.next++);
      return true;
    }
    counted.set(job.uri, { stamp: job.stamp, claims: chunks.reduce((n, c) => n + (c.claims?.length ?? 0), 0) });
    job = undefined;
    changed();
    return true;
  }

  function turn(): void {
    if (runSlice(SLICE_MS, step)) nextSlice(turn);
    else running = false;
  }

  const count = (uri: string): void => {
    if (job?.uri !== uri && !queued.has(uri)) {
      queue.push(uri);
      queued.add(uri);
    }
    if (!running) {
      running = true;
      nextSlice(turn);
    }
  };

  ctx.connection.onRequest(FolderProgressRequest.type, (): FolderProgressResult => {
    const articles: ArticleProgress[] = [];
    let unreadable = 0;
    let counting = 0;
    for (const uri of ctx.corpus.uris().sort()) {
      const view = ctx.documents.get(uri) && annotations.annotated(uri);
      if (view) {
        articles.push({ uri, ...progressOf(view) });
        continue;
      }
      const file = fileOf(uri);
      if (!file) continue;
      const sidecar = sidecarPath(file);
      if (fs.existsSync(sidecar)) {
        const p = withDecisions(uri, file, sidecar);
        if (p) articles.push({ uri, ...p });
        else unreadable++;
        continue;
      }
      const c = counted.get(uri);
      if (c && c.stamp === stampOf(file)) {
        articles.push({ uri, tagged: 0, total: c.claims });
        continue;
      }
      counting++;
      count(uri);
    }
    for (const uri of [...decided.keys(), ...counted.keys()])
      if (!ctx.corpus.has(uri)) {
        decided.delete(uri);
        counted.delete(uri);
      }
    const sum = (k: keyof Progress) => articles.reduce((n, a) => n + a[k], 0);
    return { articles, tagged: sum('tagged'), total: sum('total'), unreadable, counting };
  });

  return { changed };
}
