// One writer at a time per sidecar, across processes (two windows on one folder, each with its own
// server): a command reads the sidecar, decides and writes it while holding a lock directory beside
// it (proper-lockfile: mkdir is atomic, and a lock whose holder died, its mtime no longer kept
// fresh, is taken over after STALE_MS). Under the lock, temp files left by a writer that was killed
// mid-write are removed: no other writer can be using them.
import * as fs from 'fs';
import * as path from 'path';
import { lock } from 'proper-lockfile';

const STALE_MS = 5000;

export function lockPath(sidecar: string): string {
  return `${sidecar}.lock`;
}

export async function withSidecarLock<T>(sidecar: string, task: () => Promise<T> | T): Promise<T> {
  const release = await lock(sidecar, {
    lockfilePath: lockPath(sidecar),
    realpath: false,
    stale: STALE_MS,
    update: STALE_MS / 4,
    // Up to about twice the stale time: a dead holder's lock is taken over within it.
    retries: { retries: 80, factor: 1.1, minTimeout: 10, maxTimeout: 250 },
    // A lock lost (the machine slept past the stale time) must not bring the server down: the write
    // is still atomic, and the next command reads whatever is on disk.
    onCompromised: () => undefined,
  });
  try {
    removeStaleTemps(sidecar);
    return await task();
  } finally {
    await release().catch(() => undefined);
  }
}

/** write-file-atomic's temp files of this sidecar (`<sidecar>.<number>`), left by a killed writer. */
export function staleTemps(sidecar: string): string[] {
  const dir = path.dirname(sidecar);
  const base = path.basename(sidecar);
  let names: string[];
  try { names = fs.readdirSync(dir); } catch { return []; }
  return names.filter((n) => n.startsWith(`${base}.`) && /^\d+$/.test(n.slice(base.length + 1))).map((n) => path.join(dir, n));
}

function removeStaleTemps(sidecar: string): void {
  for (const f of staleTemps(sidecar)) fs.rmSync(f, { force: true });
}
