// Turns training sentences into feature rows and trains the tagger: a first-pass model, and when
// the document feature is on, a second-pass model that reads the first pass's tags across the
// document (its training input comes from 5-fold cross-tagging, so it sees realistic mistakes).
import type { Token } from '../../server/src/core/types';
import { tokenize } from '../../server/src/core/tokens/tokenize';
import { normalizeKey } from '../../server/src/core/text/normalize';
import { chunkDocuments, conllDocument, type ConllSentence } from '../../server/src/core/entities/conll';
import { buildContext, countBucket, type Lexicons } from '../../server/src/core/entities/context';
import { extractFeatures, featureCount, type FeatureOptions, type TokenContext } from '../../server/src/core/entities/features';
import type { NerModel } from '../../server/src/core/entities/model';
import { documentEvidence, sentenceRanges, tagRanges } from '../../server/src/core/entities/tagger';
import { tagIndex } from '../../server/src/core/entities/tags';
import { quantize, trainPerceptron, type TrainingSentence } from '../../server/src/core/entities/train';

export interface Settings {
  options: FeatureOptions;
  bits: number;
  epochs: number;
  seed: number;
}

/**
 * Pseudo-documents of 20 consecutive sentences; the development split is two contiguous stretches
 * of whole documents (7.5% of them each), one in the middle of the file and one at its end. Every
 * tenth document (the split before) shares its neighbours' stories: 56% of its names occur in the
 * training part, against 41% on held-out news; these stretches share 41%, as new news does.
 */
export function splitDocuments(sentences: ConllSentence[], kind: 'stretches' | 'interleaved' = 'stretches'): { train: ConllSentence[][]; dev: ConllSentence[][] } {
  const docs = chunkDocuments(sentences);
  const n = docs.length;
  if (kind === 'interleaved') return { train: docs.filter((_, b) => b % 10 !== 9), dev: docs.filter((_, b) => b % 10 === 9) };
  const stretch = Math.round(n * 0.075);
  const mid = Math.floor(n / 2) - Math.floor(stretch / 2);
  const isDev = (b: number) => b >= n - stretch || (b >= mid && b < mid + stretch);
  return { train: docs.filter((_, b) => !isDev(b)), dev: docs.filter((_, b) => isDev(b)) };
}

interface Prepared {
  tokens: Token[];
  ctx: TokenContext;
  gold: Uint8Array;
  ranges: [number, number][];
  /** Each token's count buckets as the vocab feature reads them (WordInfo.freq), set before its rows are made. */
  freq: Uint8Array;
}

/** Contiguous blocks the vocabulary counts leave out in turn: a document's words are counted without its block. */
const VOCAB_BLOCKS = 10;

/**
 * Count buckets of every token as new text would see them: counted over the training documents
 * outside the token's own block of neighbouring documents (a story runs over several), so that a
 * name of this stretch reads as unseen, as most names of new news are. Returns the vocabulary of
 * all documents, as the model stores it.
 */
function countWords(docs: Prepared[]): NonNullable<NerModel['vocab']> {
  const blockOf = (d: number) => Math.floor((d * VOCAB_BLOCKS) / docs.length);
  const total = { key: new Map<string, number>(), stem: new Map<string, number>() };
  const byBlock = Array.from({ length: VOCAB_BLOCKS }, () => ({ key: new Map<string, number>(), stem: new Map<string, number>() }));
  const add = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  docs.forEach((p, d) => {
    for (const w of p.ctx.info) {
      add(total.key, w.key);
      add(total.stem, w.stem);
      add(byBlock[blockOf(d)].key, w.key);
      add(byBlock[blockOf(d)].stem, w.stem);
    }
  });
  docs.forEach((p, d) => {
    const b = byBlock[blockOf(d)];
    p.ctx.info.forEach((w, i) => {
      p.freq[i] = countBucket((total.key.get(w.key) ?? 0) - (b.key.get(w.key) ?? 0)) | (countBucket((total.stem.get(w.stem) ?? 0) - (b.stem.get(w.stem) ?? 0)) << 2);
    });
  });
  const lists = (m: Map<string, number>) => {
    const out: string[][] = [[], [], []];
    for (const [k, c] of m) out[countBucket(c) - 1].push(k);
    return out.map((l) => l.sort());
  };
  return { key: lists(total.key), stem: lists(total.stem) };
}

