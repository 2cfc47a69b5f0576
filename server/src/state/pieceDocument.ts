// An open document's text kept as pieces of a few thousand characters, behind the TextDocument
// interface. The library's document concatenates the whole text on every change and then reads a
// character of it, which makes V8 copy (flatten) the new string: 2 MB for a 1 MB Arabic article on
// every keystroke. Here an edit replaces the pieces it touches; the whole text is concatenated
// only when someone asks for it, and copied only when someone reads it. Positions follow the
// library's rules exactly (line offsets, CRLF pairs, offsets clamped before a line's end).
import type { Position, Range, TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver/node';

const PIECE = 4096;

const isEOL = (c: number) => c === 13 || c === 10;

function lineOffsetsOf(text: string, atLineStart: boolean, offset: number): number[] {
  const out = atLineStart ? [offset] : [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isEOL(c)) continue;
    if (c === 13 && i + 1 < text.length && text.charCodeAt(i + 1) === 10) i++;
    out.push(offset + i + 1);
  }
  return out;
}

function split(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += PIECE) out.push(text.slice(i, i + PIECE));
  return out;
}

/** Concatenates without copying (a balanced tree of V8 cons strings). */
function join(pieces: string[], from: number, to: number): string {
  if (to - from <= 0) return '';
  if (to - from === 1) return pieces[from];
  const mid = (from + to) >> 1;
  return join(pieces, from, mid) + join(pieces, mid, to);
}

