// One paragraph of a document, analysed on its own: the unit that an edit invalidates. Offsets in
// a chunk's results are relative to the chunk's start, so that chunks after an edit only move.
import type { BaseAnalysis, Engine, EntityLayer } from '../core/analyze';
import type { Claim, EntityCluster, Quotation, Sentence, Span, Token } from '../core/types';
import { tokenize } from '../core/tokens/tokenize';
import { findQuotations } from '../core/tokens/quotes';
import { splitSentences } from '../core/tokens/sentences';

export interface ChunkBase {
  tokens: Token[];
  quotations: Quotation[];
  sentences: Sentence[];
}

/** A claim found in this chunk; its speaker cluster may belong to the previous chunk (a carried speaker). */
export interface ChunkClaim extends Claim {
  speakerChunk?: 'own' | 'previous';
}

export interface Chunk extends Span {
  text: string;
  /** The text between the previous chunk's end (or the document's start) and this chunk's start. */
  lead: string;
  base?: ChunkBase;
  layer?: EntityLayer;
  claims?: ChunkClaim[];
  /** The previous chunk and the gap text the claims were found with (a carried speaker crosses paragraphs). */
  claimsAfter?: { chunk: Chunk | undefined; gap: string };
}

export function newChunk(start: number, text: string, lead: string): Chunk {
  return { start, end: start + text.length, text, lead };
}

function shiftSpan<T extends Span>(s: T, by: number): T {
  return { ...s, start: s.start + by, end: s.end + by };
}

export function chunkBase(c: Chunk, hardWrapped: boolean): BaseAnalysis {
  if (!c.base) {
    const paras = [{ start: 0, end: c.text.length }];
    const quotations = findQuotations(c.text, paras);
    c.base = { tokens: tokenize(c.text), quotations, sentences: splitSentences(c.text, quotations, paras) };
  }
  return { text: c.text, paragraphs: [{ start: 0, end: c.text.length }], hardWrapped, ...c.base };
}

export function chunkLayer(c: Chunk, engine: Engine, hardWrapped: boolean): EntityLayer {
  if (!c.layer) c.layer = engine.entities ? engine.entities(chunkBase(c, hardWrapped)) : { entities: [], clusters: [] };
  return c.layer;
}

/** Claims of `c`, found over the previous paragraph and this one so that a speaker can be carried over. */
export function chunkClaims(c: Chunk, prev: Chunk | undefined, gap: string, engine: Engine, hardWrapped: boolean): ChunkClaim[] {
  if (c.claims && c.claimsAfter && c.claimsAfter.chunk === prev && c.claimsAfter.gap === gap) return c.claims;
  const own = chunkLayer(c, engine, hardWrapped);
  if (!engine.claims) {
    c.claims = [];
  } else if (!prev) {
    c.claims = engine.claims(chunkBase(c, hardWrapped), own).map((cl) => (cl.speakerCluster === undefined ? cl : { ...cl, speakerChunk: 'own' }));
  } else {
    const before = chunkLayer(prev, engine, hardWrapped);
    const pb = chunkBase(prev, hardWrapped);
    const ob = chunkBase(c, hardWrapped);
    const at = prev.text.length + gap.length;
    const clusterShift = before.clusters.length;
    const mentionShift = before.entities.length;
    const base: BaseAnalysis = {
      text: prev.text + gap + c.text,
      paragraphs: [
        { start: 0, end: prev.text.length },
        { start: at, end: at + c.text.length },
      ],
      hardWrapped,
      tokens: [...pb.tokens, ...ob.tokens.map((t) => ({ ...shiftSpan(t, at), stem: t.stem && shiftSpan(t.stem, at) }))],
      quotations: [...pb.quotations, ...ob.quotations.map((q) => ({ ...shiftSpan(q, at), inner: shiftSpan(q.inner, at) }))],
      sentences: [...pb.sentences, ...ob.sentences.map((s) => shiftSpan(s, at))],
    };
    const layer: EntityLayer = {
      entities: [...before.entities, ...own.entities.map((e) => ({ ...shiftSpan(e, at), cluster: e.cluster + clusterShift }))],
      clusters: [...before.clusters, ...own.clusters.map((k): EntityCluster => ({ ...k, id: k.id + clusterShift, mentions: k.mentions.map((m) => m + mentionShift) }))],
    };
    c.claims = engine
      .claims(base, layer)
      .filter((cl) => cl.content.start >= at)
      .map((cl) => {
        const back = (s: Span | undefined) => s && { start: s.start - at, end: s.end - at };
        const out: ChunkClaim = { ...cl, content: back(cl.content)!, cue: back(cl.cue), speaker: back(cl.speaker) };
        if (cl.speakerCluster !== undefined) {
          out.speakerChunk = cl.speakerCluster >= clusterShift ? 'own' : 'previous';
          out.speakerCluster = cl.speakerCluster >= clusterShift ? cl.speakerCluster - clusterShift : cl.speakerCluster;
        }
        return out;
      });
  }
  c.claimsAfter = { chunk: prev, gap };
  return c.claims;
}
