// How an article's bytes become its text, as the editor would see it: UTF-8 with or without BOM,
// CRLF or LF kept as is.
// Anything else is refused, here and in the editor alike (never annotate what cannot be exported),
// with the encoding it looks like (chardet) and the command that converts it.
import * as chardet from 'chardet';

export class ArticleError extends Error {}

export function decodeArticle(bytes: Uint8Array, name: string): string {
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) throw new ArticleError(`${name}: not a text file (it contains NUL bytes)`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ArticleError(`${name}: ${notUtf8(bytes, name)}`);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(b: Uint8Array): number {
  for (let i = 0; i < b.length;) {
    const c = b[i];
    const n = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k] & 0xc0) !== 0x80) return i;
    // Overlong, surrogate and beyond-U+10FFFF forms.
    if ((c === 0xe0 && b[i + 1] < 0xa0) || (c === 0xed && b[i + 1] > 0x9f) || (c === 0xf0 && b[i + 1] < 0x90) || (c === 0xf4 && b[i + 1] > 0x8f)) return i;
    i += n + 1;
  }
  return -1;
}

/** Why bytes are not an article Mizan reads, and what to do about it. */
export function notUtf8(bytes: Uint8Array, name: string): string {
  const at = firstInvalidUtf8(bytes);
  const guess = chardet.analyse(bytes).find((m) => !/^(UTF-8|ASCII)$/i.test(m.name) && m.confidence >= 20);
  const where = at >= 0 ? `, the first bad byte at offset ${at}` : '';
  const quoted = JSON.stringify(name);
  if (guess) {
    const enc = guess.name.toUpperCase();
    return `not valid UTF-8 text (it looks like ${guess.name}${where}); Mizan annotates UTF-8 only, so that the editor and the CLI see the same text: convert it with iconv -f ${enc} -t UTF-8 ${quoted} > converted.txt, then replace it`;
  }
  return `not valid UTF-8 text (${where.slice(2) || 'bad bytes'}); Mizan annotates UTF-8 only, so that the editor and the CLI see the same text: fix or remove the bad bytes (iconv -f UTF-8 -t UTF-8 -c ${quoted} > fixed.txt drops them)`;
}
