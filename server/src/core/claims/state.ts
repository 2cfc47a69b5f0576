// What claim detection keeps while it reads a document (the claims so far and their speakers) and
// how a claim is recorded: which speaker a continuing verb points at, and when it was carried.
import type { Claim, ClaimKind, Span } from '../types';
import { type EarlierSpeakers, nearestMention, titleReferent } from './anaphora';
import { type ClaimContext, wordCount } from './context';
import { matchSource } from './sources';
import { type Speaker, leadingSpeaker } from './speaker';
import { type Agreement, agreementOf, cueOf } from './words';

/** How many sentences back a speaker can be carried to an unnamed verb (وأضاف، وتابعت). */
const CARRY_SENTENCES = 3;

export interface State {
  ctx: ClaimContext;
  claims: Claim[];
  /** Speakers of the claims so far, latest last, with the gender and number their verb showed. */
  history: { speaker: Speaker; sentence: number; agreement: Agreement; referent?: Speaker }[];
  /** Each history entry's referent, else its speaker: what a later title-only speaker may point at. */
  referents: EarlierSpeakers;
  /** Token index up to which the text belongs to an earlier claim. */
  covered: number;
  usedQuotes: Set<number>;
  sentStart: Int32Array;
  sentEnd: Int32Array;
}

export function carried(st: State, cue: number, sameSentence = false, strict = false): Speaker | undefined {
  const { ctx, history } = st;
  // History is in reading order (sentences never decrease), so the window is its tail: found from
  // the end, not by filtering every claim so far (a long article has thousands).
  const oldest = ctx.sentenceOf[cue] - (sameSentence ? 0 : CARRY_SENTENCES);
  let from = history.length;
  while (from > 0 && history[from - 1].sentence >= oldest) from--;
  const window = history.slice(from);
  if (!window.length) return undefined;
  // وقال الوزير … وقالت النائبة … وأضاف: the verb's agreement picks the speaker it continues.
  const agreement = agreementOf(ctx.words[cue], ctx.lex);
  const agreeing = [...window].reverse().find((h) => h.agreement === agreement);
  if (!agreeing && strict) return undefined;
  const last = agreeing ?? window[window.length - 1];
  // Within the sentence the speaker stays as written; from a later sentence it is the person meant.
  const target = last.sentence === ctx.sentenceOf[cue] ? last.speaker : (last.referent ?? last.speaker);
  return nearestMention(ctx, target, ctx.words[cue].tok.start);
}

/**
 * A participle continues the speaker of its sentence: the last claim's speaker there, else the
 * subject of the verb that opens the sentence (وأشاد رئيس النادي باللاعبين، مؤكدا أن …), else the
 * speaker continued from the sentences before.
 */
export function participleSubject(st: State, cue: number, s0: number): Speaker | undefined {
  const { ctx } = st;
  // قالت الوزيرة …، مشيرا: a participle that does not agree continues someone else.
  const same = carried(st, cue, true, true);
  if (same) return same;
  const opener = ctx.words[s0];
  const openerCue = cueOf(opener, ctx.lex);
  const disagrees = !!openerCue && agreementOf(opener, ctx.lex) !== agreementOf(ctx.words[cue], ctx.lex);
  if (opener.conj && cue > s0 + 1 && !(disagrees && carried(st, cue, false, true))) {
    const lead = leadingSpeaker(ctx, s0 + 1, cue);
    if (lead) return lead.speaker;
  }
  return carried(st, cue);
}

export function isSourceAt(st: State, k: number): boolean {
  return k < st.ctx.words.length && !!matchSource(st.ctx, k);
}

export function emit(st: State, kind: ClaimKind, content: Span | undefined, cue: Span, speaker: Speaker | undefined, cueTok: number): boolean {
  const { ctx } = st;
  // One quoted word can be what was said (وصفه بأنه "كارثي"); unquoted content needs two.
  if (!content || wordCount(ctx, content) < (kind === 'direct' ? 1 : 2)) return false;
  const claim: Claim = { kind, content, cue };
  if (speaker) {
    claim.speaker = speaker.span;
    if (speaker.cluster !== undefined) claim.speakerCluster = speaker.cluster;
    const sentence = ctx.sentences[ctx.sentenceOf[cueTok]];
    if (sentence && speaker.span.end <= sentence.start) claim.speakerCarried = true;
    const referent = titleReferent(ctx, speaker, st.referents);
    st.history.push({ speaker, sentence: ctx.sentenceOf[cueTok], agreement: agreementOf(ctx.words[cueTok], ctx.lex), referent });
    st.referents.push(referent ?? speaker);
  }
  st.claims.push(claim);
  return true;
}
