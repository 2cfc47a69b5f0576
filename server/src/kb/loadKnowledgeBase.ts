// Loads the knowledge base: the bundled entries plus the workspace's `.mizan/entities.json` when
// there is one. A broken user file is reported (with where) and its good entries are still used.
import * as fs from 'fs';
import * as path from 'path';
import { bundledEntries } from './bundledEntries';
import { KnowledgeBase, type KbEntry } from './knowledgeBase';
import { parseUserEntries, USER_KB, type KbProblem } from './userEntries';

export interface LoadedKb {
  kb: KnowledgeBase;
  /** The user's file, when it exists. */
  file?: string;
  text?: string;
  problems: KbProblem[];
}

let bundled: KbEntry[] | undefined;

export function userKbFile(workspaceFolder: string): string {
  return path.join(workspaceFolder, ...USER_KB);
}

export function loadKnowledgeBase(workspaceFolder?: string): LoadedKb {
  bundled ??= bundledEntries();
  if (!workspaceFolder) return { kb: new KnowledgeBase([bundled]), problems: [] };
  const file = userKbFile(workspaceFolder);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { kb: new KnowledgeBase([bundled]), problems: [] };
    return { kb: new KnowledgeBase([bundled]), file, problems: [{ message: `cannot read: ${(err as Error).message}` }] };
  }
  const { entries, problems } = parseUserEntries(text.replace(/^\uFEFF/, ''));
  return { kb: new KnowledgeBase([bundled, entries]), file, text, problems };
}
