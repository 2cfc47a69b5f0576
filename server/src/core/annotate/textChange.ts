// The one region where two versions of a text differ (common prefix and suffix trimmed away).
// Several edits in one change collapse into one region around them all: spans between them are
// then re-anchored by quote, which finds them at once since their text is intact.
export interface TextChange {
  /** Start of the replaced region, in both texts. */
  start: number;
  /** End of the replaced region in the old text. */
  oldEnd: number;
  /** End of the inserted region in the new text. */
  newEnd: number;
}

export function diffTexts(oldText: string, newText: string): TextChange | undefined {
  if (oldText === newText) return undefined;
  return trimmed((i) => oldText.charCodeAt(i), oldText.length, newText.length, (i) => newText.charCodeAt(i), 0, 0);
}

/**
 * The region diffTexts would find between `oldText` and the text after replacing [start, end) of it
 * with `inserted`, found from the edit: only the characters around the edit are compared, and the
 * new text is not read (an editor's keystroke need not scan, nor flatten, the whole article).
 */
export function changeOfEdit(oldText: string, start: number, end: number, inserted: string): TextChange | undefined {
  return changeOfEditAt((i) => oldText.charCodeAt(i), oldText.length, start, end, inserted);
}

/**
 * changeOfEdit reading the old text through `oldAt` (code unit at an offset): a caller holding the
 * text in pieces reads the few characters around the edit without joining the whole article.
 */
export function changeOfEditAt(oldAt: (i: number) => number, oldLength: number, start: number, end: number, inserted: string): TextChange | undefined {
  let same = end - start === inserted.length;
  for (let k = 0; same && k < inserted.length; k++) same = oldAt(start + k) === inserted.charCodeAt(k);
  if (same) return undefined;
  const newLength = oldLength - (end - start) + inserted.length;
  const insertedEnd = start + inserted.length;
  const shift = end - insertedEnd;
  const newAt = (i: number) => (i < start ? oldAt(i) : i < insertedEnd ? inserted.charCodeAt(i - start) : oldAt(i + shift));
  // Both texts share everything before the edit and everything after it.
  return trimmed(oldAt, oldLength, newLength, newAt, start, oldLength - end);
}

/** The region left when the common prefix and suffix are trimmed, the first `head` and last `tail` characters known to be common. */
function trimmed(oldAt: (i: number) => number, oldLength: number, newLength: number, newAt: (i: number) => number, head: number, tail: number): TextChange {
  const max = Math.min(oldLength, newLength);
  let start = Math.min(head, max);
  while (start < max && oldAt(start) === newAt(start)) start++;
  tail = Math.min(tail, max - start);
  while (tail < max - start && oldAt(oldLength - 1 - tail) === newAt(newLength - 1 - tail)) tail++;
  // Never cut a surrogate pair in two: widen to whole code points.
  if (start > 0 && isHigh(oldAt(start - 1))) start--;
  if (tail > 0 && isLow(oldAt(oldLength - tail))) tail--;
  return { start, oldEnd: oldLength - tail, newEnd: newLength - tail };
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
