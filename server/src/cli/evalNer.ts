// `mizan eval ner <file>`: recognition over a training-format file, scored per type (CoNLL
// entity level, exact span and type), with tokens per second.
// `mizan eval ner --gold <folder>`: against NAME.txt + NAME.json pairs, exact and overlap matches.
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../core/analyze';
import { chunkDocuments, conllDocument, parseConll } from '../core/entities/conll';
import { scoreConllDocument } from '../core/entities/evaluate';
import { emptyScores, overlapMatch, prf, scoreSpans, type Scores, type TypedSpan } from '../core/entities/score';
import { TYPE_ORDER } from '../core/entities/tags';
import { loadNerResources, loadEntityLayer } from '../engineEntities';
import { readArticle } from './readArticle';

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

export function formatScores(s: Scores, tokens?: number, seconds?: number): string {
  const lines = ['type   gold  pred  prec   rec    F1'];
  const row = (name: string, c: Scores['overall']) => {
    const { p, r, f } = prf(c);
    lines.push(`${name.padEnd(5)} ${String(c.tp + c.fn).padStart(5)} ${String(c.tp + c.fp).padStart(5)} ${pct(p)} ${pct(r)} ${pct(f)}`);
  };
  for (const t of TYPE_ORDER) row(t, s.byType[t]);
  row('all', s.overall);
  if (tokens !== undefined && seconds) lines.push(`${tokens} tokens in ${seconds.toFixed(2)} s: ${Math.round(tokens / seconds).toLocaleString('en')} tokens/s`);
  return lines.join('\n') + '\n';
}

/** The file's sentences in runs of 20 (one document each), each laid out and analysed as an article. */
function evalFile(file: string): number {
  const sentences = parseConll(fs.readFileSync(file, 'utf8'), file);
  const res = loadNerResources();
  const scores = emptyScores();
  let tokens = 0;
  const t0 = process.hrtime.bigint();
  for (const chunk of chunkDocuments(sentences)) {
    const doc = conllDocument(chunk);
    tokens += doc.tokens.length;
    scoreConllDocument(doc, res, scores);
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  process.stdout.write(`${file}: ${sentences.length} sentences\n${formatScores(scores, tokens, seconds)}`);
  return 0;
}

interface GoldEntity extends TypedSpan { text: string }

export function readGoldEntities(file: string, text: string): GoldEntity[] {
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { entities?: GoldEntity[] };
  if (!Array.isArray(data.entities)) throw new Error(`${file}: no "entities" list`);
  for (const e of data.entities) {
    if (text.slice(e.start, e.end) !== e.text) throw new Error(`${file}: entity ${e.start}-${e.end} "${e.text}" does not match the text there`);
  }
  return data.entities.map((e) => ({ ...e, type: (String(e.type) === 'PERS' ? 'PER' : e.type) }));
}

export function evalGoldFolder(folder: string): { exact: Scores; overlap: Scores; tokens: number; seconds: number; files: number } {
  const names = fs.readdirSync(folder).filter((f) => f.endsWith('.json') && fs.existsSync(path.join(folder, f.replace(/\.json$/, '.txt')))).sort();
  if (names.length === 0) throw new Error(`${folder}: no NAME.txt + NAME.json pairs`);
  const entities = loadEntityLayer({});
  const exact = emptyScores();
  const overlap = emptyScores();
  let tokens = 0;
  let seconds = 0;
  for (const name of names) {
    const text = readArticle(path.join(folder, name.replace(/\.json$/, '.txt')));
    const gold = readGoldEntities(path.join(folder, name), text);
    // Timed on a second run, as the server re-analyses an open article on every edit (warm caches).
    analyze(text, { entities });
    const t0 = process.hrtime.bigint();
    const a = analyze(text, { entities });
    seconds += Number(process.hrtime.bigint() - t0) / 1e9;
    tokens += a.tokens.length;
    scoreSpans(exact, gold, a.entities);
    scoreSpans(overlap, gold, a.entities, overlapMatch);
  }
  return { exact, overlap, tokens, seconds, files: names.length };
}

export function runEvalNer(args: string[]): number {
  const gi = args.indexOf('--gold');
  try {
    if (gi >= 0) {
      const folder = args[gi + 1];
      if (!folder) throw new Error('--gold needs a folder');
      const r = evalGoldFolder(folder);
      process.stdout.write(`${folder}: ${r.files} articles\nexact match:\n${formatScores(r.exact)}overlap match:\n${formatScores(r.overlap, r.tokens, r.seconds)}`);
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
