// Sidecar files on disk, beside each article (`article.txt.mizan.json`). Reads never throw: a
// missing file is an empty start, a broken one is reported with the reason and left exactly as it
// is. Writes go through write-file-atomic (temp file, fsync, rename), so a crash leaves either the
// old file or the new one, never half of one.
import * as fs from 'fs';
import * as path from 'path';
import writeFileAtomic from 'write-file-atomic';
import type { Decisions } from '../core/annotate/record';
import { SidecarInvalid, formatSidecar, parseSidecar } from './sidecarFormat';

export const SIDECAR_SUFFIX = '.mizan.json';

export type SidecarRead = { kind: 'missing' } | { kind: 'ok'; decisions: Decisions; content: string } | { kind: 'broken'; message: string };

export function sidecarPath(articlePath: string): string {
  return articlePath + SIDECAR_SUFFIX;
}

export function readSidecar(file: string): SidecarRead {
  let content: string;
  try {
    content = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'broken', message: `${file}: cannot be read (${(err as Error).message})` };
  }
  try {
    return { kind: 'ok', decisions: parseSidecar(content), content };
  } catch (err) {
    if (err instanceof SidecarInvalid) return { kind: 'broken', message: `${file}: ${err.message}` };
    throw err;
  }
}

/** Writes the decisions of an article; resolves with the exact content written. */
export async function writeSidecar(file: string, articleName: string, decisions: Decisions): Promise<string> {
  const content = formatSidecar(articleName, decisions);
  await writeFileAtomic(file, content, { encoding: 'utf8' });
  return content;
}

/** Moves a broken sidecar aside (`….mizan.json.broken-<time>.bak`) and returns the backup's path. */
export function backUpBroken(file: string, now = new Date()): string | undefined {
  if (!fs.existsSync(file)) return undefined;
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  let backup = `${file}.broken-${stamp}.bak`;
  for (let n = 2; fs.existsSync(backup); n++) backup = `${file}.broken-${stamp}-${n}.bak`;
  fs.renameSync(file, backup);
  return backup;
}

export function articleNameOf(articlePath: string): string {
  return path.basename(articlePath);
}