export class PieceDocument implements TextDocument {
  private pieces: string[];
  /** starts[i]: offset of piece i; starts[pieces.length]: the length. */
  private starts: number[] = [0];
  private text: string | undefined;
  private lineOffsets: number[] | undefined;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    private ver: number,
    content: string,
  ) {
    this.pieces = split(content);
    this.text = content;
    this.index();
  }

  get version(): number {
    return this.ver;
  }

  get lineCount(): number {
    return this.offsets().length;
  }

  private get length(): number {
    return this.starts[this.pieces.length];
  }

  getText(range?: Range): string {
    if (range) return this.slice(this.offsetAt(range.start), this.offsetAt(range.end));
    return (this.text ??= join(this.pieces, 0, this.pieces.length));
  }

  positionAt(offset: number): Position {
    offset = Math.max(Math.min(offset, this.length), 0);
    const lines = this.offsets();
    let low = 0;
    let high = lines.length;
    if (high === 0) return { line: 0, character: offset };
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      if (lines[mid] > offset) high = mid;
      else low = mid + 1;
    }
    const line = low - 1;
    offset = this.beforeEOL(offset, lines[line]);
    return { line, character: offset - lines[line] };
  }

  offsetAt(position: Position): number {
    const lines = this.offsets();
    if (position.line >= lines.length) return this.length;
    if (position.line < 0) return 0;
    const lineOffset = lines[position.line];
    if (position.character <= 0) return lineOffset;
    const next = position.line + 1 < lines.length ? lines[position.line + 1] : this.length;
    return this.beforeEOL(Math.min(lineOffset + position.character, next), lineOffset);
  }

  getLineRange(line: number): Range {
    const lines = this.offsets();
    if (line >= lines.length) {
      const last = lines.length - 1;
      return { start: { line: last, character: 0 }, end: { line: last, character: this.length - lines[last] } };
    }
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const start = lines[line];
    const next = line + 1 < lines.length ? lines[line + 1] : this.length;
    return { start: { line, character: 0 }, end: { line, character: this.beforeEOL(next, start) - start } };
  }

  getEOLCharacters(line: number): string {
    const lines = this.offsets();
    if (line >= lines.length || line < 0) return '';
    const next = line + 1 < lines.length ? lines[line + 1] : this.length;
    return this.slice(this.beforeEOL(next, lines[line]), next);
  }

  /** Applies one change event (what TextDocument.update does for each of its changes). */
  update(change: TextDocumentContentChangeEvent, version: number): void {
    this.ver = version;
    if (!('range' in change)) {
      this.pieces = split(change.text);
      this.text = change.text;
      this.lineOffsets = undefined;
      this.index();
      return;
    }
    const range = wellFormed(change.range);
    const start = this.offsetAt(range.start);
    const end = this.offsetAt(range.end);
    this.replace(start, end, change.text);
    const insertedEnd = start + change.text.length;
    const crlfAtStart = this.charCodeAt(start - 1) === 13 && this.charCodeAt(start) === 10;
    const crlfAtEnd = this.charCodeAt(insertedEnd - 1) === 13 && this.charCodeAt(insertedEnd) === 10;
    // A CRLF pair across an edit's boundary is not in the inserted text's line offsets.
    if (crlfAtStart || crlfAtEnd || !this.lineOffsets) {
      this.lineOffsets = undefined;
      return;
    }
    const startLine = Math.max(range.start.line, 0);
    const endLine = Math.max(range.end.line, 0);
    let lines = this.lineOffsets;
    const added = lineOffsetsOf(change.text, false, start);
    if (endLine - startLine === added.length) {
      for (let i = 0; i < added.length; i++) lines[i + startLine + 1] = added[i];
    } else if (added.length < 10000) {
      lines.splice(startLine + 1, endLine - startLine, ...added);
    } else {
      this.lineOffsets = lines = lines.slice(0, startLine + 1).concat(added, lines.slice(endLine + 1));
    }
    const diff = change.text.length - (end - start);
    if (diff !== 0) for (let i = startLine + 1 + added.length; i < lines.length; i++) lines[i] += diff;
  }

  private offsets(): number[] {
    return (this.lineOffsets ??= lineOffsetsOf(this.getText(), true, 0));
  }

  private beforeEOL(offset: number, lineOffset: number): number {
    while (offset > lineOffset && isEOL(this.charCodeAt(offset - 1))) offset--;
    return offset;
  }

  /** The piece holding offset (the last piece for the text's end). */
  private pieceAt(offset: number): number {
    let lo = 0;
    let hi = this.pieces.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The code unit at an offset of the current text (NaN outside it), read from its piece. */
  charCodeAt(offset: number): number {
    if (offset < 0 || offset >= this.length) return NaN;
    const i = this.pieceAt(offset);
    return this.pieces[i].charCodeAt(offset - this.starts[i]);
  }

  private slice(start: number, end: number): string {
    if (end <= start) return '';
    const a = this.pieceAt(start);
    const b = this.pieceAt(end - 1);
    if (a === b) return this.pieces[a].slice(start - this.starts[a], end - this.starts[a]);
    const middle = join(this.pieces, a + 1, b);
    return this.pieces[a].slice(start - this.starts[a]) + middle + this.pieces[b].slice(0, end - this.starts[b]);
  }

  private replace(start: number, end: number, inserted: string): void {
    this.text = undefined;
    if (!this.pieces.length) {
      this.pieces = split(inserted);
      this.index();
      return;
    }
    const a = this.pieceAt(start);
    const b = this.pieceAt(Math.max(start, end - 1));
    const joined = this.pieces[a].slice(0, start - this.starts[a]) + inserted + this.pieces[b].slice(end - this.starts[b]);
    // Pieces stay a few thousand characters long: a long paste is cut up, and an emptied piece goes.
    const fresh = joined.length > 2 * PIECE ? split(joined) : joined.length ? [joined] : [];
    this.pieces.splice(a, b - a + 1, ...fresh);
    this.index();
  }

  private index(): void {
    const starts = new Array<number>(this.pieces.length + 1);
    starts[0] = 0;
    for (let i = 0; i < this.pieces.length; i++) starts[i + 1] = starts[i] + this.pieces[i].length;
    this.starts = starts;
  }
}

function wellFormed(range: Range): Range {
  const { start, end } = range;
  return start.line > end.line || (start.line === end.line && start.character > end.character) ? { start: end, end: start } : range;
}
