// Puts the per-paragraph results back together into one Analysis of the whole document: offsets
// made absolute, and the paragraphs' clusters joined into document clusters when they share a
// name (بوتين here, فلاديمير بوتين there). Tokens, sentences and quotations are concatenated only
// when someone reads them.
import type { Analysis, Claim, EntityCluster, EntityMention, Quotation, Sentence, Span, Token } from '../core/types';
import { normalizeKey } from '../core/text/normalize';
import type { Chunk } from './chunk';

const keyCache = new Map<string, string>();
function key(form: string): string {
  let k = keyCache.get(form);
  if (k === undefined) {
    k = normalizeKey(form).replace(/\s+/g, ' ').trim();
    if (keyCache.size > 50000) keyCache.clear();
    keyCache.set(form, k);
  }
  return k;
}

const shift = <T extends Span>(s: T, by: number): T => ({ ...s, start: s.start + by, end: s.end + by });

/** Joins clusters of one type that share a normalised form, or whose one-word form is a word of exactly one longer name. */
function joinClusters(locals: EntityCluster[]): number[] {
  const parent = locals.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  const union = (a: number, b: number) => {
    const ra = root(a);
    const rb = root(b);
    if (ra !== rb) parent[rb] = ra;
  };
  const byForm = new Map<string, number>();
  const byWord = new Map<string, Set<number>>();
  locals.forEach((c, i) => {
    for (const f of c.forms) {
      const k = `${c.type}\u0000${key(f)}`;
      const seen = byForm.get(k);
      if (seen === undefined) byForm.set(k, i);
      else union(seen, i);
      const words = key(f).split(' ');
      if (words.length > 1) {
        for (const w of words) {
          if (w.length < 3) continue;
          const wk = `${c.type}\u0000${w}`;
          let set = byWord.get(wk);
          if (!set) byWord.set(wk, (set = new Set()));
          set.add(i);
        }
      }
    }
  });
  locals.forEach((c, i) => {
    for (const f of c.forms) {
      const k = key(f);
      if (k.includes(' ')) continue;
      const owners = byWord.get(`${c.type}\u0000${k}`);
      if (!owners) continue;
      const roots = new Set([...owners].map(root));
      if (roots.size === 1) union([...roots][0], i);
    }
  });
  return locals.map((_, i) => root(i));
}

export function assemble(text: string, chunks: Chunk[]): Analysis {
  const entities: EntityMention[] = [];
  const locals: EntityCluster[] = [];
  const localBase: number[] = [];
  for (const c of chunks) {
    localBase.push(locals.length);
    if (c.layer) locals.push(...c.layer.clusters);
  }
  const roots = joinClusters(locals);
  const docId = new Map<number, number>();
  const clusters: EntityCluster[] = [];
  const clusterOf = (local: number): number => {
    const r = roots[local];
    let id = docId.get(r);
    if (id === undefined) {
      id = clusters.length;
      docId.set(r, id);
      clusters.push({ id, type: locals[r].type, canonical: '', forms: [], mentions: [] });
    }
    return id;
  };
  chunks.forEach((c, ci) => {
    if (!c.layer) return;
    for (const e of c.layer.entities) {
      const id = clusterOf(localBase[ci] + e.cluster);
      const k = clusters[id];
      k.mentions.push(entities.length);
      if (!k.forms.includes(e.text)) k.forms.push(e.text);
      entities.push({ ...shift(e, c.start), cluster: id });
    }
  });
  for (const k of clusters) {
    let best = '';
    for (const f of k.forms) if (key(f).length > key(best).length) best = f;
    k.canonical = best.replace(/\s+/g, ' ');
  }
  const claims: Claim[] = [];
  chunks.forEach((c, ci) => {
    if (!c.claims) return;
    for (const cl of c.claims) {
      const { speakerChunk, ...claim } = cl;
      const out: Claim = { ...claim, content: shift(cl.content, c.start), cue: cl.cue && shift(cl.cue, c.start), speaker: cl.speaker && shift(cl.speaker, c.start) };
      if (cl.speakerCluster !== undefined) {
        const owner = speakerChunk === 'previous' ? ci - 1 : ci;
        const local = owner >= 0 ? localBase[owner] + cl.speakerCluster : -1;
        const id = local >= 0 && local < locals.length ? docId.get(roots[local]) : undefined;
        if (id === undefined) delete out.speakerCluster;
        else out.speakerCluster = id;
      }
      claims.push(out);
    }
  });
  return lazyAnalysis(text, chunks, entities, clusters, claims);
}

function lazyAnalysis(text: string, chunks: Chunk[], entities: EntityMention[], clusters: EntityCluster[], claims: Claim[]): Analysis {
  let tokens: Token[] | undefined;
  let sentences: Sentence[] | undefined;
  let quotations: Quotation[] | undefined;
  const offsets = chunks.map((c) => c.start);
  const bases = chunks.map((c) => c.base);
  const gather = <T>(pick: (b: NonNullable<Chunk['base']>) => T[], move: (x: T, by: number) => T): T[] => {
    const out: T[] = [];
    bases.forEach((b, i) => {
      if (b) for (const x of pick(b)) out.push(move(x, offsets[i]));
    });
    return out;
  };
  return {
    text,
    entities,
    clusters,
    claims,
    get tokens() {
      return (tokens ??= gather(
        (b) => b.tokens,
        (t, by) => ({ ...shift(t, by), stem: t.stem && shift(t.stem, by) }),
      ));
    },
    get sentences() {
      return (sentences ??= gather((b) => b.sentences, shift));
    },
    get quotations() {
      return (quotations ??= gather(
        (b) => b.quotations,
        (q, by) => ({ ...shift(q, by), inner: shift(q.inner, by) }),
      ));
    },
  };
}
