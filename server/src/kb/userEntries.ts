// The workspace's own knowledge base, `.mizan/entities.json`: a list of entries (or { "entries": […] })
// of { "type": "PER"|"LOC"|"ORG"|"MISC", "names": ["…"], "en"?: "…", "description"?: "…" }.
// Every problem is reported with where it is; good entries are kept when others are bad.
import { ENTITY_TYPES, type EntityType } from '../core/types';
import type { KbEntry } from './knowledgeBase';

export const USER_KB = ['.mizan', 'entities.json'] as const;

export interface KbProblem {
  message: string;
  /** Offset in the file, when known. */
  offset?: number;
}

export function parseUserEntries(json: string): { entries: KbEntry[]; problems: KbProblem[] } {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const at = /position (\d+)/.exec(message);
    return { entries: [], problems: [{ message: `not valid JSON: ${message}`, offset: at ? Number(at[1]) : 0 }] };
  }
  const list = Array.isArray(data) ? data : data && typeof data === 'object' ? (data as { entries?: unknown }).entries : undefined;
  if (!Array.isArray(list)) return { entries: [], problems: [{ message: 'expected a list of entries, or an object with "entries": […]' }] };
  const entries: KbEntry[] = [];
  const problems: KbProblem[] = [];
  list.forEach((raw, i) => {
    const where = `entry ${i + 1}`;
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
      problems.push({ message: `${where}: expected an object { "type", "names", "en", "description" }` });
      return;
    }
    const e = raw as Record<string, unknown>;
    const bad: string[] = [];
    if (typeof e.type !== 'string' || !(ENTITY_TYPES as readonly string[]).includes(e.type)) bad.push(`"type" must be one of ${ENTITY_TYPES.join(', ')} (got ${JSON.stringify(e.type)})`);
    const names = Array.isArray(e.names) ? e.names.filter((n): n is string => typeof n === 'string' && n.trim() !== '') : [];
    if (!Array.isArray(e.names) || names.length === 0 || names.length !== e.names.length) bad.push('"names" must be a non-empty list of non-empty strings');
    for (const field of ['en', 'description'] as const) {
      if (e[field] !== undefined && typeof e[field] !== 'string') bad.push(`"${field}" must be a string`);
    }
    const name = names[0] ? ` (${names[0]})` : '';
    if (bad.length) {
      problems.push({ message: `${where}${name}: ${bad.join('; ')}`, offset: offsetOfEntry(json, i) });
      return;
    }
    entries.push({ type: e.type as EntityType, names, en: e.en as string | undefined, description: e.description as string | undefined, origin: '.mizan/entities.json' });
  });
  return { entries, problems };
}

/** Roughly where the i-th object of the list starts (for the diagnostic's place). */
function offsetOfEntry(json: string, index: number): number | undefined {
  let depth = 0;
  let count = -1;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      depth++;
      if (c === '{' && (depth === 2 || depth === 3) && isListItem(json, i)) {
        count++;
        if (count === index) return i;
      }
    } else if (c === '}' || c === ']') depth--;
  }
  return undefined;
}

function isListItem(json: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = json[i];
    if (/\s/.test(c)) continue;
    return c === '[' || c === ',';
  }
  return false;
}
