// Semantic tokens of one analysed paragraph, cached with its results, so that a keystroke in a long
// article encodes only the paragraphs it changed: the machine's suggestions, paragraph by
// paragraph (decidedTokens.ts lays the annotator's decisions over them).
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnnotatedDocument } from '../core/annotate/model';
import type { Chunk } from '../state/chunk';
import { tokenSpans, type TokenSpan } from './semanticTokenSpans';

/** Quintuples: line from the chunk's first line, character (from the chunk's start on its first line), length, type, modifiers. */
const cache = new WeakMap<object, Int32Array>();

/** A paragraph's suggestions as an annotated view, at offsets in the paragraph. */
export function chunkView(c: Chunk): AnnotatedDocument {
  return {
    entities: (c.layer?.entities ?? []).map((e, i) => ({ kind: 'entity', id: `${i}`, start: e.start, end: e.end, text: e.text, type: e.type, status: 'suggested', source: 'machine' })),
    claims: (c.claims ?? []).map((cl, i) => ({
      kind: 'claim',
      id: `${i}`,
      start: cl.content.start,
      end: cl.content.end,
      text: '',
      claimKind: cl.kind,
      cue: cl.cue,
      speaker: cl.speaker,
      speakerCarried: cl.speakerCarried,
      status: 'suggested',
      source: 'machine',
    })),
  };
}

export function chunkTokens(c: Chunk): Int32Array {
  const key = c.claims ?? c;
  let out = cache.get(key);
  if (!out) cache.set(key, (out = encodeChunkView(c, chunkView(c))));
  return out;
}

/** The quintuples of an annotated view of paragraph c (spans outside the paragraph are left out). */
export function encodeChunkView(c: Chunk, view: AnnotatedDocument): Int32Array {
  return encodeSpans(
    c.text,
    tokenSpans(view, c.text).filter((s) => s.start >= 0 && s.end <= c.text.length),
  );
}

/** The quintuples of sorted token spans at offsets in `text` (a span over a line break becomes one token per line). */
export function encodeSpans(text: string, spans: TokenSpan[]): Int32Array {
  const data: number[] = [];
  let line = 0;
  let lineStart = 0;
  let scanned = 0;
  for (const s of spans) {
    for (; scanned < s.start; scanned++) {
      const ch = text.charCodeAt(scanned);
      if (ch === 13 && text.charCodeAt(scanned + 1) === 10) continue;
      if (ch === 10 || ch === 13) {
        line++;
        lineStart = scanned + 1;
      }
    }
    let from = s.start;
    for (let i = s.start; i < s.end; i++) {
      const ch = text.charCodeAt(i);
      if (ch !== 10 && ch !== 13) continue;
      if (i > from) data.push(line, from - lineStart, i - from, s.type, s.modifiers);
      if (ch === 13 && text.charCodeAt(i + 1) === 10) i++;
      line++;
      lineStart = i + 1;
      from = i + 1;
    }
    scanned = Math.max(scanned, s.end);
    if (s.end > from) data.push(line, from - lineStart, s.end - from, s.type, s.modifiers);
  }
  return Int32Array.from(data);
}

/** Where the tokens of a list of chunks go: each chunk's tokens and start, and where its quintuples begin in the encoding. */
export interface ChunkLayout {
  parts: Int32Array[];
  lines: Int32Array;
  chars: Int32Array;
  /** offsets[i]: index in the encoding of chunk i's first number; offsets[n]: the encoding's length. */
  offsets: Int32Array;
}

export function chunkLayout(doc: TextDocument, chunks: Chunk[], parts: Int32Array[] = chunks.map(chunkTokens)): ChunkLayout {
  const n = chunks.length;
  const lines = new Int32Array(n);
  const chars = new Int32Array(n);
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const at = doc.positionAt(chunks[i].start);
    lines[i] = at.line;
    chars[i] = at.character;
    offsets[i + 1] = offsets[i] + parts[i].length;
  }
  return { parts, lines, chars, offsets };
}

/** The relative encoding of the tokens of chunks [from, to) of a layout, after the tokens of the chunks before them. */
export function encodeLayout(l: ChunkLayout, from = 0, to = l.parts.length): number[] {
  let prevLine = 0;
  let prevChar = 0;
  for (let j = from - 1; j >= 0; j--) {
    const t = l.parts[j];
    if (!t.length) continue;
    const i = t.length - 5;
    prevLine = l.lines[j] + t[i];
    prevChar = t[i] === 0 ? l.chars[j] + t[i + 1] : t[i + 1];
    break;
  }
  const data: number[] = new Array<number>(l.offsets[to] - l.offsets[from]);
  let k = 0;
  for (let ci = from; ci < to; ci++) {
    const t = l.parts[ci];
    const startLine = l.lines[ci];
    const startChar = l.chars[ci];
    for (let i = 0; i < t.length; i += 5) {
      const line = startLine + t[i];
      const character = t[i] === 0 ? startChar + t[i + 1] : t[i + 1];
      data[k++] = line - prevLine;
      data[k++] = line === prevLine ? character - prevChar : character;
      data[k++] = t[i + 2];
      data[k++] = t[i + 3];
      data[k++] = t[i + 4];
      prevLine = line;
      prevChar = character;
    }
  }
  return data;
}
