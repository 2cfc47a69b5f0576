// A sidecar follows its article. Renamed in the editor (the file-operation events), the sidecar is
// moved with it; renamed outside (mv, git mv, a file manager), the sidecar left behind is found
// when the article is next opened, by its decisions' quotes matching the text. A deleted article's
// sidecar is never deleted: it is an orphaned sidecar, listed by `mizan export` and `analyze`.
import * as fs from 'fs';
import * as path from 'path';
import writeFileAtomic from 'write-file-atomic';
import { articleFolders } from '../articles/articleFiles';
import { relocateRecords } from '../core/annotate/relocate';
import { formatSidecar } from './sidecarFormat';
import { withSidecarLock } from './sidecarLock';
import { SIDECAR_SUFFIX, articleNameOf, readSidecar, sidecarPath } from './sidecarStore';

export type MoveResult =
  | { kind: 'none' }
  | { kind: 'moved'; from: string; to: string }
  /** The new name already has a sidecar: both are kept, the old one is reported. */
  | { kind: 'kept'; from: string; to: string; reason: string };

/** Moves the sidecar of `from` (an article renamed to `to`), under both sidecars' locks. */
export async function moveSidecar(from: string, to: string): Promise<MoveResult> {
  const source = sidecarPath(from);
  const target = sidecarPath(to);
  if (source === target || !fs.existsSync(source)) return { kind: 'none' };
  return withSidecarLock(source, () =>
    withSidecarLock(target, async (): Promise<MoveResult> => {
      if (!fs.existsSync(source)) return { kind: 'none' };
      if (fs.existsSync(target)) return { kind: 'kept', from: source, to: target, reason: `${target} already exists` };
      // The rename is atomic; the article name inside is then rewritten atomically too. A broken
      // sidecar moves as it is (its content is the annotator's to fix).
      fs.renameSync(source, target);
      const read = readSidecar(target);
      if (read.kind === 'ok') await writeFileAtomic(target, formatSidecar(articleNameOf(to), read.decisions), { encoding: 'utf8' });
      return { kind: 'moved', from: source, to: target };
    }),
  );
}

/** Sidecars in a folder (not below it) whose article is not there. */
export function orphanedSidecarsIn(dir: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const present = new Set(names);
  return names
    .filter((n) => n.endsWith(SIDECAR_SUFFIX) && !present.has(n.slice(0, -SIDECAR_SUFFIX.length)))
    .sort()
    .map((n) => path.join(dir, n));
}

/** Orphaned sidecars under the given files' and folders' folders, recursively for folders (the folders articles are listed from). */
export function orphanedSidecars(inputs: string[]): string[] {
  const dirs = new Set<string>();
  for (const input of inputs) {
    const stat = fs.statSync(input, { throwIfNoEntry: false });
    if (!stat?.isDirectory()) {
      dirs.add(path.dirname(input));
      continue;
    }
    for (const dir of articleFolders(input)) dirs.add(dir);
  }
  return [...dirs].sort().flatMap(orphanedSidecarsIn);
}

/** How many decisions a sidecar holds, for messages; undefined when it is broken. */
export function decisionCount(sidecar: string): number | undefined {
  const read = readSidecar(sidecar);
  return read.kind === 'ok' ? read.decisions.records.length + (read.decisions.article ? 1 : 0) : read.kind === 'missing' ? 0 : undefined;
}

/** Share of a sidecar's placed decisions that must be found in a text for it to be that text's. */
const ADOPT_SHARE = 0.8;

/**
 * The orphaned sidecar beside `article` whose decisions belong to `text` (the article was renamed
 * outside the editor): at least ADOPT_SHARE of its decisions re-anchor, all by their quote. The best
 * match wins; a sidecar with no span decisions is never taken (nothing shows it is this text's).
 */
export function matchingOrphan(article: string, text: string): string | undefined {
  let best: { file: string; share: number } | undefined;
  for (const file of orphanedSidecarsIn(path.dirname(article))) {
    const read = readSidecar(file);
    if (read.kind !== 'ok') continue;
    const records = read.decisions.records.filter((r) => !r.orphaned);
    if (!records.length) continue;
    // Cheap first: most quotes must occur in the text at all before anything is re-anchored.
    const present = records.filter((r) => r.exact === '' || text.includes(r.exact)).length;
    if (present / records.length < ADOPT_SHARE) continue;
    const share = relocateRecords(records, text).filter((r) => !r.orphaned).length / records.length;
    if (share >= ADOPT_SHARE && (!best || share > best.share)) best = { file, share };
  }
  return best?.file;
}
