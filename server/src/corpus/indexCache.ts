// The workspace index kept between openings of a folder, in the extension's workspace storage.
// Storage: one compact text file, a line per article (`uri \t content hash \t size:mtime \t JSON of
// its clusters and line starts`), under a header naming the engine it was made with. The size and
// modification time let a reopened folder take an unchanged article without reading it (as make,
// git's index and rsync do); the hash still decides when they differ, so a touched file is kept. Why not an embedded
// database: the index is read whole at start and written whole when indexing pauses, never queried
// on disk, so a database would add a native module (better-sqlite3 builds or downloads a binary
// at install, which this project cannot do) for nothing; one file written atomically (a temporary
// file, then rename) is never seen half-written, and a line is parsed only when its hash matches.
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

export const CACHE_FILE = 'mizan-index-v2.tsv';
/** Files of earlier formats, removed when the current one is written. */
const OLD_FILES = ['mizan-index-v1.tsv'];
const HEADER = 'mizan-index 2';

/** What the index keeps of one article (see CorpusIndex.stored). */
export interface StoredFile {
  lineStarts: number[];
  clusters: { type: string; canonical: string; forms: string[]; spans: number[] }[];
}

/** What a file's stat says of its content without reading it. */
export function fileStamp(stat: { size: number; mtimeMs: number }): string {
  return `${stat.size}:${stat.mtimeMs}`;
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
    try {
      h.update(fs.readFileSync(f));
    } catch {
      h.update('\u0000missing');
    }
  }
  return h.digest('base64');
}

export function dataFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) (e.isDirectory() ? walk : (f: string) => out.push(f))(path.join(d, e.name));
  };
  walk(dir);
  return out;
}

export class IndexCache {
  /** uri → [hash, size:mtime, the JSON of its StoredFile] as read at start; parsed only when used. */
  private entries = new Map<string, [string, string, string]>();
  private dirty = false;
  private saving?: Promise<void>;

  constructor(
    private readonly file: string,
    private readonly fingerprint: string,
  ) {}

  /** Reads the stored index; a missing, unreadable or stale file gives an empty one. */
  load(): number {
    this.entries.clear();
    let text: string;
    try {
      text = fs.readFileSync(this.file, 'utf8');
    } catch {
      return 0;
    }
    const nl = text.indexOf('\n');
    if (nl < 0 || text.slice(0, nl) !== `${HEADER} ${this.fingerprint}`) return 0;
    for (let at = nl + 1; at < text.length;) {
      let end = text.indexOf('\n', at);
      if (end < 0) end = text.length;
      const t1 = text.indexOf('\t', at);
      const t2 = t1 < 0 ? -1 : text.indexOf('\t', t1 + 1);
      const t3 = t2 < 0 ? -1 : text.indexOf('\t', t2 + 1);
      if (t3 > 0 && t3 < end) this.entries.set(text.slice(at, t1), [text.slice(t1 + 1, t2), text.slice(t2 + 1, t3), text.slice(t3 + 1, end)]);
      at = end + 1;
    }
    return this.entries.size;
  }

  /** The stored entry of `uri` when its file's size and modification time are as when it was stored. */
  getByStamp(uri: string, stamp: string): StoredFile | undefined {
    const e = this.entries.get(uri);
    return e && e[1] === stamp ? parse(e[2]) : undefined;
  }

  /** The stored entry of `uri` when it was made from text with this hash (the stamp is brought up to date). */
  get(uri: string, hash: string, stamp = ''): StoredFile | undefined {
    const e = this.entries.get(uri);
    if (!e || e[0] !== hash) return undefined;
    if (stamp && e[1] !== stamp) {
      e[1] = stamp;
      this.dirty = true;
    }
    return parse(e[2]);
  }

  /** Records what `uri` was indexed as (kept in memory until the next save). */
  put(uri: string, hash: string, stamp: string, stored: StoredFile): void {
    this.entries.set(uri, [hash, stamp, JSON.stringify(stored)]);
    this.dirty = true;
  }

  /** Forgets every entry whose uri is not in `keep` (files deleted or moved while the folder was closed). */
  keepOnly(keep: Set<string>): void {
    for (const uri of this.entries.keys())
      if (!keep.has(uri)) {
        this.entries.delete(uri);
        this.dirty = true;
      }
  }

  drop(uri: string): void {
    if (this.entries.delete(uri)) this.dirty = true;
  }

  /**
   * Writes the entries when they changed, atomically (a temporary file, then rename), a megabyte at
   * a time with the event loop free between writes: the index of a large folder is tens of
   * megabytes, and a synchronous write held hovers back by hundreds of milliseconds. One save at a
   * time; a save asked for during one follows it.
   */
  save(): Promise<void> {
    const run = async (): Promise<void> => {
      if (!this.dirty) return;
      this.dirty = false;
      try {
        await this.write([...this.entries]);
      } catch (err) {
        this.dirty = true;
        throw err;
      }
    };
    const next = (this.saving ?? Promise.resolve()).then(run);
    const mine = next.finally(() => {
      if (this.saving === mine) this.saving = undefined;
    });
    this.saving = mine;
    return mine;
  }

  private async write(entries: [string, [string, string, string]][]): Promise<void> {
    const dir = path.dirname(this.file);
    await fs.promises.mkdir(dir, { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    const fd = await fs.promises.open(tmp, 'w');
    try {
      let buf = `${HEADER} ${this.fingerprint}\n`;
      for (const [uri, [hash, stamp, json]] of entries) {
        buf += `${uri}\t${hash}\t${stamp}\t${json}\n`;
        if (buf.length > 1 << 20) {
          await fd.write(buf);
          buf = '';
        }
      }
      await fd.write(buf);
      await fd.sync();
    } finally {
      await fd.close();
    }
    await fs.promises.rename(tmp, this.file);
    for (const old of OLD_FILES) await fs.promises.rm(path.join(dir, old), { force: true });
  }
}

function parse(json: string): StoredFile | undefined {
  try {
    return JSON.parse(json) as StoredFile;
  } catch {
    return undefined;
  }
}
