// Splits text into words, numbers, Latin runs, punctuation and symbols, with exact UTF-16 offsets.
import type { Token, TokenKind } from '../types';
import { isIgnorable, foldDigit } from '../text/normalize';
import { analyzeClitics } from './clitics';

const enum Cls {
  Space,
  Arabic,
  Mark,
  Digit,
  Latin,
  Punct,
  High,
}

function classify(code: number): Cls {
  if (code <= 0x20 || code === 0xa0 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x3000) return Cls.Space;
  if ((code >= 48 && code <= 57) || foldDigit(code) >= 0) return Cls.Digit;
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)) return Cls.Latin;
  if (isIgnorable(code)) return Cls.Mark;
  if (
    (code >= 0x0621 && code <= 0x064a) ||
    (code >= 0x066e && code <= 0x06d3) ||
    code === 0x06d5 ||
    (code >= 0x06ee && code <= 0x06ff && foldDigit(code) < 0) ||
    (code >= 0x0750 && code <= 0x077f) ||
    (code >= 0x08a0 && code <= 0x08ff) ||
    (code >= 0xfb50 && code <= 0xfdff && code !== 0xfd3e && code !== 0xfd3f) ||
    (code >= 0xfe70 && code <= 0xfefc)
  )
    return Cls.Arabic;
  if (code >= 0xd800 && code <= 0xdbff) return Cls.High;
  return Cls.Punct;
}

// News vocabulary repeats heavily, so the clitic analysis of a word form is memoised (bounded):
// tokenising is on the keystroke path.
const STEM_CACHE_LIMIT = 200_000;
const stemCache = new Map<string, readonly [number, number] | null>();

function stemOffsets(word: string): readonly [number, number] | null {
  let hit = stemCache.get(word);
  if (hit === undefined) {
    const a = analyzeClitics(word);
    hit = a.stemStart > 0 || a.stemEnd < word.length ? ([a.stemStart, a.stemEnd] as const) : null;
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    stemCache.set(word, hit);
  }
  return hit;
}

/** U+1F1E6..U+1F1FF at `i` (a high surrogate 0xD83C and a low one 0xDDE6..0xDDFF). */
function isRegionalIndicator(text: string, i: number): boolean {
  const low = text.charCodeAt(i + 1);
  return text.charCodeAt(i) === 0xd83c && low >= 0xdde6 && low <= 0xddff;
}

function isDigitCode(code: number): boolean {
  return (code >= 48 && code <= 57) || foldDigit(code) >= 0;
}

/** Tokenises `text`. Arabic words carry their stem span (see analyzeClitics). */
export function tokenize(text: string, withStems = true): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const cls = classify(code);
    if (cls === Cls.Space) {
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    if (cls === Cls.Arabic || (cls === Cls.Mark && i + 1 < n && classify(text.charCodeAt(i + 1)) === Cls.Arabic)) {
      kind = 'word';
      i++;
      while (i < n) {
        const c = classify(text.charCodeAt(i));
        if (c === Cls.Arabic || c === Cls.Mark) i++;
        else break;
      }
    } else if (cls === Cls.Digit) {
      kind = 'number';
      i++;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (isDigitCode(c)) {
          i++;
          continue;
        }
        // 3.5, 1,000, ٣٫٥: a separator between two digits stays inside the number.
        if ((c === 46 || c === 44 || c === 0x066b || c === 0x066c) && i + 1 < n && isDigitCode(text.charCodeAt(i + 1))) {
          i += 2;
          continue;
        }
        break;
      }
    } else if (cls === Cls.Latin) {
      kind = 'latin';
      i++;
      while (i < n) {
        const c = text.charCodeAt(i);
        const k = classify(c);
        if (k === Cls.Latin || (k === Cls.Digit && c < 128)) {
          i++;
          continue;
        }
        // Apostrophes, hyphens and dots join Latin parts (O'Neil, S-300, U.S): one name, one token.
        const nextCls = i + 1 < n ? classify(text.charCodeAt(i + 1)) : Cls.Space;
        if ((c === 39 || c === 0x2019 || c === 45 || c === 46) && (nextCls === Cls.Latin || (c === 45 && nextCls === Cls.Digit && text.charCodeAt(i + 1) < 128))) {
          i += 2;
          continue;
        }
        break;
      }
    } else if (cls === Cls.High) {
      kind = 'symbol';
      i += i + 1 < n && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff ? 2 : 1;
      // A flag is two regional indicators (🇸🇦): one symbol, never a letter each.
      if (isRegionalIndicator(text, start) && isRegionalIndicator(text, i)) i += 2;
      // Emoji modifiers, variation selectors and joiners stay with their base symbol.
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c === 0x200d || (c >= 0xfe00 && c <= 0xfe0f)) {
          i++;
          continue;
        }
        if (c === 0xd83c && i + 1 < n && text.charCodeAt(i + 1) >= 0xdffb && text.charCodeAt(i + 1) <= 0xdfff) {
          i += 2;
          continue;
        }
        if (text.charCodeAt(i - 1) === 0x200d && c >= 0xd800 && c <= 0xdbff) {
          i += 2;
          continue;
        }
        // Tag characters spell a subdivision flag after 🏴 (🏴󠁧󠁢󠁳󠁣󠁴󠁿, Scotland).
        if (c === 0xdb40 && i + 1 < n && text.charCodeAt(i + 1) >= 0xdc20 && text.charCodeAt(i + 1) <= 0xdc7f) {
          i += 2;
          continue;
        }
        break;
      }
    } else {
      kind = cls === Cls.Mark ? 'symbol' : 'punct';
      i++;
    }
    const token: Token = { start, end: i, text: text.slice(start, i), kind };
    if (withStems && kind === 'word') {
      const stem = stemOffsets(token.text);
      if (stem) token.stem = { start: start + stem[0], end: start + stem[1] };
    }
    tokens.push(token);
  }
  return tokens;
}
