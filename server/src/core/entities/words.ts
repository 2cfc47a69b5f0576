// What the tagger knows about each token: normalised forms of the word, of its base (article
// kept, proclitics dropped) and of its bare stem, with value hashes the features reuse.
import type { Token } from '../types';
import { normalizeKey } from '../text/normalize';
import { analyzeClitics, letters, prefixSplits, type Letters } from '../tokens/clitics';
import { fnv } from './hash';
import type { NerModel } from './model';
import type { SentenceMemo } from './sentenceMemo';

export interface WordInfo {
  /** Normalised token (clitics attached). */
  key: string;
  /** Normalised base: proclitics dropped, article kept. */
  base: string;
  /** Normalised bare stem. */
  stem: string;
  /** Offset of the base inside the token text (where a name span would start by default). */
  baseStart: number;
  hKey: number;
  hBase: number;
  hStem: number;
  /** Kind, length bucket, article and proclitics, as one hash. */
  shape: number;
  /** Readings of the word without its proclitics (article kept), most letters dropped first. */
  readings: Reading[];
  /** Per-model sums of this word's weight rows, filled in by the tagger (see emissions.ts). */
  emit?: Int32Array;
  /** Where this word's block starts in `emit` (a slab shared with other words). */
  emitAt: number;
  /** Bit per model whose sums the block holds. */
  emitSlots: number;
  /** Trigger class and dictionary flag, remembered for the lexicons in `flagsOf` (see context.ts). */
  trigger: number;
  common: number;
  /** Training-data count buckets of the key (bits 0–1) and stem (bits 2–3); see Vocab. */
  freq: number;
  freqOf?: object;
  flagsOf?: object;
  commonOf?: object;
  /** Whether the word can start a name of the list whose stamp is `startsStamp` (see gazetteerMatch.ts). */
  starts: boolean;
  startsStamp?: object;
  /** Unique within its WordCache (0 when made outside one): names the word in sentence memo keys. */
  id: number;
}

export interface Reading {
  /** Offset in the token text where the remainder starts. */
  start: number;
  key: string;
  /** True when what was dropped ends in an article-bearing prefix (بال، لل، وال …), so it is surely a clitic. */
  sure: boolean;
}

const CONJ = 'وف';
const PREP = 'بكل';

/**
 * prefixSplits reads a bare ب/ك/ل as a preposition only before a long remainder; a lexicon can
 * check shorter ones (بلندن → لندن, لحلف → حلف), so that reading is added here, unsure.
 */
function addPrepReading(l: Letters, readings: Reading[]): void {
  const pos = l.pos;
  const letters = l.chars.join('');
  const k = CONJ.includes(letters[0]) && PREP.includes(letters[1]) ? 1 : 0;
  if (!PREP.includes(letters[k]) || letters.length - k - 1 < 2 || letters.startsWith('ال', k + 1)) return;
  const start = pos[k + 1];
  if (readings.some((r) => r.start === start)) return;
  readings.push({ start, key: letters.slice(k + 1), sure: false });
  readings.sort((a, b) => b.start - a.start);
}

function latinShape(text: string): string {
  if (/^[A-Z0-9.&-]+$/.test(text)) return 'AA';
  if (/^[A-Z]/.test(text)) return 'Aa';
  return 'aa';
}

export function wordInfo(token: Pick<Token, 'text' | 'kind'>): WordInfo {
  const text = token.text;
  let key: string;
  let base: string;
  let stem: string;
  let baseStart = 0;
  let shape: number;
  const readings: Reading[] = [];
  if (token.kind === 'word') {
    key = normalizeKey(text);
    const l = letters(text);
    const a = analyzeClitics(text, l);
    baseStart = a.baseStart;
    base = normalizeKey(text.slice(a.baseStart, a.stemEnd));
    stem = normalizeKey(text.slice(a.stemStart, a.stemEnd));
    const splits = prefixSplits(text, 2, l);
    for (let k = splits.length - 1; k >= 0; k--) {
      const p = splits[k];
      if (p.baseStart === 0) continue;
      // لل: the span keeps the second ل (للصين → لصين) but the name to look up is الصين.
      readings.push({ start: p.baseStart, key: (p.article === 'لل' ? 'ا' : '') + normalizeKey(text.slice(p.baseStart)), sure: p.article !== '' && p.proclitics.length > 0 });
    }
    addPrepReading(l, readings);
    // The hash of `w<length><A?><proclitics><E?>`, made without building the string.
    shape = fnv(String(Math.min(stem.length, 8)), fnv('w'));
    if (a.article) shape = fnv('A', shape);
    for (const p of a.proclitics) shape = fnv(p, shape);
    if (a.enclitic) shape = fnv('E', shape);
  } else {
    key = token.kind === 'latin' ? text.toLowerCase() : token.kind === 'number' ? text.replace(/[0-9]/g, '0') : text;
    base = key;
    stem = key;
    shape = fnv(token.kind === 'latin' ? `L${latinShape(text)}${Math.min(text.length, 5)}` : token.kind === 'number' ? `N${Math.min(text.length, 5)}` : `P${text}`);
  }
  const hKey = fnv(key);
  const hBase = base === key ? hKey : fnv(base);
  return {
    key,
    base,
    stem,
    baseStart,
    hKey,
    hBase,
    hStem: stem === base ? hBase : fnv(stem),
    shape,
    readings,
    id: 0,
    trigger: 0,
    common: 0,
    freq: 0,
    freqOf: undefined,
    // Present from the start: objects that gain fields later take other shapes, and the tagger's reads of them slow down.
    emit: undefined,
    emitAt: 0,
    emitSlots: 0,
    flagsOf: undefined,
    commonOf: undefined,
    starts: false,
    startsStamp: undefined,
  };
}

/** A bounded memo of wordInfo: news text repeats its words, and the server re-analyses on every edit. */
export class WordCache {
  private map = new Map<string, WordInfo>();
  private others = new Map<string, Map<string, WordInfo>>();
  private size = 0;
  private next = 0;
  /** Tags of whole sentences by model (see sentenceMemo.ts); ids never repeat, so entries stay valid. */
  readonly sentences = new WeakMap<NerModel, SentenceMemo>();
  constructor(private readonly limit = 200_000) {}
  get(token: Pick<Token, 'text' | 'kind'>): WordInfo {
    // Words by their text; other kinds in maps of their own (no key string to build per token).
    let map = token.kind === 'word' ? this.map : this.others.get(token.kind);
    if (!map) this.others.set(token.kind, (map = new Map()));
    let info = map.get(token.text);
    if (!info) {
      if (this.size >= this.limit) {
        this.map.clear();
        for (const m of this.others.values()) m.clear();
        this.size = 0;
      }
      info = wordInfo(token);
      info.id = ++this.next;
      map.set(token.text, info);
      this.size++;
    }
    return info;
  }
}
