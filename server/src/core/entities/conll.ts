// The training file's format: one `token TAG` a line (tab or spaces), blank line between
// sentences, IOB2 tags with PER or PERS; a `-DOCSTART-` line (CoNLL-2003's, as `mizan export
// --format conll` writes before each article) starts a document. Read into sentences, and laid out as a document text
// (tokens joined by spaces, a sentence a line) so the engine can run over it as over an article.
import type { Span } from '../types';

export interface ConllSentence {
  tokens: string[];
  tags: string[];
  /** The document it belongs to, counted from 0, when the file marks documents with -DOCSTART-. */
  document?: number;
}

const DOCSTART = '-DOCSTART-';

const TAG = /^(O|[BI]-(PERS?|LOC|ORG|MISC))$/;

export function parseConll(text: string, name = 'input'): ConllSentence[] {
  const out: ConllSentence[] = [];
  let document: number | undefined;
  const fresh = (): ConllSentence => (document === undefined ? { tokens: [], tags: [] } : { tokens: [], tags: [], document });
  let cur = fresh();
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    const t = line.trim();
    const parts = t.split(/[\t ]+/);
    if (t === '' || parts[0] === DOCSTART) {
      if (cur.tokens.length) out.push(cur);
      if (t !== '') document = document === undefined ? 0 : document + 1;
      cur = fresh();
      return;
    }
    const tag = parts[parts.length - 1];
    if (parts.length < 2 || !TAG.test(tag)) throw new Error(`${name}:${i + 1}: expected "token<TAB>tag" with an IOB2 tag (O, B-PER, I-LOC …), got: ${t.slice(0, 60)}`);
    // A token may itself contain no spaces in this format; extra columns before the tag are ignored.
    cur.tokens.push(parts[0]);
    cur.tags.push(tag.replace('PERS', 'PER'));
  });
  if (cur.tokens.length) out.push(cur);
  return out;
}

export interface ConllDocument {
  text: string;
  /** Character span of every file token, in order over all sentences. */
  tokens: Span[];
  tags: string[];
  sentences: Span[];
}

export function conllDocument(sentences: ConllSentence[]): ConllDocument {
  let text = '';
  const tokens: Span[] = [];
  const tags: string[] = [];
  const spans: Span[] = [];
  for (const s of sentences) {
    if (text) text += '\n';
    const start = text.length;
    s.tokens.forEach((tok, i) => {
      if (i) text += ' ';
      tokens.push({ start: text.length, end: text.length + tok.length });
      tags.push(s.tags[i]);
      text += tok;
    });
    spans.push({ start, end: text.length });
  }
  return { text, tokens, tags, sentences: spans };
}

/**
 * Documents as the file marks them; a file without -DOCSTART- (the training file) has no document
 * boundaries, so runs of `size` consecutive sentences (news
 * sentences in corpus order) stand in for articles, so document-level steps see a realistic span.
 */
export function chunkDocuments(sentences: ConllSentence[], size = 20): ConllSentence[][] {
  // A file that marks its documents (an export of articles) is read a document at a time.
  if (sentences.length && sentences.every((s) => s.document !== undefined)) {
    const docs: ConllSentence[][] = [];
    for (const s of sentences) (docs[s.document!] ??= []).push(s);
    return docs.filter((d) => d.length);
  }
  const out: ConllSentence[][] = [];
  for (let i = 0; i < sentences.length; i += size) out.push(sentences.slice(i, i + size));
  return out;
}
