// A place named after the word for its kind (مدينة مومباسا، محافظة ذي قار، العاصمة كيغالي): a
// place the model has never seen is often left untagged, while the word before it says what it is.
import type { EntityType, Token } from '../types';
import { normalizeKey } from '../text/normalize';
import type { WordInfo } from './words';

/** Words for a kind of place that a name follows directly (a narrower set than the LOC triggers: not شمال، وسط، حي). */
const PLACE_WORDS = new Set(['مدينة', 'محافظة', 'ولاية', 'إقليم', 'بلدة', 'قرية', 'العاصمة', 'عاصمة', 'مقاطعة', 'جزيرة', 'ميناء', 'مطار'].map((w) => normalizeKey(w)));
/**
 * Words that open a two-word Arabic place name (ذي قار، أبو ظبي، عين العرب، تل أبيب، دير الزور،
 * رأس العين، كفر قاسم، بيت لحم، بني وليد): after one of these the next word is the name's too.
 */
const OPENERS = new Set(['ذي', 'ذو', 'أبو', 'أبي', 'بني', 'عين', 'بئر', 'دير', 'تل', 'رأس', 'كفر', 'أم', 'بيت', 'سيدي', 'جبل', 'وادي', 'خان', 'مرج'].map((w) => normalizeKey(w)));

type Run = { start: number; end: number; type: EntityType };

/**
 * New LOC runs for an untagged plain word (not common, not mostly O in training, no article, no
 * trigger) right after a place word, or an opener and the word after it.
 */
export function placesAfterCues(runs: Run[], tokens: Token[], info: WordInfo[], plain: (w: WordInfo) => boolean): Run[] {
  const tagged = new Uint8Array(tokens.length);
  for (const r of runs) tagged.fill(1, r.start, r.end);
  const out = runs.slice();
  for (let j = 0; j + 1 < tokens.length; j++) {
    if (tokens[j].kind !== 'word' || (!PLACE_WORDS.has(info[j].base) && !PLACE_WORDS.has(info[j].key))) continue;
    const k = j + 1;
    if (tagged[k] || tokens[k].kind !== 'word') continue;
    if (OPENERS.has(info[k].key) && k + 1 < tokens.length && !tagged[k + 1] && tokens[k + 1].kind === 'word') out.push({ start: k, end: k + 2, type: 'LOC' });
    else if (plain(info[k])) out.push({ start: k, end: k + 1, type: 'LOC' });
  }
  return out.sort((a, b) => a.start - b.start);
}
