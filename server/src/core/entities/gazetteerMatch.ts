// Longest-match search of a gazetteer over a token sequence.
import type { Token } from '../types';
import type { Gazetteer, GazetteerEntry } from './gazetteer';
import type { WordInfo } from './words';

export interface GazetteerMatch {
  /** Token indices [start, end). */
  start: number;
  end: number;
  entry: GazetteerEntry;
  /** Offset in the first token's text where the name starts (after dropped proclitics). */
  offset: number;
}

function isNameToken(t: Token): boolean {
  return t.kind === 'word' || t.kind === 'latin' || t.kind === 'number';
}

/** True when some reading of the word is a listed name or the start of one. */
function mayStart(g: Gazetteer, w: WordInfo): boolean {
  if (g.names.has(w.key) || g.prefixes.has(w.key)) return true;
  for (const r of w.readings) if (g.names.has(r.key) || g.prefixes.has(r.key)) return true;
  return false;
}

/**
 * Non-overlapping longest matches, left to right, within tokens [from, to). With `remember`, each
 * word keeps whether it can start a name of this list (for a long-lived list: most words cannot).
 */
export function matchGazetteer(g: Gazetteer, tokens: Token[], info: WordInfo[], from = 0, to = tokens.length, remember = false): GazetteerMatch[] {
  const out: GazetteerMatch[] = [];
  if (g.names.size === 0) return out;
  let i = from;
  while (i < to) {
    let best: GazetteerMatch | undefined;
    const w = info[i];
    if (remember && w.startsStamp !== g.stamp) {
      w.starts = mayStart(g, w);
      w.startsStamp = g.stamp;
    }
    if (isNameToken(tokens[i]) && (!remember || w.starts)) {
      for (let r = -1; r < w.readings.length; r++) {
        let key = r < 0 ? w.key : w.readings[r].key;
        const offset = r < 0 ? 0 : w.readings[r].start;
        for (let j = i; j < to;) {
          const e = g.names.get(key);
          if (e && (!best || j + 1 > best.end)) best = { start: i, end: j + 1, entry: e, offset };
          if (j + 1 >= to || !isNameToken(tokens[j + 1]) || !g.prefixes.has(key)) break;
          j++;
          key = `${key} ${info[j].key}`;
        }
      }
    }
    if (best) {
      out.push(best);
      i = best.end;
    } else i++;
  }
  return out;
}
