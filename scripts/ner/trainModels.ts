// Turns training sentences into feature rows and trains the tagger: a first-pass model, and when
// the document feature is on, a second-pass model that reads the first pass's tags across the
// document (its training input comes from 5-fold cross-tagging, so it sees realistic mistakes).
import type { Token } from '../../server/src/core/types';
import { tokenize } from '../../server/src/core/tokens/tokenize';
import { normalizeKey } from '../../server/src/core/text/normalize';
import { chunkDocuments, conllDocument, type ConllSentence } from '../../server/src/core/entities/conll';
import { buildContext, type Lexicons } from '../../server/src/core/entities/context';
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

/** Pseudo-documents of 20 consecutive sentences; every 10th document is the development split. */
export function splitDocuments(sentences: ConllSentence[]): { train: ConllSentence[][]; dev: ConllSentence[][] } {
  const docs = chunkDocuments(sentences);
  return { train: docs.filter((_, b) => b % 10 !== 9), dev: docs.filter((_, b) => b % 10 === 9) };
}

interface Prepared {
  tokens: Token[];
  ctx: TokenContext;
  gold: Uint8Array;
  ranges: [number, number][];
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
  return { tokens, ctx: buildContext(tokens, lex).ctx, gold, ranges: sentenceRanges(tokens, d.sentences) };
}

function rows(docs: Prepared[], options: FeatureOptions, bits: number): TrainingSentence[] {
  const F = featureCount(options);
  const mask = (1 << bits) - 1;
  const out: TrainingSentence[] = [];
  for (const p of docs) {
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
  for (const doc of docs) for (const s of doc) s.tokens.forEach((t, i) => { if (s.tags[i].startsWith('B-')) words.add(normalizeKey(t)); });
  return [...words].sort();
}

export function trainModels(docs: ConllSentence[][], lex: Lexicons, s: Settings): NerModel[] {
  const prepared = docs.map((d) => prepare(d, lex));
  const nameWords = nameWordsOf(docs);
  const meta = { data: 'ANERcorp train.tsv (AraBERT cleaned split), CC BY-SA 4.0', documents: docs.length, epochs: s.epochs };
  const first = { ...s.options, document: false };
  const model1 = fit(prepared, s, first, nameWords, { ...meta, pass: 1 });
  if (!s.options.document) return [model1];
  const folds = 5;
  for (let f = 0; f < folds; f++) {
    const held = prepared.filter((_, i) => i % folds === f);
    const m = fit(prepared.filter((_, i) => i % folds !== f), s, first, [], meta);
    for (const p of held) {
      const tags = new Uint8Array(p.tokens.length);
      tagRanges(m, p.ctx, p.ranges, tags);
      p.ctx.doc = documentEvidence(p.ctx, tags);
    }
  }
  return [model1, fit(prepared, s, s.options, [], { ...meta, pass: 2 })];
}
