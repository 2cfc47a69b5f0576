// Runs recognition over a training-format document as over a user's article and scores the
// entities it finds, mapped back onto the file's tokens, against the file's tags.
import { analyzeBase } from '../analyze';
import type { ConllDocument } from './conll';
import { recognizeTokens, type NerResources, type RecognizeOptions } from './recognize';
import { bioRuns, mentionsToTokenRuns, scoreSpans, type Scores } from './score';

export function scoreConllDocument(doc: ConllDocument, res: NerResources, scores: Scores, options: RecognizeOptions = {}): void {
  const base = analyzeBase(doc.text);
  const mentions = recognizeTokens(base.tokens, base.sentences, res, options);
  scoreSpans(scores, bioRuns(doc.tags), mentionsToTokenRuns(doc.tokens, mentions));
}
