// The entities of every article in the workspace folder, for references, counts and workspace
// symbols: per file its clusters (type, canonical name, forms) and mention offsets, plus a map from
// each name's matching form to the files that mention it. Texts are not kept, only line starts.
import type { Analysis, EntityType } from '../core/types';
import { normalizeKey } from '../core/text/normalize';

export interface IndexedCluster {
  type: EntityType;
  canonical: string;
  forms: string[];
  /** Mention offsets, start and end pairs. */
  spans: Int32Array;
  /** nameKey of each form, computed once when the file is indexed: lookups compare these. */
  keys: string[];
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
  while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (lines[mid] <= offset) lo = mid; else hi = mid - 1; }
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

export class CorpusIndex {
  private files = new Map<string, IndexedFile>();
  private byKey = new Map<string, Set<string>>();

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
    this.remove(uri);
    const clusters: IndexedCluster[] = analysis.clusters.map((c) => {
      const spans = new Int32Array(c.mentions.length * 2);
      c.mentions.forEach((m, i) => { spans[2 * i] = analysis.entities[m].start; spans[2 * i + 1] = analysis.entities[m].end; });
      return { type: c.type, canonical: c.canonical, forms: [...c.forms], spans, keys: c.forms.map((f) => nameKey(c.type, f)) };
    }).filter((c) => c.spans.length > 0);
    this.files.set(uri, { uri, lineStarts: lineStartsOf(analysis.text), clusters, mentions: new Map() });
    for (const c of clusters) {
      for (const k of c.keys) {
        let set = this.byKey.get(k);
        if (!set) this.byKey.set(k, (set = new Set()));
        set.add(uri);
      }
    }
  }

  remove(uri: string): void {
    const old = this.files.get(uri);
    if (!old) return;
    this.files.delete(uri);
    for (const c of old.clusters) {
      for (const k of c.keys) {
        const set = this.byKey.get(k);
        set?.delete(uri);
        if (set && set.size === 0) this.byKey.delete(k);
      }
    }
  }

  /** Every mention, in every indexed file, of a cluster that shares a name with `forms` (same type). */
  mentions(type: EntityType, forms: string[], except?: string): Mention[] {
    const keys = new Set(forms.map((f) => nameKey(type, f)));
    const uris = new Set<string>();
    for (const k of keys) for (const u of this.byKey.get(k) ?? []) if (u !== except) uris.add(u);
    const out: Mention[] = [];
    for (const uri of [...uris].sort()) {
      const file = this.files.get(uri)!;
      for (const c of file.clusters) {
        if (c.type !== type || !c.keys.some((k) => keys.has(k))) continue;
        for (const m of mentionsOf(file, c)) out.push(m);
      }
    }
    return out;
  }

  /** How often the entity is mentioned, and in how many files (of those indexed, `except` left out). */
  count(type: EntityType, forms: string[], except?: string): { mentions: number; files: number } {
    const keys = new Set(forms.map((f) => nameKey(type, f)));
    const uris = new Set<string>();
    for (const k of keys) for (const u of this.byKey.get(k) ?? []) if (u !== except) uris.add(u);
    let mentions = 0;
    for (const uri of uris) {
      for (const c of this.files.get(uri)!.clusters) {
        if (c.type === type && c.keys.some((k) => keys.has(k))) mentions += c.spans.length / 2;
      }
    }
    return { mentions, files: uris.size };
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
