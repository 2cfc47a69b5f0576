// One pass of the whole core over a document: tokens, paragraphs, quotations, sentences, then the
// entity and claim layers that an Engine supplies (they need model data the caller loads).
import type { Analysis, Claim, EntityCluster, EntityMention, Quotation, Sentence, Span, Token } from './types';
import { tokenize } from './tokens/tokenize';
import { isHardWrapped, paragraphs } from './tokens/paragraphs';
import { findQuotations } from './tokens/quotes';
import { splitSentences } from './tokens/sentences';

export interface BaseAnalysis {
  text: string;
  tokens: Token[];
  paragraphs: Span[];
  hardWrapped: boolean;
  quotations: Quotation[];
  sentences: Sentence[];
}

export interface EntityLayer {
  entities: EntityMention[];
  clusters: EntityCluster[];
}

/** What analyze needs beyond the text layer; each part may be absent (tokens-only analysis). */
export interface Engine {
  entities?(base: BaseAnalysis): EntityLayer;
  claims?(base: BaseAnalysis, layer: EntityLayer): Claim[];
}

/** `hardWrapped` given: a part of a longer text, read with the line structure found for the whole. */
export function analyzeBase(text: string, hardWrapped = isHardWrapped(text)): BaseAnalysis {
  const paras = paragraphs(text, hardWrapped);
  const quotations = findQuotations(text, paras);
  return {
    text,
    tokens: tokenize(text),
    paragraphs: paras,
    hardWrapped,
    quotations,
    sentences: splitSentences(text, quotations, paras),
  };
}

export function analyze(text: string, engine: Engine = {}): Analysis {
  const base = analyzeBase(text);
  const layer = engine.entities ? engine.entities(base) : { entities: [], clusters: [] };
  const claims = engine.claims ? engine.claims(base, layer) : [];
  return { text, tokens: base.tokens, sentences: base.sentences, quotations: base.quotations, ...layer, claims };
}
