// The entities of every article in the workspace folder, for references, counts and workspace
// symbols: per file its clusters (type, canonical name, forms) and mention offsets, plus a map from
// each name's matching form to the files that mention it. Texts are not kept, only line starts.
import type { Analysis, EntityType } from '../core/types';
import { normalizeKey } from '../core/text/normalize';
import type { StoredFile } from './indexCache';

export interface IndexedCluster {
  type: EntityType;
  canonical: string;
  forms: string[];
  /** Mention offsets, start and end pairs. */
  spans: Int32Array;
  /** nameKey of each form, computed once when the file is indexed. */
  keys: string[];
  /** The file it was found in, and its place among the file's clusters. */
  uri: string;
  index: number;
}

export interface IndexedFile {
  uri: string;
  lineStarts: Uint32Array;
  clusters: IndexedCluster[];
  /** Each cluster's mentions with their positions, made on the first request that needs them and kept until the file is indexed again. */
  mentions: Map<IndexedCluster, readonly Mention[]>;
}

export interface Mention {
  uri: string;
  start: number;
  end: number;
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
}

export function nameKey(type: string, form: string): string {
  return `${type}\u0000${normalizeKey(form).replace(/\s+/g, ' ').trim()}`;
}

function lineStartsOf(text: string): Uint32Array {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) continue;
    if (c === 10 || c === 13) starts.push(i + 1);
  }
  return Uint32Array.from(starts);
}

function position(lines: Uint32Array, offset: number): [number, number] {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return [lo, offset - lines[lo]];
}

function mentionsOf(file: IndexedFile, c: IndexedCluster): readonly Mention[] {
  let out = file.mentions.get(c);
  if (out) return out;
  const list: Mention[] = [];
  for (let i = 0; i < c.spans.length; i += 2) {
    const [line, character] = position(file.lineStarts, c.spans[i]);
    const [endLine, endCharacter] = position(file.lineStarts, c.spans[i + 1]);
    list.push({ uri: file.uri, start: c.spans[i], end: c.spans[i + 1], line, character, endLine, endCharacter });
  }
  file.mentions.set(c, (out = list));
  return out;
}

/** The clusters with mentions, and the line starts, of an analysis: all the index keeps of a file. */
function storedOf(analysis: Analysis): StoredFile {
  const clusters = analysis.clusters
    .map((c) => {
      const spans: number[] = [];
      for (const m of c.mentions) spans.push(analysis.entities[m].start, analysis.entities[m].end);
      return { type: c.type, canonical: c.canonical, forms: [...c.forms], spans };
    })
    .filter((c) => c.spans.length > 0);
  return { lineStarts: Array.from(lineStartsOf(analysis.text)), clusters };
}

export class CorpusIndex {
  private files = new Map<string, IndexedFile>();
  /** The clusters that have a form with this key, so that a lookup touches only the clusters it finds. */
  private byKey = new Map<string, IndexedCluster[]>();

  get size(): number {
    return this.files.size;
  }

  has(uri: string): boolean {
    return this.files.has(uri);
  }

  uris(): string[] {
    return [...this.files.keys()];
  }

  set(uri: string, analysis: Analysis): void {
    this.restore(uri, storedOf(analysis));
  }

  /** Indexes a file from what was kept of it (see indexCache.ts), as set() would from its analysis. */
  restore(uri: string, stored: StoredFile): void {
    this.remove(uri);
    const clusters: IndexedCluster[] = stored.clusters.map((c, index) => ({
      type: c.type as EntityType,
      canonical: c.canonical,
      forms: c.forms,
      spans: Int32Array.from(c.spans),
      keys: [...new Set(c.forms.map((f) => nameKey(c.type, f)))],
      uri,
      index,
    }));
    this.files.set(uri, { uri, lineStarts: Uint32Array.from(stored.lineStarts), clusters, mentions: new Map() });
    for (const c of clusters) {
      for (const k of c.keys) {
        const list = this.byKey.get(k);
        if (list) list.push(c);
        else this.byKey.set(k, [c]);
      }
    }
  }

  /** What is kept of an indexed file between openings of the folder. */
  stored(uri: string): StoredFile | undefined {
    const f = this.files.get(uri);
    if (!f) return undefined;
    return { lineStarts: Array.from(f.lineStarts), clusters: f.clusters.map((c) => ({ type: c.type, canonical: c.canonical, forms: c.forms, spans: Array.from(c.spans) })) };
  }

  remove(uri: string): void {
    const old = this.files.get(uri);
    if (!old) return;
    this.files.delete(uri);
    for (const c of old.clusters) {
      for (const k of c.keys) {
        const list = this.byKey.get(k);
        const at = list ? list.indexOf(c) : -1;
        if (at >= 0) list!.splice(at, 1);
        if (list && list.length === 0) this.byKey.delete(k);
      }
    }
  }

  /** Every mention, in every indexed file, of a cluster that shares a name with `forms` (same type). */
  mentions(type: EntityType, forms: string[], except?: string): Mention[] {
    const found = this.clustersNamed(type, forms, except);
    // By file, then in the file's order.
    found.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.index - b.index));
    const out: Mention[] = [];
    for (const c of found) for (const m of mentionsOf(this.files.get(c.uri)!, c)) out.push(m);
    return out;
  }

  /** The clusters of this type with a name among `forms` (each once), outside `except`. */
  private clustersNamed(type: EntityType, forms: string[], except?: string): IndexedCluster[] {
    const keys = new Set(forms.map((f) => nameKey(type, f)));
    const found = new Set<IndexedCluster>();
    for (const k of keys) for (const c of this.byKey.get(k) ?? []) if (c.uri !== except) found.add(c);
    return [...found];
  }

  /** How often the entity is mentioned, and in how many files (of those indexed, `except` left out). */
  count(type: EntityType, forms: string[], except?: string): { mentions: number; files: number } {
    const found = this.clustersNamed(type, forms, except);
    let mentions = 0;
    for (const c of found) mentions += c.spans.length / 2;
    return { mentions, files: new Set(found.map((c) => c.uri)).size };
  }

  /** Clusters whose names contain the query (in matching form), first mention of each per file. */
  search(query: string, limit = 500): { uri: string; cluster: IndexedCluster; mention: Mention }[] {
    const q = normalizeKey(query).trim();
    const out: { uri: string; cluster: IndexedCluster; mention: Mention }[] = [];
    for (const file of this.files.values()) {
      for (const c of file.clusters) {
        if (q && !c.forms.some((f) => normalizeKey(f).includes(q))) continue;
        const [line, character] = position(file.lineStarts, c.spans[0]);
        const [endLine, endCharacter] = position(file.lineStarts, c.spans[1]);
        out.push({ uri: file.uri, cluster: c, mention: { uri: file.uri, start: c.spans[0], end: c.spans[1], line, character, endLine, endCharacter } });
        if (out.length >= limit) return out;
      }
    }
    return out;
  }
}
