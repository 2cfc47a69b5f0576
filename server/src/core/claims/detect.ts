// Claim detection over one document: every reporting verb and source phrase outside quoted speech
// and outside the content of an earlier claim, read as cue → speaker → reported words.
import type { BaseAnalysis, EntityLayer } from '../analyze';
import type { Claim, ClaimKind, Span } from '../types';
import { normalizeKey } from '../text/normalize';
import { type ClaimContext, buildContext, mentionsIn, wordCount } from './context';
import { contentEnd, contentSpan } from './content';
import { MIN_QUOTE_WORDS, isBoundaryCue, scanFrame } from './frame';
import type { CueEntry, CueLexicon } from './lexicon';
import { matchSource } from './sources';
import { nearestMention, titleReferent } from './anaphora';
import { type Speaker, antecedent, describedBefore, leadingSpeaker, speakerAfter, speakerBefore, stopsSpeaker } from './speaker';
import { AND_THAT, type Agreement, RELATIVES, THAT, agreementOf, cueOf, hasObjectSuffix, isComma, markedPassive } from './words';

/** How many sentences back a speaker can be carried to an unnamed verb (وأضاف، وتابعت). */
const CARRY_SENTENCES = 3;

interface State {
  ctx: ClaimContext;
  claims: Claim[];
  /** Speakers of the claims so far, latest last, with the gender and number their verb showed. */
  history: { speaker: Speaker; sentence: number; agreement: Agreement; referent?: Speaker }[];
  /** Token index up to which the text belongs to an earlier claim. */
  covered: number;
  usedQuotes: Set<number>;
  sentStart: Int32Array;
  sentEnd: Int32Array;
}

export function detectClaims(base: BaseAnalysis, layer: EntityLayer, lex: CueLexicon): Claim[] {
  const ctx = buildContext(base, layer, lex);
  const n = ctx.words.length;
  const sentStart = new Int32Array(n);
  const sentEnd = new Int32Array(n);
  for (let i = 0; i < n; i++) sentStart[i] = i > 0 && ctx.sentenceOf[i - 1] === ctx.sentenceOf[i] ? sentStart[i - 1] : i;
  for (let i = n - 1; i >= 0; i--) sentEnd[i] = i < n - 1 && ctx.sentenceOf[i + 1] === ctx.sentenceOf[i] ? sentEnd[i + 1] : i + 1;
  const st: State = { ctx, claims: [], history: [], covered: 0, usedQuotes: new Set(), sentStart, sentEnd };
  for (let i = 0; i < n; i++) {
    if (i < st.covered || ctx.insideQuote[i]) continue;
    const entry = cueOf(ctx.words[i], lex);
    if (entry) { onCue(st, i, entry); continue; }
    onSource(st, i);
  }
  return st.claims.sort((a, b) => a.content.start - b.content.start);
}

function carried(st: State, cue: number, sameSentence = false): Speaker | undefined {
  const { ctx, history } = st;
  const window = history.filter((h) => ctx.sentenceOf[cue] - h.sentence <= (sameSentence ? 0 : CARRY_SENTENCES));
  if (!window.length) return undefined;
  // وقال الوزير … وقالت النائبة … وأضاف: the verb's agreement picks the speaker it continues.
  const agreement = agreementOf(ctx.words[cue], ctx.lex);
  const last = [...window].reverse().find((h) => h.agreement === agreement) ?? window[window.length - 1];
  // Within the sentence the speaker stays as written; from a later sentence it is the person meant.
  const target = last.sentence === ctx.sentenceOf[cue] ? last.speaker : last.referent ?? last.speaker;
  return nearestMention(ctx, target, ctx.words[cue].tok.start);
}

/**
 * A participle continues the speaker of its sentence: the last claim's speaker there, else the
 * subject of the verb that opens the sentence (وأشاد رئيس النادي باللاعبين، مؤكدا أن …), else the
 * speaker continued from the sentences before.
 */
function participleSubject(st: State, cue: number, s0: number): Speaker | undefined {
  const { ctx } = st;
  const same = carried(st, cue, true);
  if (same) return same;
  const opener = ctx.words[s0];
  if (opener.conj && cue > s0 + 1) {
    const lead = leadingSpeaker(ctx, s0 + 1, cue);
    if (lead) return lead.speaker;
  }
  return carried(st, cue);
}

