// A document as a list of paragraphs (chunks), each analysed on its own and cached. An edit marks
// the paragraphs it touched (and one neighbour on each side, which it may merge with) dirty and
// shifts the rest; only dirty paragraphs are split again and analysed again, and a paragraph whose
// text did not change keeps its results. This is what keeps a keystroke in a long article cheap.
// The text between paragraphs is kept too (each chunk's lead, and the trail after the last), so
// that an edit's region is rebuilt from the pieces it covers: a keystroke never reads the whole
// text, which in V8 would copy (flatten) the editor's freshly concatenated string of the article.
import type { Engine } from '../core/analyze';
import { isHardWrapped, paragraphs } from '../core/tokens/paragraphs';
import { chunkClaims, chunkLayer, newChunk, type Chunk } from './chunk';
import type { TextEdit } from './editLog';

interface Dirty {
  start: number;
  end: number;
  /** The region's text, and the text between the slot before it and its start. */
  text: string;
  lead: string;
  dirty: true;
  /** The chunks it replaced, reused when a paragraph's text comes back unchanged. */
  old: Chunk[];
}

type Slot = Chunk | Dirty;

const isDirty = (s: Slot): s is Dirty => 'dirty' in s;

/** True when a chunk has its entities and claims for the text, after `prev` and the gap between them. */
function analysed(c: Chunk, prev: Chunk | undefined): boolean {
  const after = c.claimsAfter;
  return !!c.layer && !!c.claims && !!after && after.chunk === prev && after.gap === (prev ? c.lead : '');
}

export class ChunkedDocument {
  private slots: Slot[];
  private dirty = false;
  readonly hardWrapped: boolean;
  private length: number;
  /** The text after the last slot (the whole text when there is no paragraph). */
  private trail: string;
  /**
   * The chunks that may lack results: every chunk at first, then those an edit re-split and the one
   * after each (its previous paragraph changed). The others keep theirs, so finding what is left to
   * analyse after a keystroke looks at a few chunks, not at every paragraph of a long article.
   */
  private pending: Set<Chunk>;
  /** Indices of the pending chunks in the current layout, ascending (undefined: the layout changed). */
  private order: number[] | undefined;

  constructor(
    text: string,
    private readonly engine: Engine,
  ) {
    this.hardWrapped = isHardWrapped(text);
    let at = 0;
    this.slots = paragraphs(text, this.hardWrapped).map((p) => {
      const c = newChunk(p.start, text.slice(p.start, p.end), text.slice(at, p.start));
      at = p.end;
      return c;
    });
    this.trail = text.slice(at);
    this.length = text.length;
    this.pending = new Set(this.slots as Chunk[]);
  }

  /** Applies edits (each in the text left by the previous one, with the text it inserted) to the chunk layout, without analysing. */
  edit(edits: TextEdit[]): void {
    for (const e of edits) this.editOne(e);
  }

  private editOne({ start, end, inserted, text: insertedText }: TextEdit): void {
    const delta = inserted - (end - start);
    const slots = this.slots;
    const n = slots.length;
    // First slot that ends at or after the edit, last slot that starts at or before its end.
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (slots[mid].end < start) lo = mid + 1;
      else hi = mid;
    }
    const first = lo;
    lo = 0;
    hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (slots[mid].start <= end) lo = mid + 1;
      else hi = mid;
    }
    const last = lo - 1;
    const a = Math.max(0, Math.min(first, last + 1) - 1);
    const b = Math.min(n - 1, Math.max(last, first - 1) + 1);
    const newLength = this.length + delta;
    const replace = (region: string, from: number) => region.slice(0, start - from) + insertedText + region.slice(end - from);
    let dirty: Dirty;
    if (n === 0) {
      dirty = { start: 0, end: newLength, text: replace(this.trail, 0), lead: '', dirty: true, old: [] };
      this.trail = '';
    } else {
      // The region starts at the document's start or at slot a's start, and ends at slot b's end or the document's end.
      const regionStart = a === 0 ? 0 : slots[a].start;
      const regionEnd = b === n - 1 ? newLength : slots[b].end + delta;
      const old: Chunk[] = [];
      let region = a === 0 ? slots[0].lead : '';
      for (let i = a; i <= b; i++) {
        const s = slots[i];
        if (i > a) region += s.lead;
        region += s.text;
        if (isDirty(s)) old.push(...s.old);
        else old.push(s);
      }
      if (b === n - 1) {
        region += this.trail;
        this.trail = '';
      }
      dirty = { start: regionStart, end: regionEnd, text: replace(region, regionStart), lead: a === 0 ? '' : slots[a].lead, dirty: true, old };
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
    // Text of a dirty region after its last paragraph: it leads the next chunk.
    let carry = '';
    for (const s of this.slots) {
      if (!isDirty(s)) {
        if (afterDirty) {
          this.pending.add(s);
          s.lead = carry + s.lead;
        }
        afterDirty = false;
        carry = '';
        out.push(s);
        continue;
      }
      afterDirty = true;
      const byText = new Map<string, Chunk>();
      for (const c of s.old) byText.set(c.text, c);
      const slice = s.text;
      let at = 0;
      let lead = carry + s.lead;
      for (const p of paragraphs(slice, this.hardWrapped)) {
        const t = slice.slice(p.start, p.end);
        lead += slice.slice(at, p.start);
        at = p.end;
        const reused = byText.get(t);
        if (reused) {
          byText.delete(t);
          reused.start = s.start + p.start;
          reused.end = reused.start + t.length;
          reused.lead = lead;
          out.push(reused);
        } else out.push(newChunk(s.start + p.start, t, lead));
        lead = '';
        this.pending.add(out[out.length - 1]);
      }
      carry = lead + slice.slice(at);
    }
    this.trail = carry + this.trail;
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
    for (let i = this.nextPending(text, from); i >= 0 && i < end; i = this.nextPending(text, i + 1)) this.analyseAt(chunks, i);
    return chunks;
  }

  analyseAt(chunks: Chunk[], i: number): void {
    const c = chunks[i];
    const prev = chunks[i - 1];
    chunkLayer(c, this.engine, this.hardWrapped);
    chunkClaims(c, prev, prev ? c.lead : '', this.engine, this.hardWrapped);
  }

  /** The entities of chunk i alone (what the workspace index needs; claims are left for later). */
  entitiesAt(chunks: Chunk[], i: number): void {
    chunkLayer(chunks[i], this.engine, this.hardWrapped);
  }

  /** True when every chunk has its entities and claims for the current text. */
  complete(text: string): boolean {
    const chunks = this.settle(text);
    for (let i = 0; i < chunks.length; i++) if (!analysed(chunks[i], chunks[i - 1])) return false;
    return true;
  }

  /** Index of the first chunk from `from` on not fully analysed, or -1 (only the pending chunks are looked at). */
  nextPending(text: string, from = 0): number {
    const chunks = this.settle(text);
    const order = (this.order ??= this.indicesOfPending(chunks));
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (order[mid] < from) lo = mid + 1;
      else hi = mid;
    }
    let k = lo;
    for (; k < order.length; k++) {
      const i = order[k];
      if (!analysed(chunks[i], chunks[i - 1])) break;
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
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (chunks[mid].start < c.start) lo = mid + 1;
        else hi = mid;
      }
      // Chunks are never empty, so starts are unique; a chunk no longer in the layout is dropped.
      if (chunks[lo] === c) out.push(lo);
      else this.pending.delete(c);
    }
    return out.sort((a, b) => a - b);
  }
}
