// `mizan export` and `analyze` name the sidecars whose article is gone (deleted, or renamed
// outside the editor), so that decisions left behind are never silently out of the corpus.
import * as path from 'path';
import { decisionCount, orphanedSidecars } from '../store/sidecarMoves';
import { SIDECAR_SUFFIX } from '../store/sidecarStore';

export function reportOrphanedSidecars(
  inputs: string[],
  write = (s: string) => {
    process.stderr.write(s);
  },
): number {
  const found = orphanedSidecars(inputs.filter((i) => i !== '-' && !i.endsWith('.jsonl')));
  for (const file of found) {
    const count = decisionCount(file);
    const what = count === undefined ? 'a broken sidecar' : `${count} decision${count === 1 ? '' : 's'}`;
    write(`mizan: ${file}: orphaned sidecar (${what}; its article ${path.basename(file).slice(0, -SIDECAR_SUFFIX.length)} is not there, so it is left out). Rename it beside the article's new name, or restore the article.\n`);
  }
  return found.length;
}
