// From tagged tokens to document spans: the model tags whole tokens (clitics attached, as in the
// training data); a name's span drops the first token's proclitics, keeps ال, and never starts or
// ends on punctuation such as quote marks.
import type { EntityType, Span, Token } from '../types';
import type { WordInfo } from './words';

export interface RawMention extends Span {
  type: EntityType;
  /** Token indices [first, last) the mention covers. */
  tokenStart: number;
  tokenEnd: number;
  source: 'model' | 'gazetteer' | 'user' | 'propagated';
}

/**
 * Offset in the token where a name starts. A reading without proclitics is taken when what remains
 * is a known name word; otherwise only prefixes that are surely clitics (those before an article,
 * or و before a long remainder) are dropped, so an unknown بوتين keeps its ب and فايننشال its ف
 * (ف as a conjunction on a name is rare; و is everywhere). A short remainder (three letters or
 * fewer) is not taken when the whole word is a name itself or when it is shorter still: بكين is not
 * ب + «كين», nor بان (كي مون) ب + «ان».
 */
export function nameStart(info: WordInfo, known: (key: string) => boolean, keepConj = false): number {
  const whole = known(info.key);
  for (const r of info.readings) if (known(r.key) && !(r.key.length <= 3 && !r.sure && (whole || r.key.length < 3))) return r.start;
  if (whole) return 0;
  // و/ف + ال + two letters is a name of its own more often than «and the …» (والتر، والاس).
  const shortArticle = (k: string) => k.startsWith('ال') && k.length <= 4;
  for (const r of info.readings) if (r.sure && !shortArticle(r.key)) return r.start;
  const last = info.readings[info.readings.length - 1];
  // Not after a title (الرئيس الكيني ويليام روتو): a title is not followed by «and».
  if (!keepConj && last && info.key[0] === 'و' && last.key === info.key.slice(1) && last.key.length >= 4 && !shortArticle(last.key)) return last.start;
  return 0;
}

function isNamePart(t: Token): boolean {
  return t.kind === 'word' || t.kind === 'latin' || t.kind === 'number';
}

/** The span of tokens [from, to) as a name, or undefined when no word is left after trimming. */
export function mentionSpan(tokens: Token[], info: WordInfo[], from: number, to: number, known: (key: string) => boolean, offset?: number, keepConj = false): { start: number; end: number; from: number; to: number } | undefined {
  while (from < to && !isNamePart(tokens[from])) from++;
  while (to > from && !isNamePart(tokens[to - 1])) to--;
  if (from >= to) return undefined;
  const first = tokens[from];
  const skip = offset ?? (first.kind === 'word' ? nameStart(info[from], known, keepConj) : 0);
  return { start: first.start + skip, end: tokens[to - 1].end, from, to };
}

/**
 * Splits a person run at a token that starts with the conjunction و (بوتين وبزشكيان are two
 * people): the training data tags whole tokens, and the tagger sometimes reads the pair as one
 * name. A token that is itself a known name word (وليد) does not split.
 */
export function splitPersonRuns(runs: { start: number; end: number; type: EntityType }[], info: WordInfo[], known: (key: string) => boolean): { start: number; end: number; type: EntityType }[] {
  const out: { start: number; end: number; type: EntityType }[] = [];
  for (const r of runs) {
    let from = r.start;
    if (r.type === 'PER') {
      for (let i = r.start + 1; i < r.end; i++) {
        const k = info[i].key;
        if (k[0] === 'و' && k.length >= 4 && !known(k)) {
          out.push({ start: from, end: i, type: r.type });
          from = i;
        }
      }
    }
    out.push({ start: from, end: r.end, type: r.type });
  }
  return out;
}
