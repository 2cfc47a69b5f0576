// The delta between two encodings of an article's tokens, found from their chunk layouts: the
// chunks before an edit are the same arrays at the same places, the chunks after it the same arrays
// moved by the same number of lines, and only the chunks between are encoded and compared. A
// keystroke in a long article then costs what its paragraph costs, not what the article does.
import type { SemanticTokensEdit } from 'vscode-languageserver/node';
import { encodeLayout, type ChunkLayout } from './chunkTokens';
import { diffTokens } from './semanticTokenEncoding';

export function layoutDelta(before: ChunkLayout, after: ChunkLayout): SemanticTokensEdit[] {
  const on = before.parts.length;
  const nn = after.parts.length;
  const max = Math.min(on, nn);
  let head = 0;
  while (head < max && before.parts[head] === after.parts[head] && before.lines[head] === after.lines[head] && before.chars[head] === after.chars[head]) head++;
  // Chunks after the edit keep their relative encoding when their tokens are the same and they all
  // moved by one number of lines (and not along their first line).
  let tail = 0;
  const shift = nn && on ? after.lines[nn - 1] - before.lines[on - 1] : 0;
  while (tail < max - head) {
    const o = on - 1 - tail;
    const a = nn - 1 - tail;
    if (before.parts[o] !== after.parts[a] || after.lines[a] - before.lines[o] !== shift || before.chars[o] !== after.chars[a]) break;
    tail++;
  }
  // The first tail chunk with tokens is encoded relative to the last token before it, which may have changed.
  while (tail > 0 && !after.parts[nn - tail].length) tail--;
  if (tail > 0) tail--;
  const old = encodeLayout(before, head, on - tail);
  const now = encodeLayout(after, head, nn - tail);
  return diffTokens(old, now).map((e) => ({ ...e, start: e.start + before.offsets[head] }));
}
