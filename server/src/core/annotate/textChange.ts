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
  return trimmed(oldText, newText.length, (i) => newText.charCodeAt(i), 0, 0);
}

/**
 * The region diffTexts would find between `oldText` and the text after replacing [start, end) of it
 * with `inserted`, found from the edit: only the characters around the edit are compared, and the
 * new text is not read (an editor's keystroke need not scan, nor flatten, the whole article).
 */
export function changeOfEdit(oldText: string, start: number, end: number, inserted: string): TextChange | undefined {
  if (end - start === inserted.length && oldText.startsWith(inserted, start)) return undefined;
  const newLength = oldText.length - (end - start) + inserted.length;
  const insertedEnd = start + inserted.length;
  const shift = end - insertedEnd;
  const newAt = (i: number) => (i < start ? oldText.charCodeAt(i) : i < insertedEnd ? inserted.charCodeAt(i - start) : oldText.charCodeAt(i + shift));
  // Both texts share everything before the edit and everything after it.
  return trimmed(oldText, newLength, newAt, start, oldText.length - end);
}

/** The region left when the common prefix and suffix are trimmed, the first `head` and last `tail` characters known to be common. */
function trimmed(oldText: string, newLength: number, newAt: (i: number) => number, head: number, tail: number): TextChange {
  const max = Math.min(oldText.length, newLength);
  let start = Math.min(head, max);
  while (start < max && oldText.charCodeAt(start) === newAt(start)) start++;
  tail = Math.min(tail, max - start);
  while (tail < max - start && oldText.charCodeAt(oldText.length - 1 - tail) === newAt(newLength - 1 - tail)) tail++;
  // Never cut a surrogate pair in two: widen to whole code points.
  if (start > 0 && isHigh(oldText.charCodeAt(start - 1))) start--;
  if (tail > 0 && isLow(oldText.charCodeAt(oldText.length - tail))) tail--;
  return { start, oldEnd: oldText.length - tail, newEnd: newLength - tail };
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
