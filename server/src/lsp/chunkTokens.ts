// Semantic tokens of one analysed paragraph, cached with its results, so that a keystroke in a long
// article encodes only the paragraphs it changed. Used while the article has no decisions of the
// annotator (the annotated view is then the machine's suggestions, paragraph by paragraph).
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnnotatedDocument } from '../core/annotate/model';
import type { Chunk } from '../state/chunk';
import { tokenSpans } from './semanticTokenSpans';

/** Quintuples: line from the chunk's first line, character (from the chunk's start on its first line), length, type, modifiers. */
const cache = new WeakMap<object, Int32Array>();

function chunkView(c: Chunk): AnnotatedDocument {
  return {
    entities: (c.layer?.entities ?? []).map((e, i) => ({ kind: 'entity', id: `${i}`, start: e.start, end: e.end, text: e.text, type: e.type, status: 'suggested', source: 'machine' })),
    claims: (c.claims ?? []).map((cl, i) => ({
      kind: 'claim', id: `${i}`, start: cl.content.start, end: cl.content.end, text: '', claimKind: cl.kind, cue: cl.cue, speaker: cl.speaker,
      speakerCarried: cl.speakerCarried, status: 'suggested', source: 'machine',
    })),
  };
}

export function chunkTokens(c: Chunk): Int32Array {
  const key = c.claims ?? c;
  let out = cache.get(key);
  if (out) return out;
  const spans = tokenSpans(chunkView(c), c.text).filter((s) => s.start >= 0 && s.end <= c.text.length);
  const data: number[] = [];
  let line = 0;
  let lineStart = 0;
  let scanned = 0;
  const text = c.text;
  for (const s of spans) {
    for (; scanned < s.start; scanned++) {
      const ch = text.charCodeAt(scanned);
      if (ch === 13 && text.charCodeAt(scanned + 1) === 10) continue;
      if (ch === 10 || ch === 13) { line++; lineStart = scanned + 1; }
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
  out = Int32Array.from(data);
  cache.set(key, out);
  return out;
}

/** The relative encoding of the tokens of these chunks (in document order). */
export function encodeChunks(doc: TextDocument, chunks: Chunk[]): number[] {
  const parts = chunks.map(chunkTokens);
  let total = 0;
  for (const t of parts) total += t.length;
  const data: number[] = new Array<number>(total);
  let k = 0;
  let prevLine = 0;
  let prevChar = 0;
  for (let ci = 0; ci < chunks.length; ci++) {
    const t = parts[ci];
    if (!t.length) continue;
    const start = doc.positionAt(chunks[ci].start);
    for (let i = 0; i < t.length; i += 5) {
      const line = start.line + t[i];
      const character = t[i] === 0 ? start.character + t[i + 1] : t[i + 1];
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
