// Name lists as a lookup over token sequences. Keys are normalised words joined by a space; a
// match may drop the first word's proclitics only when what remains is a listed name, so that
// بغداد and واشنطن stay whole while وبغداد and لواشنطن lose their clitics.
import type { EntityType } from '../types';
import { normalizeKey } from '../text/normalize';
import { MODEL_TYPES } from './tags';

/** How much a list is trusted: features only (noisy lists), candidates (countries, cities), or the user's own. */
export const enum Strength {
  Feature = 0,
  Candidate = 1,
  User = 2,
}

export interface GazetteerEntry {
  types: number;
  strength: Strength;
  /** Type given by the strongest list (the user's list decides). */
  type: EntityType;
}

export interface Gazetteer {
  names: Map<string, GazetteerEntry>;
  /** Every word sequence that starts some listed name (for longest-match search). */
  prefixes: Set<string>;
  maxWords: number;
  /** Replaced whenever a name is added: what a word remembers about this list holds for one stamp. */
  stamp: object;
}

export function typeBit(type: EntityType): number {
  return 1 << MODEL_TYPES.indexOf(type);
}

export function emptyGazetteer(): Gazetteer {
  return { names: new Map(), prefixes: new Set(), maxWords: 0, stamp: {} };
}

export function nameKey(name: string): string[] {
  return normalizeKey(name)
    .split(/[\s\u00a0]+/)
    .filter((w) => w.length > 0);
}

export function addName(g: Gazetteer, name: string, type: EntityType, strength: Strength): void {
  const words = nameKey(name);
  if (words.length === 0) return;
  const key = words.join(' ');
  g.stamp = {};
  const old = g.names.get(key);
  if (old) {
    old.types |= typeBit(type);
    if (strength >= old.strength) {
      old.strength = strength;
      old.type = type;
    }
  } else {
    g.names.set(key, { types: typeBit(type), strength, type });
  }
  for (let k = 1; k < words.length; k++) g.prefixes.add(words.slice(0, k).join(' '));
  g.maxWords = Math.max(g.maxWords, words.length);
}

export interface NameLists {
  PER?: string[];
  LOC?: string[];
  ORG?: string[];
  MISC?: string[];
}

export function addLists(g: Gazetteer, lists: NameLists, strength: Strength): void {
  for (const type of MODEL_TYPES) for (const name of lists[type] ?? []) addName(g, name, type, strength);
}
