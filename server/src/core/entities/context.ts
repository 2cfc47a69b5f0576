// Builds the per-token context the features read: word info, gazetteer bits, trigger classes,
// dictionary flags. Shared by training and recognition so both see the same inputs.
import type { Token } from '../types';
import type { TokenContext } from './features';
import type { Gazetteer } from './gazetteer';
import { matchGazetteer, type GazetteerMatch } from './gazetteerMatch';
import type { WordCache } from './words';

export interface Lexicons {
  gazetteer: Gazetteer;
  /** Normalised word → trigger class (1 PER title, 2 LOC word, 3 ORG word, 4 MISC word …). */
  triggers: Map<string, number>;
  /** Normalised common (dictionary) words. */
  common: Set<string>;
  cache: WordCache;
  /** Count buckets of the training data's words (the model's; none while training, which sets its own). */
  vocab?: Vocab;
}

/** Normalised key or stem → count bucket in the training data: 1 once, 2 two to four times, 3 more. */
export interface Vocab {
  key: Map<string, number>;
  stem: Map<string, number>;
}

export function countBucket(c: number): number {
  return c <= 0 ? 0 : c === 1 ? 1 : c <= 4 ? 2 : 3;
}

/** A model's stored vocabulary (words by bucket 1, 2, 3) as lookup maps. */
export function vocabFrom(lists: { key: string[][]; stem: string[][] } | undefined): Vocab | undefined {
  if (!lists) return undefined;
  const map = (byBucket: string[][]) => {
    const m = new Map<string, number>();
    byBucket.forEach((words, b) => {
      for (const w of words) m.set(w, b + 1);
    });
    return m;
  };
  return { key: map(lists.key), stem: map(lists.stem) };
}

export function buildContext(tokens: Token[], lex: Lexicons): { ctx: TokenContext; matches: GazetteerMatch[] } {
  const n = tokens.length;
  const info = tokens.map((t) => lex.cache.get(t));
  const gaz = new Uint8Array(n);
  const matches = matchGazetteer(lex.gazetteer, tokens, info, 0, n, true);
  for (const m of matches) {
    for (let k = 0; k < 4; k++) {
      if (!(m.entry.types & (1 << k))) continue;
      gaz[m.start] |= 1 << (2 * k);
      for (let j = m.start + 1; j < m.end; j++) gaz[j] |= 1 << (2 * k + 1);
    }
  }
  const trigger = new Uint8Array(n);
  const common = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const w = info[i];
    // Both depend on the word and the lexicons only; the lexicons' own objects name them.
    if (w.flagsOf !== lex.triggers || w.commonOf !== lex.common) {
      w.trigger = lex.triggers.get(w.base) ?? lex.triggers.get(w.stem) ?? 0;
      w.common = lex.common.has(w.stem) || lex.common.has(w.base) ? 1 : 0;
      w.flagsOf = lex.triggers;
      w.commonOf = lex.common;
    }
    if (lex.vocab && w.freqOf !== lex.vocab) {
      w.freq = (lex.vocab.key.get(w.key) ?? 0) | ((lex.vocab.stem.get(w.stem) ?? 0) << 2);
      w.freqOf = lex.vocab;
    }
    trigger[i] = w.trigger;
    common[i] = w.common;
  }
  return { ctx: { info, gaz, trigger, common, doc: new Uint8Array(n) }, matches };
}
