// A person's name after a title (الرئيس البرازيلي لولا دا سيلفا، الرئيس الكيني ويليام روتو): the
// model learns names, so on a name it has never seen it often tags only the last word, and the
// و that opens a foreign first name (ويليام، وانغ) reads as a conjunction. After a title the words
// up to the name are the name's, and a و right after the title is a letter of it: a title is not
// followed by «and».
import type { EntityType, Token } from '../types';
import type { WordInfo } from './words';

/** Trigger class of titles (الرئيس، وزير، المتحدث …; see triggers.json). */
const PER_TRIGGER = 1;
/** Words a name may take from before it, at most. */
const MAX_TAKEN = 2;

type Run = { start: number; end: number; type: EntityType };

/**
 * A title word. The trigger class comes from the word's base, and the base of وزير، وزيرة is
 * «زير» (its و read as a conjunction): the word itself is looked up too. (The model's trigger
 * feature keeps the base only, as it was trained that way.)
 */
function isTitle(w: WordInfo, triggers: Map<string, number>): boolean {
  return w.trigger === PER_TRIGGER || triggers.get(w.key) === PER_TRIGGER;
}

/** A title, or a nisba adjective right after one (الرئيس الكيني), ends at token `j`. */
export function titleEndsAt(tokens: Token[], info: WordInfo[], j: number, triggers: Map<string, number>): boolean {
  if (j < 0 || tokens[j].kind !== 'word') return false;
  if (isTitle(info[j], triggers)) return true;
  if (j < 1 || tokens[j - 1].kind !== 'word' || !info[j].key.startsWith('ال')) return false;
  // The title's complement (وزير الخارجية، رئيس الوزراء، الأمين العام) and a nisba adjective
  // after it (الرئيس الكيني، وزير الخارجية الإيطالي) still end it.
  if (isTitle(info[j - 1], triggers)) return true;
  return /^ال.{2,}ي$/.test(info[j].key) && titleEndsAt(tokens, info, j - 1, triggers);
}

/**
 * Extends person runs leftwards over untagged words up to a title: words that are not common
 * (dictionary) words, not the article's, and not mostly outside names in the training data.
 */
export function completeAfterTitles(runs: Run[], tokens: Token[], info: WordInfo[], outside: (key: string) => boolean, triggers: Map<string, number>): Run[] {
  const tagged = new Uint8Array(tokens.length);
  for (const r of runs) tagged.fill(1, r.start, r.end);
  return runs.map((r) => {
    if (r.type !== 'PER') return r;
    let j = r.start - 1;
    while (j >= 0 && r.start - j <= MAX_TAKEN && !tagged[j] && tokens[j].kind === 'word' && plainWord(info[j], outside, triggers)) j--;
    if (!titleEndsAt(tokens, info, j, triggers)) return r;
    // One word after a one-word name that follows its title: the family name (سريتا | تافيسين).
    let end = r.end;
    if (r.end - (j + 1) === 1 && end < tokens.length && !tagged[end] && tokens[end].kind === 'word' && plainWord(info[end], outside, triggers) && !/^[وف]/.test(info[end].key)) end++;
    return { ...r, start: j + 1, end };
  });
}

export function plainWord(w: WordInfo, outside: (key: string) => boolean, triggers: Map<string, number>): boolean {
  return !w.key.startsWith('ال') && w.trigger === 0 && !triggers.has(w.key) && !w.common && !outside(w.key) && w.key.length >= 2;
}

/** The first token of a person run follows a title: its و is no conjunction. */
export function afterTitle(tokens: Token[], info: WordInfo[], run: Run, triggers: Map<string, number>): boolean {
  return run.type === 'PER' && titleEndsAt(tokens, info, run.start - 1, triggers);
}
