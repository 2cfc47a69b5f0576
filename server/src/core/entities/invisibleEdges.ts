// Invisible format characters (directional marks and isolates, zero-width space, joiners, BOM, soft
// hyphen) are part of a word to the tokenizer, like the diacritics, so that a name split by one is
// still one word; but at a mention's edges they are not part of the name: an annotation that
// begins or ends with one exports text that differs from what the annotator sees and selects.

/** True for a code unit that shows nothing and is never a name's first or last character. */
export function isInvisibleFormat(code: number): boolean {
  return (code >= 0x200b && code <= 0x200f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2060 && code <= 0x2064) || (code >= 0x2066 && code <= 0x2069) || code === 0x061c || code === 0xfeff || code === 0x00ad;
}

/** The span without invisible format characters at its edges (unchanged when it is nothing but them). */
export function trimInvisible<T extends { start: number; end: number }>(text: string, span: T): T {
  let { start, end } = span;
  while (start < end && isInvisibleFormat(text.charCodeAt(start))) start++;
  while (end > start && isInvisibleFormat(text.charCodeAt(end - 1))) end--;
  return start === end || (start === span.start && end === span.end) ? span : { ...span, start, end };
}
