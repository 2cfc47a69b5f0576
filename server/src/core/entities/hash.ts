// Feature hashing without building strings: FNV-1a over a string's code units, and a mixer that
// combines a feature template with a value hash into a table index.

export const FNV_OFFSET = 0x811c9dc5;

export function fnvStep(h: number, code: number): number {
  return Math.imul(h ^ code, 0x01000193) >>> 0;
}

export function fnv(s: string, h = FNV_OFFSET): number {
  for (let i = 0; i < s.length; i++) h = fnvStep(h, s.charCodeAt(i));
  return h;
}

/** Index of (template, value) in a table of 2^bits rows (a murmur3-style finaliser spreads the bits). */
export function mix(template: number, value: number, mask: number): number {
  let h = (Math.imul(template + 1, 0x9e3779b1) ^ value) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return ((h ^ (h >>> 16)) >>> 0) & mask;
}

/**
 * The row of (template, pair of hashes a and b): b's two halves are folded into a by FNV steps.
 * One call, so the 32-bit pair hash never leaves the function (no boxed number per feature).
 */
export function mixPair(template: number, a: number, b: number, mask: number): number {
  const h = Math.imul((Math.imul(a ^ (b & 0xffff), 0x01000193) >>> 0) ^ (b >>> 16), 0x01000193) >>> 0;
  return mix(template, h, mask);
}

/**
 * Hash of the first (or last) n code units of s, 0 when s is shorter. Computed when features are
 * made rather than kept on the word: the word cache holds tens of thousands of words.
 */
export function affixHash(s: string, n: number, fromEnd: boolean): number {
  if (s.length < n) return 0;
  let h = FNV_OFFSET;
  for (let k = 0; k < n; k++) h = fnvStep(h, s.charCodeAt(fromEnd ? s.length - 1 - k : k));
  return h;
}
