// Arabic clitic analysis: which leading letters of a word are proclitics (و ف ب ك ل س), whether
// an article (ال، لل) follows, and which pronoun suffix ends it. Offsets index into the word as
// written (tashkeel and tatweel included), so stems map straight back into the document.
import type { CliticAnalysis } from '../types';
import { normalizeCode } from '../text/normalize';

const CONJ = new Set(['و', 'ف']);
const PREP = new Set(['ب', 'ك', 'ل']);
const IMPERFECT = new Set(['ي', 'ت', 'ن', 'ا']);
const ENCLITICS = ['هما', 'كما', 'هم', 'هن', 'ها', 'كم', 'كن', 'نا', 'ه', 'ك', 'ي'];

export interface Letters {
  chars: string[];
  pos: number[];
}

/** The word's letters (normalised, marks dropped) with each letter's offset in the word. */
export function letters(word: string): Letters {
  const chars: string[] = [];
  const pos: number[] = [];
  for (let i = 0; i < word.length; i++) {
    const n = normalizeCode(word.charCodeAt(i));
    if (n >= 0) {
      chars.push(charOf(n));
      pos.push(i);
    }
  }
  return { chars, pos };
}

/** One string per Arabic-block letter, made once: words are split into letters by the thousand. */
const ARABIC_BLOCK = Array.from({ length: 0x100 }, (_, k) => String.fromCharCode(0x600 + k));
function charOf(code: number): string {
  return code >= 0x600 && code < 0x700 ? ARABIC_BLOCK[code - 0x600] : String.fromCharCode(code);
}

/** Offset in the word just after letter k-1 (skipping marks that follow it, e.g. the ـ of لـ). */
function after(l: Letters, word: string, k: number): number {
  return k >= l.chars.length ? word.length : l.pos[k];
}

export interface PrefixSplit {
  /** Number of letters taken by proclitics and the article. */
  letters: number;
  /** Offset in the word where the remainder starts (ال kept), and where the bare stem starts. */
  baseStart: number;
  stemStart: number;
  proclitics: string[];
  article: string;
}

/**
 * Every way to read the start of `word` as proclitics + article, from none to the most, each
 * leaving at least `minStem` letters. Callers that can check the remainder against a lexicon
 * (gazetteers) pick among them; analyzeClitics takes the longest.
 */
export function prefixSplits(word: string, minStem = 2, l = letters(word)): PrefixSplit[] {
  const c = l.chars;
  const out: PrefixSplit[] = [{ letters: 0, baseStart: 0, stemStart: 0, proclitics: [], article: '' }];
  // Kept in order of letters taken (ties in the order found) as they come, dropping a reading
  // that repeats the letters and article of the one before it: a handful per word, by the thousand.
  const push = (k: number, baseK: number, proclitics: string[], article: string) => {
    if (c.length - k < minStem) return;
    let at = out.length;
    while (out[at - 1].letters > k) at--;
    if (out[at - 1].letters === k && out[at - 1].article === article) return;
    out.splice(at, 0, { letters: k, baseStart: after(l, word, baseK), stemStart: after(l, word, k), proclitics, article });
  };
  const starts: { k: number; p: string[] }[] = [{ k: 0, p: [] }];
  if (CONJ.has(c[0])) starts.push({ k: 1, p: [c[0]] });
  for (const s of starts) {
    const k = s.k;
    if (c[k] === 'ا' && c[k + 1] === 'ل') push(k + 2, k, s.p, 'ال');
    // لل is ل + ال with the alef dropped: the name keeps the second ل (للصين → لصين).
    if (c[k] === 'ل' && c[k + 1] === 'ل') push(k + 2, k + 1, [...s.p, 'ل'], 'لل');
    if (PREP.has(c[k])) {
      const p = [...s.p, c[k]];
      // A bare ب/ك/ل is read as a preposition only before a long remainder: بوتين, بغداد, لبنان
      // and كوريا stay whole, لروسيا and بطهران split. The lexicon-backed callers see every reading.
      if (c.length - k - 1 >= 5) push(k + 1, k + 1, p, '');
      if (c[k] !== 'ل' && c[k + 1] === 'ا' && c[k + 2] === 'ل') push(k + 3, k + 1, p, 'ال');
    }
    if (c[k] === 'س' && IMPERFECT.has(c[k + 1]) && c.length - k >= 4) push(k + 1, k + 1, [...s.p, 'س'], '');
    if (k > 0) push(k, k, s.p, '');
  }
  return out;
}

/** Greedy analysis: longest proclitic reading leaving ≥ 3 letters, then a pronoun suffix leaving ≥ 3. */
export function analyzeClitics(word: string, l = letters(word)): CliticAnalysis {
  const splits = prefixSplits(word, 3, l);
  const best = splits[splits.length - 1];
  let stemEnd = word.length;
  let enclitic = '';
  const remaining = l.chars.length - best.letters;
  // Suffix pronouns only on longer words: short names end in ه/ي/ك too often (طه، علي).
  if (remaining >= 5 || (best.article === '' && remaining >= 4)) {
    const tail = l.chars.join('');
    for (const e of ENCLITICS) {
      if (tail.endsWith(e) && remaining - e.length >= 3 && e !== 'ي' && e !== 'ه' && e !== 'ك') {
        enclitic = e;
        stemEnd = l.pos[l.chars.length - e.length];
        break;
      }
    }
  }
  return {
    proclitics: best.proclitics,
    article: best.article,
    enclitic,
    baseStart: best.baseStart,
    stemStart: best.stemStart,
    stemEnd,
  };
}
