// The annotation view's requests: the article's paragraphs (the analysis's own split, nothing
// analysed), and the text and marks of the paragraphs the view is about to show, from those
// paragraphs' results with the annotator's decisions laid over them, so that the first screen of
// a long article needs only its first paragraphs analysed.
import type { ServerCapabilities } from 'vscode-languageserver/node';
import type { AnnotatedDocument, Annotation } from '../core/annotate/model';
import { arabicRatio } from '../core/text/script';
import type { Chunk } from '../state/chunk';
import { ArticleOutlineRequest, ParagraphMarksRequest, type ArticleOutline, type ArticleOutlineParams, type Mark, type OutlineParagraph, type ParagraphMarks, type ParagraphMarksParams, type ViewParagraph } from '../articleViewProtocol';
import { viewBetween } from './decidedTokens';
import type { Services } from './services';

export const articleViewCapabilities: ServerCapabilities = {};

/** How much of a paragraph its direction is read from: enough to tell, bounded for very long ones. */
const DIRECTION_SAMPLE = 400;

/** FNV-1a of the text with its length: a paragraph's key, cheap to compare in the view. */
export function textKey(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${(h >>> 0).toString(36)}.${text.length.toString(36)}`;
}

/** Mostly Latin letters → ltr; Arabic, or no letters at all (numbers, a dateline) → rtl. */
export function directionOf(text: string): 'rtl' | 'ltr' {
  const sample = text.slice(0, DIRECTION_SAMPLE);
  return /\p{L}/u.test(sample) && arabicRatio(sample) < 0.5 ? 'ltr' : 'rtl';
}

/** Key and direction per paragraph, kept while its text is the same string (an edit elsewhere only moves it). */
const described = new WeakMap<Chunk, { text: string; key: string; dir: 'rtl' | 'ltr' }>();

function describe(c: Chunk): OutlineParagraph {
  let d = described.get(c);
  if (!d || d.text !== c.text) described.set(c, (d = { text: c.text, key: textKey(c.text), dir: directionOf(c.text) }));
  return { start: c.start, end: c.end, dir: d.dir, key: d.key };
}

type Piece = { start: number; end: number; orphaned?: boolean } | undefined;

/** The marks of one paragraph [ps, pe) from a view at document offsets, sorted (start, then longer first). */
export function marksIn(view: AnnotatedDocument, ps: number, pe: number): Mark[] {
  const out: Mark[] = [];
  const cut = (kind: Mark['kind'], a: Annotation, span: Piece, extra: Partial<Mark>): void => {
    if (!span || span.orphaned || span.end <= ps || span.start >= pe || span.end <= span.start) return;
    out.push({ kind, id: a.id, start: Math.max(span.start, ps) - ps, end: Math.min(span.end, pe) - ps, status: a.status, ...extra });
  };
  const add = (a: Annotation) => {
    if (a.orphaned) return;
    if (a.kind === 'entity') return cut('entity', a, a, { type: a.type });
    const claim: Partial<Mark> = { claimKind: a.claimKind, ...(a.stance ? { stance: a.stance } : {}) };
    if (a.start < ps) claim.opens = false;
    if (a.end > pe) claim.closes = false;
    cut('claim', a, a, claim);
    cut('cue', a, a.cue, {});
    cut('speaker', a, a.speaker, {});
  };
  for (const a of view.entities) add(a);
  for (const a of view.claims) add(a);
  for (const a of view.rejected ?? []) add(a);
  return out.sort((x, y) => x.start - y.start || y.end - x.end);
}

export function registerArticleView(s: Services): void {
  s.connection.onRequest(ArticleOutlineRequest, (params: ArticleOutlineParams): ArticleOutline | null => {
    const split = s.store.paragraphs(params.uri);
    if (!split) return null;
    return { uri: params.uri, version: split.version, length: split.text.length, paragraphs: split.chunks.map(describe) };
  });

  s.connection.onRequest(ParagraphMarksRequest, (params: ParagraphMarksParams): ParagraphMarks | null => {
    const doc = s.documents.get(params.uri);
    if (!doc) return null;
    if (doc.version !== params.version) return { uri: params.uri, version: doc.version, stale: true, paragraphs: [] };
    const chunks = s.store.paragraphs(params.uri)?.chunks ?? [];
    const from = Math.max(0, Math.min(params.from, chunks.length));
    const to = Math.max(from, Math.min(params.to, chunks.length));
    if (from === to) return { uri: params.uri, version: doc.version, paragraphs: [] };
    // The next paragraph too: its claims may name their speaker in the last one asked for.
    s.store.chunksIn(params.uri, chunks[from].start, chunks[Math.min(to, chunks.length - 1)].end);
    const view = viewBetween(chunks, s.decisions(params.uri)?.records ?? [], from, to - 1) ?? s.annotated(params.uri);
    const paragraphs: ViewParagraph[] = [];
    for (let i = from; i < to; i++) {
      const c = chunks[i];
      paragraphs.push({ index: i, ...describe(c), text: c.text, marks: view ? marksIn(view, c.start, c.end) : [] });
    }
    return { uri: params.uri, version: doc.version, paragraphs };
  });
}
