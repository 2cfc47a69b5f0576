// The messages behind the annotation view (client/src/annotationView): the article's paragraphs as
// the server splits them, and the marks of a few paragraphs at a time, so that the client and the
// webview never parse Arabic and a long article is sent only as far as it is shown. Beside
// protocol.ts, in the same style: plain method names and payload types, no LSP library imported.

/** Client → server: the paragraphs of an open article (no analysis: answered at once, even for 1 MB). */
export const ArticleOutlineRequest = 'mizan/articleOutline';
export interface ArticleOutlineParams {
  uri: string;
}
export interface OutlineParagraph {
  /** UTF-16 offsets of the paragraph in the document text, end exclusive. */
  start: number;
  end: number;
  /** 'ltr' for a paragraph that is mostly Latin, laid out in its own direction. */
  dir: 'rtl' | 'ltr';
  /** Changes when the paragraph's text changes: what the view compares to keep a paragraph's markup. */
  key: string;
}
export interface ArticleOutline {
  uri: string;
  /** The document version the offsets refer to. */
  version: number;
  length: number;
  paragraphs: OutlineParagraph[];
}

/** Client → server: the text and marks of paragraphs [from, to) of the outline of `version`. */
export const ParagraphMarksRequest = 'mizan/paragraphMarks';
export interface ParagraphMarksParams {
  uri: string;
  version: number;
  from: number;
  to: number;
}

export type MarkStatus = 'suggested' | 'accepted' | 'rejected';
/** One span to paint, at offsets in its paragraph (a span across paragraphs is cut at each end). */
export interface Mark {
  kind: 'entity' | 'claim' | 'cue' | 'speaker';
  /** The annotation's id; a cue or speaker carries its claim's id. */
  id: string;
  start: number;
  end: number;
  status: MarkStatus;
  /** Entities: PER, LOC, ORG, MISC. */
  type?: string;
  /** Claims: the stance id once tagged, direct quotation or reported speech. */
  stance?: string;
  claimKind?: 'direct' | 'indirect';
  /** False on the piece of a claim cut at the paragraph's start: it began in an earlier paragraph. */
  opens?: boolean;
  /** False on the piece cut at the paragraph's end: the stance label belongs where the claim ends. */
  closes?: boolean;
}
export interface ViewParagraph {
  index: number;
  start: number;
  end: number;
  dir: 'rtl' | 'ltr';
  key: string;
  text: string;
  marks: Mark[];
}
export interface ParagraphMarks {
  uri: string;
  version: number;
  /** True when the document moved past `version`: ask again with the new outline. */
  stale?: boolean;
  paragraphs: ViewParagraph[];
}
