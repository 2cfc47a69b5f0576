// Builds the Engine's claims() from the cue lexicon: the shipped one (server/data/cues.json,
// bundled at build time so it is read once), the workspace's own .mizan/cues.json, and any cues
// passed in the options. A bad user file is a clear error naming the file and the field; the
// engine then says so on stderr and goes on with the shipped cues (as the entity lists do).
import * as fs from 'fs';
import * as path from 'path';
import type { Engine } from './core/analyze';
import type { EngineOptions } from './engine';
import { detectClaims } from './core/claims/detect';
import { type CueLexiconData, CueLexiconError, buildLexicon, validateCueData } from './core/claims/lexicon';
import shipped from '../data/cues.json';

export const USER_CUES = path.join('.mizan', 'cues.json');

/** The workspace's own cue file, validated; undefined when there is none. */
export function readUserCues(workspaceFolder: string): CueLexiconData | undefined {
  const file = path.join(workspaceFolder, USER_CUES);
  if (!fs.existsSync(file)) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new CueLexiconError(`${file}: not valid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  return validateCueData(raw, file);
}

export function loadClaimLayer(options: EngineOptions): Engine['claims'] {
  const parts = [validateCueData(shipped, 'server/data/cues.json')];
  const add = (read: () => CueLexiconData | undefined) => {
    try {
      const part = read();
      if (part) parts.push(part);
    } catch (err) {
      if (!(err instanceof CueLexiconError)) throw err;
      process.stderr.write(`mizan: ${err.message}; these cues are ignored until it is fixed\n`);
    }
  };
  if (options.workspaceFolder) add(() => readUserCues(options.workspaceFolder!));
  if (options.cues) add(() => validateCueData(options.cues, 'the cues option'));
  const lexicon = buildLexicon(...parts);
  return (base, layer) => detectClaims(base, layer, lexicon);
}
