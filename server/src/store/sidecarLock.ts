// One writer at a time per sidecar, across processes (two windows on one folder, each with its own
// server): a command reads the sidecar, decides and writes it while holding a lock directory beside
// it (proper-lockfile: mkdir is atomic, and a lock whose holder died, its mtime no longer kept
// fresh, is taken over after STALE_MS). Under the lock, temp files left by a writer that was killed
// mid-write are removed: no other writer can be using them.
//
// proper-lockfile takes a stale lock over by stat, rmdir, mkdir: two windows that find the same
// stale lock can both hold it, the later one having removed the lock the first had just made
// (moxystudio/node-proper-lockfile#121; seen here when both windows reopened an article after a
// crash). So its rmdir of a lock it did not make goes through a guard: under a second lock
// directory, held for the few file operations of the takeover, the lock is looked at again and
// removed only if it is still stale.
import * as fs from 'fs';
import * as path from 'path';
import { lock, type LockOptions } from 'proper-lockfile';

const STALE_MS = 5000;
/** A takeover holds the guard for a few file operations; one older than this was left by a crash. */
const GUARD_STALE_MS = 10000;

export function lockPath(sidecar: string): string {
  return `${sidecar}.lock`;
}

export async function withSidecarLock<T>(sidecar: string, task: () => Promise<T> | T): Promise<T> {
  const release = await lock(sidecar, lockOptions(sidecar));
  try {
    removeStaleTemps(sidecar);
    return await task();
  } finally {
    await release().catch(() => undefined);
  }
}

/** The options of proper-lockfile's lock; `base` is the file system under the guard (tests slow it down). */
export function lockOptions(sidecar: string, base: typeof fs = fs): LockOptions {
  return {
    lockfilePath: lockPath(sidecar),
    realpath: false,
    fs: guardedFs(lockPath(sidecar), base),
    stale: STALE_MS,
    update: STALE_MS / 4,
    // Up to about twice the stale time: a dead holder's lock is taken over within it.
    retries: { retries: 80, factor: 1.1, minTimeout: 10, maxTimeout: 250 },
    // A lock lost (the machine slept past the stale time) must not bring the server down: the write
    // is still atomic, and the next command reads whatever is on disk.
    onCompromised: () => undefined,
  };
}

type Callback = (err?: NodeJS.ErrnoException | null) => void;

/** node's fs, but for an rmdir of the lock this caller did not make: see takeOver. */
function guardedFs(lockDir: string, base: typeof fs): typeof fs {
  let made = false;
  return {
    ...base,
    mkdir(p: fs.PathLike, ...rest: unknown[]) {
      const callback = rest.pop() as Callback;
      base.mkdir(p, ...(rest as []), (err: NodeJS.ErrnoException | null) => {
        if (!err && String(p) === lockDir) made = true;
        callback(err);
      });
    },
    rmdir(p: fs.PathLike, ...rest: unknown[]) {
      const callback = rest.pop() as Callback;
      if (made || String(p) !== lockDir) return base.rmdir(p, callback);
      const err = takeOver(lockDir);
      process.nextTick(callback, err);
    },
  } as typeof fs;
}

/** Removes a stale lock, unless another taker is at it or it was made again meanwhile. */
function takeOver(lockDir: string): NodeJS.ErrnoException | undefined {
  const guard = `${lockDir}.guard`;
  try {
    fs.mkdirSync(guard);
  } catch (err) {
    if (code(err) !== 'EEXIST') return err as NodeJS.ErrnoException;
    if (olderThan(guard, GUARD_STALE_MS)) rmdirQuietly(guard);
    return held(lockDir);
  }
  try {
    let mtime: number;
    try {
      mtime = fs.statSync(lockDir).mtimeMs;
    } catch (err) {
      return code(err) === 'ENOENT' ? undefined : (err as NodeJS.ErrnoException);
    }
    if (mtime >= Date.now() - STALE_MS) return held(lockDir);
    try {
      fs.rmdirSync(lockDir);
    } catch (err) {
      if (code(err) !== 'ENOENT') return err as NodeJS.ErrnoException;
    }
    return undefined;
  } finally {
    rmdirQuietly(guard);
  }
}

function held(lockDir: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${lockDir} is held by another writer`), { code: 'ELOCKED' });
}

function olderThan(p: string, ms: number): boolean {
  try {
    return fs.statSync(p).mtimeMs < Date.now() - ms;
  } catch {
    return false;
  }
}

function rmdirQuietly(p: string): void {
  try {
    fs.rmdirSync(p);
  } catch {
    /* gone already, or not ours to wait for */
  }
}

function code(err: unknown): string | undefined {
  return (err as NodeJS.ErrnoException | undefined)?.code;
}

/** write-file-atomic's temp files of this sidecar (`<sidecar>.<number>`), left by a killed writer. */
export function staleTemps(sidecar: string): string[] {
  const dir = path.dirname(sidecar);
  const base = path.basename(sidecar);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  return names.filter((n) => n.startsWith(`${base}.`) && /^\d+$/.test(n.slice(base.length + 1))).map((n) => path.join(dir, n));
}

function removeStaleTemps(sidecar: string): void {
  for (const f of staleTemps(sidecar)) fs.rmSync(f, { force: true });
}
