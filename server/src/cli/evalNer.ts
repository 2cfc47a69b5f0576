// `mizan eval ner <file>`: recognition over a training-format file, scored per type (CoNLL
// entity level, exact span and type), with tokens per second.
// `mizan eval ner --gold <folder>`: against NAME.txt + NAME.json pairs, exact and overlap matches.
import * as fs from 'fs';
import * as path from 'path';
import { analyze, analyzeBase, type BaseAnalysis } from '../core/analyze';
import { chunkDocuments, conllDocument, parseConll, type ConllSentence } from '../core/entities/conll';
import { recognizeEntities, recognizeTokens, type NerResources, type RecognizeOptions } from '../core/entities/recognize';
import { scoreConllMentions } from '../core/entities/evaluate';
import { emptyScores, overlapMatch, prf, scoreSpans, type Scores, type TypedSpan } from '../core/entities/score';
import { MODEL_TYPES } from '../core/entities/tags';
import { WordCache } from '../core/entities/words';
import { loadNerResources } from '../engineEntities';
import { readArticle } from '../articles/articleFiles';

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

export interface Timing {
  tokens: number;
  /** Seconds in the entity layer alone (tagging, lists, spans, linking). */
  entities: number;
  /** Seconds for the whole analysis (tokens, sentences, quotations, then entities). */
  total: number;
}

const rate = (tokens: number, s: number) => Math.round(tokens / s).toLocaleString('en');

export function formatScores(s: Scores, t?: Timing): string {
  const lines = ['type   gold  pred  prec   rec    F1'];
  const row = (name: string, c: Scores['overall']) => {
    const { p, r, f } = prf(c);
    lines.push(`${name.padEnd(5)} ${String(c.tp + c.fn).padStart(5)} ${String(c.tp + c.fp).padStart(5)} ${pct(p)} ${pct(r)} ${pct(f)}`);
  };
  for (const t of MODEL_TYPES) row(t, s.byType[t]);
  row('all', s.overall);
  if (t && t.total > 0) lines.push(`${t.tokens} tokens: entity layer ${rate(t.tokens, t.entities)} tokens/s; whole analysis ${rate(t.tokens, t.total)} tokens/s`);
  return lines.join('\n') + '\n';
}

const seconds = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e9;

/** Runs the engine over each document as over an article and scores it; the time of each layer is added to `t`. */
export function scoreConllDocuments(docs: ConllSentence[][], res: NerResources, scores: Scores, options: RecognizeOptions = {}): Timing {
  const t: Timing = { tokens: 0, entities: 0, total: 0 };
  for (const chunk of docs) {
    const doc = conllDocument(chunk);
    t.tokens += doc.tokens.length;
    const t0 = process.hrtime.bigint();
    const base = analyzeBase(doc.text);
    const t1 = process.hrtime.bigint();
    const mentions = recognizeTokens(base.tokens, base.sentences, res, options);
    t.entities += seconds(t1);
    t.total += seconds(t0);
    scoreConllMentions(doc, mentions, scores);
  }
  return t;
}

/**
 * The timed pass reads every word as new (a fresh word and sentence cache) in an engine that has
 * run before (a first pass compiles the code): the speed of a running server meeting new articles.
 */
function freshWords(res: NerResources): void {
  res.cache = new WordCache();
}

/** The file's sentences in runs of 20 (one document each), each laid out and analysed as an article. */
function evalFile(file: string): number {
  const sentences = parseConll(fs.readFileSync(file, 'utf8'), file);
  const res = loadNerResources();
  const docs = chunkDocuments(sentences);
  const first = scoreConllDocuments(docs, res, emptyScores());
  freshWords(res);
  const scores = emptyScores();
  const t = scoreConllDocuments(docs, res, scores);
  const marked = sentences.some((x) => x.document !== undefined) ? `${docs.length} documents, ` : '';
  process.stdout.write(`${file}: ${marked}${sentences.length} sentences\n${formatScores(scores, t)}first pass from a cold start (compiling as it goes): entity layer ${rate(first.tokens, first.entities)} tokens/s\n`);
  return 0;
}

interface GoldEntity extends TypedSpan {
  text: string;
}

export function readGoldEntities(file: string, text: string): GoldEntity[] {
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { entities?: GoldEntity[] };
  if (!Array.isArray(data.entities)) throw new Error(`${file}: no "entities" list`);
  for (const e of data.entities) {
    if (text.slice(e.start, e.end) !== e.text) throw new Error(`${file}: entity ${e.start}-${e.end} "${e.text}" does not match the text there`);
  }
  return data.entities.map((e) => ({ ...e, type: String(e.type) === 'PERS' ? 'PER' : e.type }));
}

export function evalGoldFolder(folder: string): { exact: Scores; overlap: Scores; timing: Timing; files: number } {
  const names = fs
    .readdirSync(folder)
    .filter((f) => f.endsWith('.json') && fs.existsSync(path.join(folder, f.replace(/\.json$/, '.txt'))))
    .sort();
  if (names.length === 0) throw new Error(`${folder}: no NAME.txt + NAME.json pairs`);
  const res = loadNerResources();
  const entities = (base: BaseAnalysis) => recognizeEntities(base, res);
  const exact = emptyScores();
  const overlap = emptyScores();
  const timing: Timing = { tokens: 0, entities: 0, total: 0 };
  const articles = names.map((name) => {
    const text = readArticle(path.join(folder, name.replace(/\.json$/, '.txt')));
    return { text, gold: readGoldEntities(path.join(folder, name), text) };
  });
  // Five articles are too few for the compiler to settle: warm up on 100,000 tokens of them first.
  for (let seen = 0; seen < 100_000;) {
    for (const { text } of articles) seen += analyze(text, { entities }).tokens.length;
    freshWords(res);
  }
  for (const { text, gold } of articles) {
    const t0 = process.hrtime.bigint();
    const base = analyzeBase(text);
    const t1 = process.hrtime.bigint();
    const layer = entities(base);
    timing.entities += seconds(t1);
    timing.total += seconds(t0);
    timing.tokens += base.tokens.length;
    scoreSpans(exact, gold, layer.entities);
    scoreSpans(overlap, gold, layer.entities, overlapMatch);
  }
  return { exact, overlap, timing, files: names.length };
}

export function runEvalNer(args: string[]): number {
  const gi = args.indexOf('--gold');
  try {
    if (gi >= 0) {
      const folder = args[gi + 1];
      if (!folder) throw new Error('--gold needs a folder');
      const r = evalGoldFolder(folder);
      process.stdout.write(`${folder}: ${r.files} articles\nexact match:\n${formatScores(r.exact)}overlap match:\n${formatScores(r.overlap, r.timing)}`);
      return 0;
    }
    const file = args.find((a) => !a.startsWith('--'));
    if (!file) {
      process.stderr.write('usage: mizan eval ner <file> | mizan eval ner --gold <folder>\n');
      return 2;
    }
    return evalFile(file);
  } catch (err) {
    process.stderr.write(`mizan eval ner: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}
