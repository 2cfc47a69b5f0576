// LSP's relative encoding of semantic tokens, one token per line (a span that crosses a line break
// becomes one token per line), and the delta between two encodings.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { SemanticTokensEdit } from 'vscode-languageserver/node';
import type { TokenSpan } from './semanticTokenSpans';

export function encodeTokens(doc: TextDocument, text: string, spans: TokenSpan[]): number[] {
  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  const push = (line: number, character: number, length: number, type: number, modifiers: number) => {
    if (length <= 0) return;
    data.push(line - prevLine, line === prevLine ? character - prevChar : character, length, type, modifiers);
    prevLine = line;
    prevChar = character;
  };
  for (const s of spans) {
    const pos = doc.positionAt(s.start);
    let line = pos.line;
    let character = pos.character;
    let from = s.start;
    for (let i = s.start; i < s.end; i++) {
      const c = text.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      push(line, character, i - from, s.type, s.modifiers);
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      line++;
      character = 0;
      from = i + 1;
    }
    push(line, character, s.end - from, s.type, s.modifiers);
  }
  return data;
}

/** One edit replacing what differs between two encodings (common head and tail kept). */
export function diffTokens(before: number[], after: number[]): SemanticTokensEdit[] {
  let head = 0;
  const max = Math.min(before.length, after.length);
  while (head < max && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < max - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  if (head === before.length && head === after.length) return [];
  return [{ start: head, deleteCount: before.length - head - tail, data: after.slice(head, after.length - tail) }];
}
