// Scores recognition on development documents and formats the report the training prints: CoNLL
// P/R/F1, and recall split by whether the gold name occurs as a name in the training part. News
// the model has never seen is mostly names it has never seen, so the unseen recall is the figure
// that predicts it (the seen recall is high on any split).
import type { ConllSentence } from '../../server/src/core/entities/conll';
import { conllDocument } from '../../server/src/core/entities/conll';
import { recognizeTokens, type NerResources, type RecognizeOptions } from '../../server/src/core/entities/recognize';
import { bioRuns, emptyScores, mentionsToTokenRuns, prf, scoreSpans, type Scores } from '../../server/src/core/entities/score';
import { analyzeBase } from '../../server/src/core/analyze';
import { normalizeKey } from '../../server/src/core/text/normalize';
import { formatScores } from '../../server/src/cli/evalNer';

/** A name as the set of seen names keys it: its normalised tokens joined by spaces. */
const nameKey = (tokens: string[]) => tokens.map((t) => normalizeKey(t)).join(' ');

export function namesOf(docs: ConllSentence[][]): Set<string> {
  const out = new Set<string>();
  for (const doc of docs) {
    for (const s of doc) for (const r of bioRuns(s.tags)) out.add(nameKey(s.tokens.slice(r.start, r.end)));
  }
  return out;
}

export interface DevResult {
  scores: Scores;
  seen: { gold: number; found: number };
  unseen: { gold: number; found: number };
}

export function scoreDevelopment(docs: ConllSentence[][], res: NerResources, options: RecognizeOptions, trainNames: Set<string>): DevResult {
  const scores = emptyScores();
  const seen = { gold: 0, found: 0 };
  const unseen = { gold: 0, found: 0 };
  for (const chunk of docs) {
    const doc = conllDocument(chunk);
    const words = chunk.flatMap((s) => s.tokens);
    const base = analyzeBase(doc.text);
    const pred = mentionsToTokenRuns(doc.tokens, recognizeTokens(base.tokens, base.sentences, res, options));
    const gold = bioRuns(doc.tags);
    scoreSpans(scores, gold, pred);
    const hit = new Set(pred.map((p) => `${p.start}:${p.end}:${p.type}`));
    for (const g of gold) {
      const group = trainNames.has(nameKey(words.slice(g.start, g.end))) ? seen : unseen;
      group.gold++;
      if (hit.has(`${g.start}:${g.end}:${g.type}`)) group.found++;
    }
  }
  return { scores, seen, unseen };
}

const pct = (a: number, b: number) => (b ? (100 * a) / b : 0).toFixed(1);

export function formatDevelopment(r: DevResult, docs: number): string {
  const { f } = prf(r.scores.overall);
  const total = r.seen.gold + r.unseen.gold;
  return (
    `development split (${docs} documents):\n${formatScores(r.scores)}` +
    `names seen in the training part: ${r.seen.gold} of ${total} (${pct(r.seen.gold, total)}%), recall ${pct(r.seen.found, r.seen.gold)}\n` +
    `names not seen in the training part: ${r.unseen.gold}, recall ${pct(r.unseen.found, r.unseen.gold)}\n` +
    `summary: F1 ${(100 * f).toFixed(1)}, unseen-name recall ${pct(r.unseen.found, r.unseen.gold)}\n`
  );
}

export function evaluateDocuments(docs: ConllSentence[][], res: NerResources, options: RecognizeOptions, trainNames: Set<string>): string {
  // No speed here: one short pass right after training mixes compiling into it; `mizan eval ner` times tagging.
  return formatDevelopment(scoreDevelopment(docs, res, options, trainNames), docs.length);
}
