// The workspace index kept between openings of a folder, in the extension's workspace storage.
// Storage: one compact text file, a line per article (`uri \t content hash \t JSON of its clusters
// and line starts`), under a header naming the engine it was made with. Why not an embedded
// database: the index is read whole at start and written whole when indexing pauses, never queried
// on disk, so a database would add a native module (better-sqlite3 builds or downloads a binary
// at install, which this project cannot do) for nothing; one file written atomically (a temporary
// file, then rename) is never seen half-written, and a line is parsed only when its hash matches.
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

export const CACHE_FILE = 'mizan-index-v1.tsv';

/** What the index keeps of one article (see CorpusIndex.stored). */
export interface StoredFile {
  lineStarts: number[];
  clusters: { type: string; canonical: string; forms: string[]; spans: number[] }[];
}

export function contentHash(text: string): string {
  return crypto.createHash('sha1').update(text).digest('base64');
}

/**
 * What the engine's results depend on: the server's code (with its bundled cue list), the model,
 * the shipped lists and the workspace's own lists. Any change in them makes every stored entry stale.
 */
export function engineFingerprint(files: string[]): string {
  const h = crypto.createHash('sha1');
  for (const f of files) {
    h.update(f);
    try { h.update(fs.readFileSync(f)); } catch { h.update('\u0000missing'); }
  }
  return h.digest('base64');
}

export function dataFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    let entries: fs.Dirent[];
    try { entries = fs.readdirSync(d, { withFileTypes: true }); } catch { return; }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) (e.isDirectory() ? walk : (f: string) => out.push(f))(path.join(d, e.name));
  };
  walk(dir);
  return out;
}

export class IndexCache {
  /** uri → [hash, the JSON of its StoredFile] as read at start; parsed only when used. */
  private entries = new Map<string, [string, string]>();
  private dirty = false;

  constructor(private readonly file: string, private readonly fingerprint: string) {}

  /** Reads the stored index; a missing, unreadable or stale file gives an empty one. */
  load(): number {
    this.entries.clear();
    let text: string;
    try { text = fs.readFileSync(this.file, 'utf8'); } catch { return 0; }
    const nl = text.indexOf('\n');
    if (nl < 0 || text.slice(0, nl) !== `mizan-index 1 ${this.fingerprint}`) return 0;
    for (let at = nl + 1; at < text.length;) {
      let end = text.indexOf('\n', at);
      if (end < 0) end = text.length;
      const t1 = text.indexOf('\t', at);
      const t2 = t1 < 0 ? -1 : text.indexOf('\t', t1 + 1);
      if (t2 > 0 && t2 < end) this.entries.set(text.slice(at, t1), [text.slice(t1 + 1, t2), text.slice(t2 + 1, end)]);
      at = end + 1;
    }
    return this.entries.size;
  }

  /** The stored entry of `uri` when it was made from text with this hash. */
  get(uri: string, hash: string): StoredFile | undefined {
    const e = this.entries.get(uri);
    if (!e || e[0] !== hash) return undefined;
    try { return JSON.parse(e[1]) as StoredFile; } catch { return undefined; }
  }

  /** Records what `uri` was indexed as (kept in memory until the next save). */
  put(uri: string, hash: string, stored: StoredFile): void {
    this.entries.set(uri, [hash, JSON.stringify(stored)]);
    this.dirty = true;
  }

  /** Forgets every entry whose uri is not in `keep` (files deleted or moved while the folder was closed). */
  keepOnly(keep: Set<string>): void {
    for (const uri of this.entries.keys()) if (!keep.has(uri)) { this.entries.delete(uri); this.dirty = true; }
  }

  drop(uri: string): void {
    if (this.entries.delete(uri)) this.dirty = true;
  }

  /** Writes the entries when they changed, atomically: a temporary file, then rename. */
  save(): void {
    if (!this.dirty) return;
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    const fd = fs.openSync(tmp, 'w');
    try {
      let buf = `mizan-index 1 ${this.fingerprint}\n`;
      for (const [uri, [hash, json]] of this.entries) {
        buf += `${uri}\t${hash}\t${json}\n`;
        if (buf.length > 1 << 20) { fs.writeSync(fd, buf); buf = ''; }
      }
      fs.writeSync(fd, buf);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, this.file);
    this.dirty = false;
  }
}