function isSourceAt(st: State, k: number): boolean {
  return k < st.ctx.words.length && !!matchSource(st.ctx, k);
}

function emit(st: State, kind: ClaimKind, content: Span | undefined, cue: Span, speaker: Speaker | undefined, cueTok: number): boolean {
  const { ctx } = st;
  // One quoted word can be what was said (وصفه بأنه "كارثي"); unquoted content needs two.
  if (!content || wordCount(ctx, content) < (kind === 'direct' ? 1 : 2)) return false;
  const claim: Claim = { kind, content, cue };
  if (speaker) {
    claim.speaker = speaker.span;
    if (speaker.cluster !== undefined) claim.speakerCluster = speaker.cluster;
    const sentence = ctx.sentences[ctx.sentenceOf[cueTok]];
    if (sentence && speaker.span.end <= sentence.start) claim.speakerCarried = true;
    const referent = titleReferent(ctx, speaker, st.history.map((h) => h.referent ?? h.speaker));
    st.history.push({ speaker, sentence: ctx.sentenceOf[cueTok], agreement: agreementOf(ctx.words[cueTok], ctx.lex), referent });
  }
  st.claims.push(claim);
  return true;
}

/** Content from token `from`: a whole quotation there is direct speech, else the clause is reported. */
function report(st: State, from: number, sentEnd: number, cue: Span, speaker: Speaker | undefined, cueTok: number, nominal: boolean, direct = false): void {
  const { ctx } = st;
  let k = from;
  if (nominal) k = skipAdverbial(ctx, k, sentEnd);
  while (k < sentEnd && ctx.words[k].punct && !ctx.quoteAt.has(k)) k++;
  // A noun object that starts with a relative clause (الصور التي نشرها …) was the subject's.
  if (nominal && k < sentEnd && RELATIVES.has(ctx.words[k].key)) return;
  const q = ctx.quoteAt.get(k);
  if (q) {
    const qEnd = ctx.quoteEndTok.get(k) ?? k + 1;
    const after = ctx.words[qEnd];
    // A quotation where the reported words begin is the report (what follows is the writer's),
    // unless it is a quoted name that the clause goes on from (أن “بوتين” لم يكن …).
    if (qEnd - k - 2 >= MIN_QUOTE_WORDS || !after || after.punct || qEnd >= sentEnd) {
      st.usedQuotes.add(k);
      const writer = writerInQuote(st, k + 1, qEnd - 1);
      emit(st, 'direct', contentSpan(ctx, k + 1, writer ?? qEnd - 1) ?? undefined, cue, speaker, cueTok);
      st.covered = Math.max(st.covered, qEnd);
      if (writer !== undefined) onSource(st, writer + 1);
      // “…” و“…” or “…”، وأن …: more of the same report.
      if (after?.key === 'و' && ctx.quoteAt.has(qEnd + 1)) report(st, qEnd + 1, sentEnd, cue, speaker, cueTok, nominal);
      const more = isComma(after) ? qEnd + 1 : qEnd;
      if (more < sentEnd && AND_THAT.has(ctx.words[more].key)) report(st, more + 1, sentEnd, cue, speaker, cueTok, nominal);
      return;
    }
  }
  const end = contentEnd(ctx, k, sentEnd, nominal, (t) => isSourceAt(st, t));
  emit(st, direct ? 'direct' : 'indirect', contentSpan(ctx, k, end.end), cue, speaker, cueTok);
  st.covered = Math.max(st.covered, end.end);
  if (end.quoteSplit !== undefined) report(st, end.quoteSplit, sentEnd, cue, speaker, cueTok, false);
  else if (end.andThat !== undefined) report(st, end.andThat + 1, sentEnd, cue, speaker, cueTok, nominal);
}

const ADVERBIAL_PREPS = new Set(['في', 'فى', 'خلال', 'عقب', 'بعد', 'قبل', 'اثناء', 'أثناء', 'أمام', 'عبر', 'ضمن', 'وسط', 'لدى'].map((w) => normalizeKey(w)));

