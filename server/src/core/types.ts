// Shared data types of the pure core. Every offset is a UTF-16 code-unit offset into the exact
// document text, end exclusive, so `text.slice(start, end)` is the span's text.
import type { EntityType } from './entityTypes';

export { ENTITY_TYPES, type EntityType } from './entityTypes';

export interface Span {
  start: number;
  end: number;
}

export type TokenKind = 'word' | 'number' | 'latin' | 'punct' | 'symbol';

export interface Token extends Span {
  text: string;
  kind: TokenKind;
  /** For Arabic words: the stem's span after clitic analysis (proclitics and suffix pronouns removed). */
  stem?: Span;
}

export interface CliticAnalysis {
  /** Proclitic letters in order (e.g. ['و', 'ب']). */
  proclitics: string[];
  /** The definite article (ال or the ل of لل) when present, kept apart from proclitics. */
  article: string;
  /** Enclitic pronoun suffix, if any (ه، ها، هم، هما، هن، ك، كم، نا، ي). */
  enclitic: string;
  /** Offsets into the word of the stem with the article (what a name span keeps: الكرملين). */
  baseStart: number;
  /** Offsets into the word of the bare stem without article. */
  stemStart: number;
  stemEnd: number;
}

export type QuoteStyle = 'curly' | 'guillemet' | 'straight' | 'double-prime';

export interface Quotation extends Span {
  /** The inner text's span, without the quote marks. */
  inner: Span;
  style: QuoteStyle;
  /** Nesting depth, 0 for outermost. */
  depth: number;
  /** True when no closing mark was found and the quote was cut at the paragraph end. */
  unbalanced: boolean;
}

export type Sentence = Span;

export interface EntityMention extends Span {
  text: string;
  type: EntityType;
  /** Index into Analysis.clusters. */
  cluster: number;
  /** Where the mention came from, for hovers and debugging. */
  source: 'model' | 'gazetteer' | 'user' | 'propagated';
}

export interface EntityCluster {
  id: number;
  type: EntityType;
  /** The longest / most complete name among the mentions. */
  canonical: string;
  /** Distinct surface forms seen in the document. */
  forms: string[];
  /** Indices into Analysis.entities. */
  mentions: number[];
}

export type ClaimKind = 'direct' | 'indirect';

export interface Claim {
  kind: ClaimKind;
  content: Span;
  cue?: Span;
  speaker?: Span;
  /** Index into Analysis.clusters when the speaker is a recognised entity. */
  speakerCluster?: number;
  /** True when the speaker was carried over from an earlier sentence (وأضاف، وتابع …). */
  speakerCarried?: boolean;
}

export interface Analysis {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  quotations: Quotation[];
  entities: EntityMention[];
  clusters: EntityCluster[];
  claims: Claim[];
}
