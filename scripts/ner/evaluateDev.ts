// Scores recognition on development documents and formats the report the training prints.
import type { ConllSentence } from '../../server/src/core/entities/conll';
import { conllDocument } from '../../server/src/core/entities/conll';
import { scoreConllDocument } from '../../server/src/core/entities/evaluate';
import type { NerResources, RecognizeOptions } from '../../server/src/core/entities/recognize';
import { emptyScores } from '../../server/src/core/entities/score';
import { formatScores } from '../../server/src/cli/evalNer';

export function evaluateDocuments(docs: ConllSentence[][], res: NerResources, options: RecognizeOptions): string {
  const scores = emptyScores();
  const t0 = process.hrtime.bigint();
  let tokens = 0;
  for (const doc of docs) {
    const d = conllDocument(doc);
    tokens += d.tokens.length;
    scoreConllDocument(d, res, scores, options);
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return `development split (${docs.length} documents):\n${formatScores(scores, tokens, seconds)}`;
}
