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
    trigger[i] = w.trigger;
    common[i] = w.common;
  }
  return { ctx: { info, gaz, trigger, common, doc: new Uint8Array(n) }, matches };
}
