// Where two versions of a text differ: from an editor's edit, its own range; between texts that
// changed in unknown ways, the one region left when the common prefix and suffix are trimmed away
// (several edits then collapse into one region around them all, and spans between them are
// re-anchored by quote).
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
  return trimmed(
    (i) => oldText.charCodeAt(i),
    oldText.length,
    newText.length,
    (i) => newText.charCodeAt(i),
    0,
    0,
  );
}

/**
 * The region an editor's edit replaced: [start, end) of `oldText` by `inserted`, less what the
 * replaced and the inserted text have in common at their ends. The region never reaches outside
 * the edit: a paste that begins with the name right after it is an insertion before the name, not
 * a change inside it (a whole-text diff would slide it over the name and re-anchor the name onto
 * the pasted copy). The new text is not read.
 */
export function changeOfEdit(oldText: string, start: number, end: number, inserted: string): TextChange | undefined {
  return changeOfEditAt((i) => oldText.charCodeAt(i), start, end, inserted);
}

/**
 * changeOfEdit reading the old text through `oldAt` (code unit at an offset): a caller holding the
 * text in pieces reads the few characters of the edit without joining the whole article.
 */
export function changeOfEditAt(oldAt: (i: number) => number, start: number, end: number, inserted: string): TextChange | undefined {
  const removed = end - start;
  const common = Math.min(removed, inserted.length);
  let head = 0;
  while (head < common && oldAt(start + head) === inserted.charCodeAt(head)) head++;
  if (head === removed && head === inserted.length) return undefined;
  let tail = 0;
  while (tail < common - head && oldAt(end - 1 - tail) === inserted.charCodeAt(inserted.length - 1 - tail)) tail++;
  // Never cut a surrogate pair in two: widen to whole code points (still inside the edit).
  if (head > 0 && isHigh(oldAt(start + head - 1))) head--;
  if (tail > 0 && isLow(oldAt(end - tail))) tail--;
  return { start: start + head, oldEnd: end - tail, newEnd: start + inserted.length - tail };
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