/**
 * Before a noun object: a phrase set off by commas (، اليوم الثلاثاء،) or a short place or time
 * phrase (في بيان، خلال المؤتمر) belongs to the verb, not to what is reported.
 */
function skipAdverbial(ctx: ClaimContext, k: number, sentEnd: number): number {
  if (isComma(ctx.words[k])) {
    for (let t = k + 1; t < Math.min(sentEnd, k + 5); t++) if (isComma(ctx.words[t])) return t + 1;
    return k + 1;
  }
  if (k < sentEnd - 2 && ADVERBIAL_PREPS.has(ctx.words[k].key)) {
    let t = k + 2;
    if (/^(هذا|هذه|ذلك|تلك)$/.test(ctx.words[k + 1].key)) t++;
    while (t < sentEnd - 1 && /^ال.+(ي|ية)$/.test(ctx.words[t].key)) t++;
    return t;
  }
  return k;
}

/**
 * A source phrase inside quote marks (“… القادمة، وبحسب الباحث، يبدو أن …”) is the writer speaking:
 * the quotation really closed before it. Returns the comma where it starts.
 */
function writerInQuote(st: State, from: number, to: number): number | undefined {
  for (let t = from + 2; t < to - 2; t++) if (isComma(st.ctx.words[t]) && matchSource(st.ctx, t + 1)) return t;
  return undefined;
}

/** A quotation that closes right before the verb (“…”، قال الوزير): direct speech reported after it. */
function quoteBefore(st: State, cue: number, sentStart: number): number | undefined {
  const { ctx } = st;
  let j = cue - 1;
  while (j >= sentStart && (isComma(ctx.words[j]) || ['و', 'هكذا', 'كما', 'بهذا', 'بهذه'].includes(ctx.words[j].key))) j--;
  const open = ctx.quoteOpenByEnd.get(j + 1);
  if (open === undefined || open < sentStart || st.usedQuotes.has(open) || j + 1 - open - 2 < MIN_QUOTE_WORDS) return undefined;
  return open;
}

function onCue(st: State, i: number, entry: CueEntry): void {
  const { ctx } = st;
  const w = ctx.words[i];
  if (markedPassive(w)) return;
  const s0 = st.sentStart[i];
  // لم تعلن أي جهة …، لن يقول: a report that was not made.
  if (i > s0 && ['لم', 'لن', 'ولم', 'ولن', 'فلم', 'فلن'].includes(ctx.words[i - 1].key)) return;
  const s1 = st.sentEnd[i];
  const cue = { start: w.tok.start, end: w.tok.end };
  const impersonal = ctx.lex.impersonal.has(w.bare) || ctx.lex.impersonal.has(w.key);
  let relative: Speaker | undefined;
  if (i > s0 && RELATIVES.has(ctx.words[i - 1].key)) {
    const ant = antecedent(ctx, i - 1, s0);
    if (ant.reportNoun) return;
    if (!impersonal) relative = ant.speaker;
  }
  const frame = scanFrame(ctx, i, entry, s1);
  const anchor = frame.anchor;
  const regionEnd = anchor ? anchor.tok : frame.stop;
  // A participle (مضيفا، مؤكدين) has no subject of its own: it continues the last speaker.
  // After a noun it describes (وقدم معلومات تفيد بأن …) the verb reports for the sentence's speaker.
  const described = describedBefore(ctx, i, s0);
  const fallback = (): Speaker | undefined => (entry.participle ? participleSubject(st, i, s0) :
    speakerBefore(ctx, i, s0) ?? relative ?? (impersonal && !described ? undefined : carried(st, i, described)));

  if (!anchor || (anchor.kind === 'prep' && entry.nominal && relative)) {
    const open = quoteBefore(st, i, s0);
    if (open !== undefined && !anchor) {
      const speaker = speakerAfter(ctx, frame.speakerFrom, regionEnd) ?? fallback();
      if (!speaker) return;
      st.usedQuotes.add(open);
      emit(st, 'direct', contentSpan(ctx, open + 1, (ctx.quoteEndTok.get(open) ?? open + 1) - 1), cue, speaker, i);
      return;
    }
    // وصف/اعتبر take a noun object only with the object on the verb (يعتبره المراقبون ردا …).
    if (!(entry.nominal || (entry.object && hasObjectSuffix(w, ctx.lex))) || entry.needsThat) return;
    // A noun object: نفى الوزير الاتهامات، الذي رفض توسع الحلف، يعتبره المراقبون ردا …
    if (relative) return report(st, i + 1, s1, cue, relative, i, true);
    const lead = leadingSpeaker(ctx, frame.speakerFrom, s1);
    if (lead && lead.next < s1) return report(st, lead.next, s1, cue, lead.speaker, i, true);
    const before = speakerBefore(ctx, i, s0);
    if (before) report(st, i + 1, s1, cue, before, i, true);
    return;
  }

  let speaker: Speaker | undefined;
  let from = anchor.tok + 1;
  if (entry.object) {
    const lead = leadingSpeaker(ctx, frame.speakerFrom, regionEnd);
    speaker = lead?.speaker;
  } else {
    speaker = speakerAfter(ctx, frame.speakerFrom, regionEnd);
  }
  if (anchor.kind === 'prep') {
    // دعا الوزير روسيا إلى الحوار: an object between speaker and preposition belongs to the report.
    const lead = leadingSpeaker(ctx, frame.speakerFrom, anchor.tok);
    if (entry.directive && lead?.strong && lead.next < anchor.tok && !ctx.words[lead.next].punct && !stopsSpeaker(ctx, lead.next)) {
      from = lead.next;
      speaker = lead.speaker;
    }
    if (ctx.words[anchor.tok].key.startsWith('ب') && !entry.preps.includes(ctx.words[anchor.tok].key)) from = anchor.tok;
  }
  if (anchor.kind === 'quote' || anchor.kind === 'first') from = anchor.tok;
  speaker = speaker ?? fallback();
  if (!speaker) return;
  const nominal = anchor.kind === 'prep';
  report(st, from, s1, cue, speaker, i, nominal, anchor.kind === 'colon' || anchor.kind === 'first');
}