/** Puts a document's count buckets on its words (shared WordInfo objects) before they are read. */
function useFrequencies(p: Prepared): void {
  p.ctx.info.forEach((w, i) => {
    w.freq = p.freq[i];
  });
}

/** Our tokens of the document text with the file's tags projected: a piece after the first of a file token continues its entity. */
function prepare(doc: ConllSentence[], lex: Lexicons): Prepared {
  const d = conllDocument(doc);
  const tokens = tokenize(d.text);
  const gold = new Uint8Array(tokens.length);
  let k = 0;
  tokens.forEach((t, i) => {
    while (k < d.tokens.length && d.tokens[k].end <= t.start) k++;
    const tag = d.tags[k] ?? 'O';
    gold[i] = tagIndex(t.start === d.tokens[k]?.start || tag === 'O' ? tag : `I-${tag.slice(2)}`);
  });
  return { tokens, ctx: buildContext(tokens, lex).ctx, gold, ranges: sentenceRanges(tokens, d.sentences), freq: new Uint8Array(tokens.length) };
}

function rows(docs: Prepared[], options: FeatureOptions, bits: number): TrainingSentence[] {
  const F = featureCount(options);
  const mask = (1 << bits) - 1;
  const out: TrainingSentence[] = [];
  for (const p of docs) {
    useFrequencies(p);
    for (const [from, to] of p.ranges) {
      const feats = new Int32Array((to - from) * F);
      extractFeatures(p.ctx, from, to, options, mask, feats);
      out.push({ feats, gold: p.gold.slice(from, to) });
    }
  }
  return out;
}

function fit(docs: Prepared[], s: Settings, options: FeatureOptions, nameWords: string[], meta: NerModel['meta']): NerModel {
  return quantize(trainPerceptron(rows(docs, options, s.bits), { ...s, options }), s.bits, options, nameWords, meta);
}

export function nameWordsOf(docs: ConllSentence[][]): string[] {
  const words = new Set<string>();
  for (const doc of docs)
    for (const s of doc)
      s.tokens.forEach((t, i) => {
        if (s.tags[i].startsWith('B-')) words.add(normalizeKey(t));
      });
  return [...words].sort();
}

/** Words seen at least twice and outside names at least 90% of the time: the propagation stop-list. */
export function outsideWordsOf(docs: ConllSentence[][]): string[] {
  const counts = new Map<string, [number, number]>();
  for (const doc of docs) {
    for (const s of doc) {
      s.tokens.forEach((t, i) => {
        const k = normalizeKey(t);
        let c = counts.get(k);
        if (!c) counts.set(k, (c = [0, 0]));
        c[s.tags[i] === 'O' ? 0 : 1]++;
      });
    }
  }
  return [...counts]
    .filter(([, [o, e]]) => o + e >= 2 && o >= 9 * e)
    .map(([k]) => k)
    .sort();
}

export function trainModels(docs: ConllSentence[][], lex: Lexicons, s: Settings): NerModel[] {
  const prepared = docs.map((d) => prepare(d, lex));
  const vocab = countWords(prepared);
  const nameWords = nameWordsOf(docs);
  const meta = { data: 'ANERcorp train.tsv (AraBERT cleaned split), CC BY-SA 4.0', documents: docs.length, epochs: s.epochs };
  const first = { ...s.options, document: false };
  const model1 = fit(prepared, s, first, nameWords, { ...meta, pass: 1 });
  model1.oWords = outsideWordsOf(docs);
  if (s.options.vocab) model1.vocab = vocab;
  if (!s.options.document) return [model1];
  const folds = 5;
  for (let f = 0; f < folds; f++) {
    const held = prepared.filter((_, i) => i % folds === f);
    const m = fit(
      prepared.filter((_, i) => i % folds !== f),
      s,
      first,
      [],
      meta,
    );
    for (const p of held) {
      useFrequencies(p);
      const tags = new Uint8Array(p.tokens.length);
      tagRanges(m, p.ctx, p.ranges, tags);
      p.ctx.doc = documentEvidence(p.ctx, tags);
    }
  }
  return [model1, fit(prepared, s, s.options, [], { ...meta, pass: 2 })];
}
