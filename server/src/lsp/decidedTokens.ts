// Semantic tokens of an article with the annotator's decisions, still paragraph by paragraph. A
// decision only changes the tokens of what it overlaps (it matches the suggestion at its span, or
// overrides the suggestions it covers), so each paragraph's tokens are its own suggestions merged
// with the decisions that lie in it, and a keystroke re-encodes only the paragraphs it touched.
// Paragraphs that one decision spans are merged together and cut back; when a token would fall on
// the text between paragraphs, the caller falls back to the whole-document view.
import { mergeDecisions } from '../core/annotate/merge';
import type { AnnotationRecord } from '../core/annotate/record';
import type { Span } from '../core/types';
import type { Chunk } from '../state/chunk';
import type { AnnotatedDocument } from '../core/annotate/model';
import { chunkTokens, chunkView, encodeChunkView, encodeSpans } from './chunkTokens';
import { tokenSpans, type TokenSpan } from './semanticTokenSpans';

/** The text a record's tokens can come from: its span, cue and speaker (those found again); undefined when it has no place. */
function extent(r: AnnotationRecord): Span | undefined {
  if (r.orphaned) return undefined;
  let start = r.start;
  let end = r.end;
  if (r.kind === 'claim') {
    for (const a of [r.cue, r.speaker])
      if (a && !a.orphaned) {
        start = Math.min(start, a.start);
        end = Math.max(end, a.end);
      }
  }
  return { start, end };
}

const shifted = <T extends Span | undefined>(a: T, by: number): T => (a ? { ...a, start: a.start - by, end: a.end - by } : a);

/** The record at offsets in the paragraph that starts at `by`, without its history (which colours nothing). */
function relative(r: AnnotationRecord, by: number): AnnotationRecord {
  const base = { ...r, start: r.start - by, end: r.end - by, history: [] };
  return base.kind === 'claim' ? { ...base, cue: shifted(base.cue, by), speaker: shifted(base.speaker, by) } : base;
}

/** The same anchor, up to where each is measured from. */
function sameAnchor(a: { start: number; end: number; orphaned?: boolean } | undefined, aAt: number, b: typeof a, bAt: number): boolean {
  if (!a || !b) return a === b;
  return a.start - aAt === b.start - bAt && a.end - aAt === b.end - bAt && !a.orphaned === !b.orphaned;
}

/**
 * Whether two lists of decisions colour a paragraph alike, measured from `aAt` and `bAt`: what
 * the merge and the tokens read (spans, status, type), not quotes, stances or history. Compared
 * field by field: the records after an edit are new objects, moved by the edit.
 */
function sameDecisions(a: readonly AnnotationRecord[], aAt: number, b: readonly AnnotationRecord[], bAt: number): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x.id !== y.id || x.kind !== y.kind || x.status !== y.status || !sameAnchor(x, aAt, y, bAt)) return false;
    if (x.kind === 'entity' && y.kind === 'entity' && x.type !== y.type) return false;
    if (x.kind === 'claim' && y.kind === 'claim' && (!sameAnchor(x.cue, aAt, y.cue, bAt) || !sameAnchor(x.speaker, aAt, y.speaker, bAt))) return false;
  }
  return true;
}

/** Tokens of a paragraph with decisions, remembered while its suggestions and decisions stay the same. */
const cache = new WeakMap<object, { at: number; records: AnnotationRecord[]; tokens: Int32Array }>();

function tokensWith(c: Chunk, records: AnnotationRecord[]): Int32Array {
  if (!records.length) return chunkTokens(c);
  const slot = c.claims ?? c;
  const hit = cache.get(slot);
  if (hit && sameDecisions(hit.records, hit.at, records, c.start)) return hit.tokens;
  const tokens = encodeChunkView(c, mergeDecisions(chunkView(c), { records: records.map((r) => relative(r, c.start)) }));
  cache.set(slot, { at: c.start, records, tokens });
  return tokens;
}

const isEOL = (ch: number) => ch === 10 || ch === 13;

/**
 * Tokens of paragraphs [a, b] that decisions join (a claim whose speaker is named in the paragraph
 * before, an entity added across a line break): merged as one piece of text, then cut back into
 * paragraphs. Undefined when a token would fall on the text between them (other than line breaks).
 */
function groupTokens(chunks: Chunk[], a: number, b: number, records: AnnotationRecord[]): Int32Array[] | undefined {
  const at = chunks[a].start;
  const slots = chunks.slice(a, b + 1).map((c) => c.claims ?? c);
  const hit = groupCache.get(slots[0]);
  if (hit && hit.slots.length === slots.length && hit.slots.every((x, i) => x === slots[i]) && sameDecisions(hit.records, hit.at, records, at)) return hit.parts;
  const parts = mergeGroup(chunks, a, b, records);
  if (parts) groupCache.set(slots[0], { slots, at, records, parts });
  return parts;
}

/** Groups of paragraphs merged with their decisions, by the first paragraph's results. */
const groupCache = new WeakMap<object, { slots: object[]; at: number; records: AnnotationRecord[]; parts: Int32Array[] }>();

/** The suggestions of paragraphs [a, b] as one view, at offsets from `at`. */
function groupMachine(chunks: Chunk[], a: number, b: number, at: number): AnnotatedDocument {
  const machine: AnnotatedDocument = { entities: [], claims: [] };
  for (let k = a; k <= b; k++) {
    const c = chunks[k];
    const by = at - c.start;
    const view = chunkView(c);
    for (const e of view.entities) machine.entities.push({ ...e, id: `${k}:${e.id}`, start: e.start - by, end: e.end - by });
    for (const cl of view.claims) machine.claims.push({ ...cl, id: `${k}:${cl.id}`, start: cl.start - by, end: cl.end - by, cue: shifted(cl.cue, by), speaker: shifted(cl.speaker, by) });
  }
  return machine;
}