function onSource(st: State, i: number): void {
  const { ctx } = st;
  const m = matchSource(ctx, i);
  if (!m) return;
  const s0 = st.sentStart[i];
  const s1 = st.sentEnd[i];
  const prev = ctx.words[i - 1];
  let k = m.speakerTok;
  while (k < s1 && k - m.speakerTok < 10 && !isComma(ctx.words[k]) && !THAT.has(ctx.words[k].key)) k++;
  const speakerSpan = contentSpan(ctx, m.speakerTok, k, m.speakerStart);
  if (!speakerSpan) return;
  while (/^["“”«»″]$/.test(ctx.text[speakerSpan.start]) && /^["“”«»″]$/.test(ctx.text[speakerSpan.end - 1]) && speakerSpan.end - speakerSpan.start > 2) {
    speakerSpan.start++;
    speakerSpan.end--;
  }
  const cue = { start: ctx.words[i].tok.start, end: ctx.words[Math.max(i, m.speakerTok - 1)].tok.end };
  const speaker: Speaker = { span: speakerSpan };
  const ms = mentionsIn(ctx, speakerSpan);
  if (ms.length) { speaker.span = { start: ms[0].start, end: ms[0].end }; speaker.cluster = ms[0].cluster; }
  // Closing a clause: ، وفقا لوسائل إعلام روسية. Only when no verb already reported that clause.
  if (isComma(prev) && k >= s1 - 1) {
    const lastClaim = st.claims[st.claims.length - 1];
    if (lastClaim && lastClaim.content.end > ctx.words[s0].tok.start) return;
    emit(st, 'indirect', contentSpan(ctx, s0, i - 1), cue, speaker, i);
    return;
  }
  const opensClause = i === s0 || isComma(prev) || (prev?.punct && prev.key === ':');
  if (!opensClause || k >= s1 - 1 || !(isComma(ctx.words[k]) || THAT.has(ctx.words[k].key))) return;
  let from = k + 1;
  if (THAT.has(ctx.words[from]?.key ?? '')) from++;
  st.covered = Math.max(st.covered, from);
  report(st, from, s1, cue, speaker, i, false);
}
