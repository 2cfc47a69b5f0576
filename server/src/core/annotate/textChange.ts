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
  const max = Math.min(oldText.length, newText.length);
  let start = 0;
  while (start < max && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < max - start && oldText.charCodeAt(oldText.length - 1 - tail) === newText.charCodeAt(newText.length - 1 - tail)) tail++;
  // Never cut a surrogate pair in two: widen to whole code points.
  if (start > 0 && isHigh(oldText.charCodeAt(start - 1))) start--;
  if (tail > 0 && isLow(oldText.charCodeAt(oldText.length - tail))) tail--;
  return { start, oldEnd: oldText.length - tail, newEnd: newText.length - tail };
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