function mergeGroup(chunks: Chunk[], a: number, b: number, records: AnnotationRecord[]): Int32Array[] | undefined {
  const at = chunks[a].start;
  let text = chunks[a].text;
  for (let k = a + 1; k <= b; k++) text += chunks[k].lead + chunks[k].text;
  const machine = groupMachine(chunks, a, b, at);
  const spans = tokenSpans(mergeDecisions(machine, { records: records.map((r) => relative(r, at)) }), text);
  const out: Int32Array[] = [];
  let si = 0;
  let covered = 0;
  for (let k = a; k <= b; k++) {
    const from = chunks[k].start - at;
    const to = chunks[k].end - at;
    const own: TokenSpan[] = [];
    for (; si < spans.length && spans[si].start < to; si++) {
      const sp = spans[si];
      // What lies before this paragraph (between it and the one before) may only be line breaks.
      for (let i = Math.max(sp.start, covered); i < Math.min(sp.end, from); i++) if (!isEOL(text.charCodeAt(i))) return undefined;
      if (sp.end > to) {
        own.push({ ...sp, start: Math.max(sp.start, from) - from, end: to - from });
        covered = to;
        break;
      }
      if (sp.end > from) own.push({ ...sp, start: Math.max(sp.start, from) - from, end: sp.end - from });
    }
    out.push(encodeSpans(chunks[k].text, own));
  }
  if (si < spans.length) return undefined;
  return out;
}

/** Where the decisions lie among the paragraphs: the paragraph each starts in (-1: none of them), and which neighbours they join. */
interface Placement {
  home: Int32Array;
  joined: Uint8Array;
}

function place(chunks: Chunk[], records: readonly AnnotationRecord[]): Placement | undefined {
  const n = chunks.length;
  const first = (offset: number) => {
    let lo = 0,
      hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (chunks[mid].end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const home = new Int32Array(records.length).fill(-1);
  /** joined[k]: paragraph k and k + 1 are merged together. */
  const joined = new Uint8Array(n);
  for (let i = 0; i < records.length; i++) {
    const span = extent(records[i]);
    if (!span || span.end <= chunks[0].start || span.start >= chunks[n - 1].end) continue;
    if (span.start < chunks[0].start || span.end > chunks[n - 1].end) return undefined;
    const a = first(span.start);
    let b = first(Math.max(span.start, span.end - 1));
    if (b >= n || chunks[b].start >= span.end) b--;
    if (b < a) return undefined;
    home[i] = a;
    for (let k = a; k < b; k++) joined[k] = 1;
  }
  return { home, joined };
}

/**
 * The tokens of each of `chunks` (analysed, in document order, not necessarily all of the article)
 * with the decisions laid over them; undefined when a decision touching them reaches beyond them
 * or lies only between paragraphs, or a token would fall between paragraphs.
 */
export function decidedTokens(chunks: Chunk[], records: readonly AnnotationRecord[]): Int32Array[] | undefined {
  const n = chunks.length;
  if (!n) return [];
  const placed = place(chunks, records);
  if (!placed) return undefined;
  const { home, joined } = placed;
  // Each paragraph, or group of joined paragraphs, gets its decisions in their own order (where two
  // decisions could take the same suggestion, the merge gives it to the first), in one pass.
  const groupOf = new Int32Array(n);
  for (let k = 1; k < n; k++) groupOf[k] = joined[k - 1] ? groupOf[k - 1] : k;
  const decided = new Map<number, AnnotationRecord[]>();
  for (let i = 0; i < records.length; i++) {
    if (home[i] < 0) continue;
    const g = groupOf[home[i]];
    const list = decided.get(g);
    if (list) list.push(records[i]);
    else decided.set(g, [records[i]]);
  }
  const out: Int32Array[] = [];
  for (let a = 0; a < n;) {
    let b = a;
    while (b < n - 1 && joined[b]) b++;
    const own = decided.get(a) ?? [];
    if (a === b) out.push(tokensWith(chunks[a], own));
    else {
      const parts = groupTokens(chunks, a, b, own);
      if (!parts) return undefined;
      out.push(...parts);
    }
    a = b + 1;
  }
  return out;
}

/**
 * The annotated view of the paragraph around `offset` (with those a decision joins to it, and the
 * next, whose claims may name their speaker here), at document offsets: what a request at one
 * place needs, without merging the whole article.
 * Undefined when a decision reaches between paragraphs or `offset` lies between them.
 */
export function viewAround(chunks: Chunk[], records: readonly AnnotationRecord[], offset: number): AnnotatedDocument | undefined {
  const k = chunks.findIndex((c) => c.start <= offset && offset <= c.end);
  return k < 0 ? undefined : viewBetween(chunks, records, k, k);
}

/**
 * The annotated view of paragraphs [from, to] (with those decisions join to them, and the next), at
 * document offsets; those paragraphs and the next must be analysed. Undefined as for viewAround.
 */
export function viewBetween(chunks: Chunk[], records: readonly AnnotationRecord[], from: number, to: number): AnnotatedDocument | undefined {
  const n = chunks.length;
  const placed = from < 0 || to >= n ? undefined : place(chunks, records);
  if (!placed) return undefined;
  let a = from;
  let b = to;
  while (a > 0 && placed.joined[a - 1]) a--;
  while (b < n - 1 && placed.joined[b]) b++;
  // The next paragraph's claims may name their speaker in this one: its group comes along.
  if (b < n - 1) for (b++; b < n - 1 && placed.joined[b];) b++;
  return mergeDecisions(groupMachine(chunks, a, b, 0), { records: records.filter((_, i) => placed.home[i] >= a && placed.home[i] <= b) });
}
