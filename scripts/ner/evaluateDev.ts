// Scores recognition on development documents and formats the report the training prints.
import type { ConllSentence } from '../../server/src/core/entities/conll';
import type { NerResources, RecognizeOptions } from '../../server/src/core/entities/recognize';
import { emptyScores } from '../../server/src/core/entities/score';
import { formatScores, scoreConllDocuments } from '../../server/src/cli/evalNer';

export function evaluateDocuments(docs: ConllSentence[][], res: NerResources, options: RecognizeOptions): string {
  const scores = emptyScores();
  // No speed here: one short pass right after training mixes compiling into it; `mizan eval ner` times tagging.
  scoreConllDocuments(docs, res, scores, options);
  return `development split (${docs.length} documents):\n${formatScores(scores)}`;
}
