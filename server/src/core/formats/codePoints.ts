// brat and W3C Web Annotation count Unicode code points, the core counts UTF-16 code units: an
// emoji or a rare CJK character is one code point but two code units. Converted here, at the edge.
export type ToCodePoints = (utf16Offset: number) => number;

export function codePointOffsets(text: string): ToCodePoints {
  const map = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    const low = text.charCodeAt(i + 1);
    if (c >= 0xd800 && c <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
      map[i + 1] = cp; // the middle of a pair belongs to its code point
      i++;
    }
    cp++;
  }
  map[text.length] = cp;
  return (offset) => map[Math.max(0, Math.min(offset, text.length))];
}
