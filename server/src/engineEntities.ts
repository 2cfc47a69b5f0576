// Loads what named-entity recognition needs (the model file, the shipped name lists, the user's
// own list in the workspace) once, and returns the Engine's entities() over it.
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import type { Engine } from './core/analyze';
import type { EngineOptions } from './engine';
import type { NerResources } from './core/entities/recognize';
import { recognizeEntities } from './core/entities/recognize';
import { addLists, emptyGazetteer, Strength, type Gazetteer, type NameLists } from './core/entities/gazetteer';
import { compactModel, parseModels, type NerModel } from './core/entities/model';
import { WordCache } from './core/entities/words';
import { vocabFrom } from './core/entities/context';
import { MODEL_TYPES } from './core/entities/tags';
import { normalizeKey } from './core/text/normalize';

/** The repository (or extension) root: the nearest folder above this file holding server/data/gazetteers. */
export function findRoot(from = __dirname): string {
  let dir = from;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'server', 'data', 'gazetteers'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`Mizan: cannot find server/data/gazetteers above ${from}`);
    dir = up;
  }
}

export const MODEL_FILE = path.join('server', 'model', 'ner.bin');
const LISTS: [string, Strength][] = [
  ['anergazet.json', Strength.Feature],
  ['countries.json', Strength.Candidate],
  ['cities.json', Strength.Candidate],
];
/** Trigger word classes of the model's features: 1 + the index of the model type (0: no trigger). */
const triggerClass = (type: string): number => MODEL_TYPES.indexOf(type as (typeof MODEL_TYPES)[number]) + 1;

export class UserGazetteerError extends Error {}

/**
 * A user's list: `{ "PER": ["…"], "LOC": [...], "ORG": [...], "MISC": [...] }` or
 * `[{ "name": "…", "type": "ORG" }, …]`.
 */
export function parseUserGazetteer(json: string, file: string): NameLists {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (err) {
    throw new UserGazetteerError(`${file}: not valid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  const lists: NameLists = {};
  const add = (type: unknown, name: unknown, where: string) => {
    if (typeof type !== 'string' || !(MODEL_TYPES as readonly string[]).includes(type)) throw new UserGazetteerError(`${file}: ${where}: type must be one of ${MODEL_TYPES.join(', ')}, got ${JSON.stringify(type)}`);
    if (typeof name !== 'string' || name.trim() === '') throw new UserGazetteerError(`${file}: ${where}: a name must be a non-empty string, got ${JSON.stringify(name)}`);
    (lists[type as keyof NameLists] ??= []).push(name);
  };
  if (Array.isArray(data)) {
    data.forEach((e, i) => {
      if (!e || typeof e !== 'object') throw new UserGazetteerError(`${file}: entry ${i}: expected { "name": …, "type": … }`);
      add((e as Record<string, unknown>).type, (e as Record<string, unknown>).name, `entry ${i}`);
    });
  } else if (data && typeof data === 'object') {
    for (const [type, names] of Object.entries(data as Record<string, unknown>)) {
      if (type === 'source' || type === '$schema') continue;
      if (!Array.isArray(names)) throw new UserGazetteerError(`${file}: "${type}" must be a list of names`);
      names.forEach((n, i) => add(type, n, `${type}[${i}]`));
    }
  } else {
    throw new UserGazetteerError(`${file}: expected an object of lists by type or a list of { name, type }`);
  }
  return lists;
}

function readLists(file: string): NameLists {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as NameLists;
}

export function loadGazetteer(root: string, userLists?: NameLists): Gazetteer {
  const g = emptyGazetteer();
  for (const [file, strength] of LISTS) addLists(g, readLists(path.join(root, 'server', 'data', 'gazetteers', file)), strength);
  if (userLists) addLists(g, userLists, Strength.User);
  return g;
}

export function loadTriggers(root: string): Map<string, number> {
  const lists = readLists(path.join(root, 'server', 'data', 'gazetteers', 'triggers.json'));
  const out = new Map<string, number>();
  for (const type of MODEL_TYPES) for (const w of lists[type] ?? []) out.set(normalizeKey(w), triggerClass(type));
  return out;
}

export function loadCommonWords(root: string): Set<string> {
  const file = path.join(root, 'server', 'data', 'lexicon', 'common.txt');
  if (!fs.existsSync(file)) return new Set();
  return new Set(
    fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .filter((w) => w.length > 0),
  );
}

export function readModelFile(file: string): NerModel[] {
  return parseModels(new Uint8Array(zlib.inflateRawSync(fs.readFileSync(file))));
}

/** The model file as the engine uses it: int8 weights (see compactModel). */
export function loadModels(file: string): NerModel[] {
  return readModelFile(file).map(compactModel);
}

export function userGazetteerFile(workspaceFolder: string): string {
  return path.join(workspaceFolder, '.mizan', 'gazetteer.json');
}

export function loadNerResources(options: EngineOptions & { models?: NerModel[] } = {}): NerResources {
  const root = findRoot();
  let userLists: NameLists | undefined;
  if (options.workspaceFolder) {
    const file = userGazetteerFile(options.workspaceFolder);
    if (fs.existsSync(file)) {
      try {
        userLists = parseUserGazetteer(fs.readFileSync(file, 'utf8'), file);
      } catch (err) {
        // A broken user list must not stop recognition: say what is wrong and go on without it.
        process.stderr.write(`mizan: ${err instanceof Error ? err.message : String(err)}; the list is ignored until it is fixed\n`);
      }
    }
  }
  const gazetteer = loadGazetteer(root, userLists);
  const models = options.models ?? loadModels(path.join(root, MODEL_FILE));
  const nameWords = new Set<string>(models[0]?.nameWords ?? []);
  for (const key of gazetteer.names.keys()) nameWords.add(key.split(' ')[0]);
  return { models, gazetteer, triggers: loadTriggers(root), common: loadCommonWords(root), cache: new WordCache(), nameWords, outsideWords: new Set(models[0]?.oWords ?? []), vocab: vocabFrom(models[0]?.vocab) };
}

export function loadEntityLayer(options: EngineOptions): Engine['entities'] {
  const res = loadNerResources(options);
  return (base) => recognizeEntities(base, res);
}
