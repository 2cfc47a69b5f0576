// A document as a list of paragraphs (chunks), each analysed on its own and cached. An edit marks
// the paragraphs it touched (and one neighbour on each side, which it may merge with) dirty and
// shifts the rest; only dirty paragraphs are split again and analysed again, and a paragraph whose
// text did not change keeps its results. This is what keeps a keystroke in a long article cheap.
import type { Engine } from '../core/analyze';
import { isHardWrapped, paragraphs } from '../core/tokens/paragraphs';
import { chunkClaims, chunkLayer, newChunk, type Chunk } from './chunk';
import type { OffsetEdit } from './editLog';

interface Dirty {
  start: number;
  end: number;
  dirty: true;
  /** The chunks it replaced, reused when a paragraph's text comes back unchanged. */
  old: Chunk[];
}

type Slot = Chunk | Dirty;

const isDirty = (s: Slot): s is Dirty => 'dirty' in s;

/** True when a chunk has its entities and claims for the text, after `prev` and the gap between them. */
function analysed(c: Chunk, prev: Chunk | undefined, text: string): boolean {
  const after = c.claimsAfter;
  return !!c.layer && !!c.claims && !!after && after.chunk === prev && after.gap === (prev ? text.slice(prev.end, c.start) : '');
}

export class ChunkedDocument {
  private slots: Slot[];
  private dirty = false;
  readonly hardWrapped: boolean;
  private length: number;
  /**
   * The chunks that may lack results: every chunk at first, then those an edit re-split and the one
   * after each (its previous paragraph changed). The others keep theirs, so finding what is left to
   * analyse after a keystroke looks at a few chunks, not at every paragraph of a long article.
   */
  private pending: Set<Chunk>;
  /** Indices of the pending chunks in the current layout, ascending (undefined: the layout changed). */
  private order: number[] | undefined;

  constructor(text: string, private readonly engine: Engine) {
    this.hardWrapped = isHardWrapped(text);
    this.slots = paragraphs(text, this.hardWrapped).map((p) => newChunk(p.start, text.slice(p.start, p.end)));
    this.length = text.length;
    this.pending = new Set(this.slots as Chunk[]);
  }

  /** Applies edits (each in the text left by the previous one) to the chunk layout, without analysing. */
  edit(edits: OffsetEdit[]): void {
    for (const e of edits) this.editOne(e);
  }

  private editOne({ start, end, inserted }: OffsetEdit): void {
    const delta = inserted - (end - start);
    const slots = this.slots;
    const n = slots.length;
    // First slot that ends at or after the edit, last slot that starts at or before its end.
    let lo = 0;
    let hi = n;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (slots[mid].end < start) lo = mid + 1; else hi = mid; }
    const first = lo;
    lo = 0; hi = n;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (slots[mid].start <= end) lo = mid + 1; else hi = mid; }
    const last = lo - 1;
    const a = Math.max(0, Math.min(first, last + 1) - 1);
    const b = Math.min(n - 1, Math.max(last, first - 1) + 1);
    const newLength = this.length + delta;
    let dirty: Dirty;
    if (n === 0) {
      dirty = { start: 0, end: newLength, dirty: true, old: [] };
    } else {
      const regionStart = a === 0 ? 0 : Math.min(slots[a].start, start);
      const regionEnd = b === n - 1 ? newLength : Math.max(slots[b].end, end) + delta;
      const old: Chunk[] = [];
      for (let i = a; i <= b; i++) { const s = slots[i]; if (isDirty(s)) old.push(...s.old); else old.push(s); }
      dirty = { start: regionStart, end: regionEnd, dirty: true, old };
    }
    for (let i = b + 1; i < n; i++) {
      const s = slots[i];
      s.start += delta;
      s.end += delta;
    }
    if (n === 0) this.slots = [dirty];
    else slots.splice(a, b - a + 1, dirty);
    this.length = newLength;
    this.dirty = true;
    this.order = undefined;
  }

  /** Splits dirty regions into paragraphs again, reusing chunks whose text did not change. */
  private settle(text: string): Chunk[] {
    if (text.length !== this.length) throw new Error(`chunk layout out of step with the text (${this.length} vs ${text.length})`);
    if (!this.dirty) return this.slots as Chunk[];
    const out: Chunk[] = [];
    let afterDirty = false;
    for (const s of this.slots) {
      if (!isDirty(s)) {
        if (afterDirty) this.pending.add(s);
        afterDirty = false;
        out.push(s);
        continue;
      }
      afterDirty = true;
      const byText = new Map<string, Chunk>();
      for (const c of s.old) byText.set(c.text, c);
      const slice = text.slice(s.start, s.end);
      for (const p of paragraphs(slice, this.hardWrapped)) {
        const t = slice.slice(p.start, p.end);
        const reused = byText.get(t);
        if (reused) {
          byText.delete(t);
          reused.start = s.start + p.start;
          reused.end = reused.start + t.length;
          out.push(reused);
        } else out.push(newChunk(s.start + p.start, t));
        this.pending.add(out[out.length - 1]);
      }
    }
    this.slots = out;
    this.dirty = false;
    this.order = undefined;
    return out;
  }

  /** The chunks, split again where edits left them dirty (not analysed). */
  chunks(text: string): Chunk[] {
    return this.settle(text);
  }

  /** Analyses the chunks in [from, to) of the list (all by default). */
  analyse(text: string, from = 0, to = Infinity): Chunk[] {
    const chunks = this.settle(text);
    const end = Math.min(to, chunks.length);
    for (let i = this.nextPending(text, from); i >= 0 && i < end; i = this.nextPending(text, i + 1)) this.analyseAt(text, chunks, i);
    return chunks;
  }

  analyseAt(text: string, chunks: Chunk[], i: number): void {
    const c = chunks[i];
    const prev = chunks[i - 1];
    chunkLayer(c, this.engine, this.hardWrapped);
    chunkClaims(c, prev, prev ? text.slice(prev.end, c.start) : '', this.engine, this.hardWrapped);
  }

  /** True when every chunk has its entities and claims for the current text. */
  complete(text: string): boolean {
    const chunks = this.settle(text);
    for (let i = 0; i < chunks.length; i++) if (!analysed(chunks[i], chunks[i - 1], text)) return false;
    return true;
  }

  /** Index of the first chunk from `from` on not fully analysed, or -1 (only the pending chunks are looked at). */
  nextPending(text: string, from = 0): number {
    const chunks = this.settle(text);
    const order = (this.order ??= this.indicesOfPending(chunks));
    let lo = 0;
    let hi = order.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (order[mid] < from) lo = mid + 1; else hi = mid; }
    let k = lo;
    for (; k < order.length; k++) {
      const i = order[k];
      if (!analysed(chunks[i], chunks[i - 1], text)) break;
      this.pending.delete(chunks[i]);
    }
    const found = k < order.length ? order[k] : -1;
    order.splice(lo, k - lo);
    return found;
  }

  private indicesOfPending(chunks: Chunk[]): number[] {
    const out: number[] = [];
    for (const c of this.pending) {
      let lo = 0;
      let hi = chunks.length;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (chunks[mid].start < c.start) lo = mid + 1; else hi = mid; }
      // Chunks are never empty, so starts are unique; a chunk no longer in the layout is dropped.
      if (chunks[lo] === c) out.push(lo); else this.pending.delete(c);
    }
    return out.sort((a, b) => a - b);
  }
}
