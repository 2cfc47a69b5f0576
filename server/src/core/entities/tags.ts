// The BIO tag set the sequence model predicts, and which tag may follow which.
import type { EntityType } from '../types';

/**
 * The types the trained model knows, in the order of its tags (ner.bin's weights are laid out by
 * it). Kept apart from the annotator's entity types (entityTypes.ts): a type added there can be
 * annotated at once; it joins this list only with a model retrained on data that has it.
 */
export const MODEL_TYPES: readonly EntityType[] = ['PER', 'LOC', 'ORG', 'MISC'];
export const TAG_NAMES: readonly string[] = ['O', ...MODEL_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];
export const NUM_TAGS = TAG_NAMES.length;

export function tagIndex(name: string): number {
  // The training file says PERS; documents and gold say PER.
  const i = TAG_NAMES.indexOf(name.replace('PERS', 'PER'));
  if (i < 0) throw new Error(`unknown NER tag: ${name}`);
  return i;
}

export function isInside(tag: number): boolean {
  return tag > 0 && tag % 2 === 0;
}
export function tagType(tag: number): EntityType {
  return MODEL_TYPES[(tag - 1) >> 1];
}

/** allowed[prev * NUM_TAGS + next]: an I-X only continues a B-X or I-X (prev = -1 at sentence start). */
export const ALLOWED = (() => {
  const a = new Uint8Array(NUM_TAGS * NUM_TAGS);
  for (let p = 0; p < NUM_TAGS; p++) {
    for (let n = 0; n < NUM_TAGS; n++) a[p * NUM_TAGS + n] = !isInside(n) || (p > 0 && tagType(p) === tagType(n)) ? 1 : 0;
  }
  return a;
})();

/** Token runs of one entity each, from a tag sequence (a stray I-X opens a new run). */
export function tagRuns(tags: ArrayLike<number>): { start: number; end: number; type: EntityType }[] {
  const runs: { start: number; end: number; type: EntityType }[] = [];
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i];
    if (t === 0) continue;
    const last = runs[runs.length - 1];
    if (isInside(t) && last && last.end === i && last.type === tagType(t)) last.end = i + 1;
    else runs.push({ start: i, end: i + 1, type: tagType(t) });
  }
  return runs;
}
