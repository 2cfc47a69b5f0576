// A long article (an archive dump, a book) analysed in sections of paragraphs, so that memory
// stays bounded: each section is analysed as a document, and only what is small is kept (entities,
// clusters, claims, sentences, quotations, shifted to the article's offsets); the tokens, most of
// an analysis's size, are written section by section as they are made again (tokenising is a
// small part of the cost) instead of being held. Names are linked and propagated within a section
// (about half a megabyte of text), not across the whole article.
import { analyzeBase, type Engine } from '../core/analyze';
import type { Claim, EntityCluster, EntityMention, Quotation, Sentence, Span, Token } from '../core/types';
import { isHardWrapped, paragraphs } from '../core/tokens/paragraphs';
import { tokenize } from '../core/tokens/tokenize';
import { formatAnalysis } from './analysisText';
import type { OutputStyle } from './tasks';

/** Characters a section holds (it ends at the first paragraph end past this). */
export const SECTION_CHARS = 512 * 1024;
/** Longer articles than this are analysed in sections. */
export const BIG_CHARS = 2 * SECTION_CHARS;

const shift = <T extends Span>(s: T, by: number): T => ({ ...s, start: s.start + by, end: s.end + by });

/** Section boundaries: offsets where a paragraph starts, about SECTION_CHARS apart, from 0 to the text's end. */
export function sectionBounds(text: string, size = SECTION_CHARS): number[] {
  const bounds = [0];
  for (const p of paragraphs(text, isHardWrapped(text))) if (p.start - bounds[bounds.length - 1] >= size) bounds.push(p.start);
  bounds.push(text.length);
  return bounds;
}

interface Parts {
  tokens: number;
  sentences: Sentence[];
  quotations: Quotation[];
  entities: EntityMention[];
  clusters: EntityCluster[];
  claims: Claim[];
}

function analyseSections(text: string, bounds: number[], engine: Engine): Parts {
  const out: Parts = { tokens: 0, sentences: [], quotations: [], entities: [], clusters: [], claims: [] };
  const wrapped = isHardWrapped(text);
  for (let k = 0; k + 1 < bounds.length; k++) {
    const at = bounds[k];
    // Each section read with the whole article's line structure, so that its paragraphs and sentences are the article's.
    const base = analyzeBase(text.slice(at, bounds[k + 1]), wrapped);
    const layer = engine.entities ? engine.entities(base) : { entities: [], clusters: [] };
    const a = { ...base, ...layer, claims: engine.claims ? engine.claims(base, layer) : [] };
    const clusterShift = out.clusters.length;
    const mentionShift = out.entities.length;
    out.tokens += a.tokens.length;
    for (const s of a.sentences) out.sentences.push(shift(s, at));
    for (const q of a.quotations) out.quotations.push({ ...shift(q, at), inner: shift(q.inner, at) });
    for (const e of a.entities) out.entities.push({ ...shift(e, at), cluster: e.cluster + clusterShift });
    for (const c of a.clusters) out.clusters.push({ ...c, id: c.id + clusterShift, mentions: c.mentions.map((m) => m + mentionShift) });
    for (const c of a.claims) {
      const claim: Claim = { ...c, content: shift(c.content, at) };
      if (c.cue) claim.cue = shift(c.cue, at);
      if (c.speaker) claim.speaker = shift(c.speaker, at);
      if (c.speakerCluster !== undefined) claim.speakerCluster = c.speakerCluster + clusterShift;
      out.claims.push(claim);
    }
  }
  return out;
}

function shiftedToken(t: Token, by: number): Token {
  const s: Token = { start: t.start + by, end: t.end + by, text: t.text, kind: t.kind };
  if (t.stem) s.stem = { start: t.stem.start + by, end: t.stem.end + by };
  return s;
}

/** Analyses a long article section by section and writes its result as `style` wants, a piece at a time. */
export function writeBigArticle(key: 'file' | 'id', name: unknown, text: string, style: OutputStyle, engine: Engine, write: (s: string) => void, size = SECTION_CHARS): void {
  const bounds = sectionBounds(text, size);
  const parts = analyseSections(text, bounds, engine);
  if (style === 'text') {
    write(formatAnalysis(String(name), { text, ...parts, tokens: { length: parts.tokens } }) + '\n');
    return;
  }
  // The same fields, in the same order, as jsonResult; the tokens made again, section by section,
  // and every list written a few thousand items at a time (no string of the whole result is made).
  write(`${JSON.stringify({ [key]: name }).slice(0, -1)},"tokens":[`);
  let first = true;
  for (let k = 0; k + 1 < bounds.length; k++) {
    const at = bounds[k];
    const tokens = tokenize(text.slice(at, bounds[k + 1]));
    if (!tokens.length) continue;
    write((first ? '' : ',') + tokens.map((t) => JSON.stringify(shiftedToken(t, at))).join(','));
    first = false;
  }
  write(']');
  for (const field of ['sentences', 'quotations', 'entities', 'clusters', 'claims'] as const) {
    const list: unknown[] = parts[field];
    write(`,"${field}":[`);
    for (let i = 0; i < list.length; i += 5000)
      write(
        (i ? ',' : '') +
          list
            .slice(i, i + 5000)
            .map((x) => JSON.stringify(x))
            .join(','),
      );
    write(']');
  }
  write(style === 'jsonl' ? '}\n' : '}');
}

/** Worker side of a long article (see startBigWorker in worker.ts): its output is sent back in pieces of about a megabyte. */
export function bigArticleInWorker(job: { key: 'file' | 'id'; name: unknown; text: string; style: OutputStyle }, engine: Engine, send: (piece: string) => void): void {
  let buf = '';
  writeBigArticle(job.key, job.name, job.text, job.style, engine, (s) => {
    buf += s;
    if (buf.length > 1 << 20) {
      send(buf);
      buf = '';
    }
  });
  if (buf) send(buf);
}
