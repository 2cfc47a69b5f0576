// Scores the entities found in a training-format document, mapped back onto the file's tokens,
// against the file's tags.
import type { ConllDocument } from './conll';
import { bioRuns, mentionsToTokenRuns, scoreSpans, type Scores, type TypedSpan } from './score';

export function scoreConllMentions(doc: ConllDocument, mentions: TypedSpan[], scores: Scores): void {
  scoreSpans(scores, bioRuns(doc.tags), mentionsToTokenRuns(doc.tokens, mentions));
}
