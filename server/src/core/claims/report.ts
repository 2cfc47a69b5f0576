// Reading what is reported once the cue and speaker are known: a quotation where the reported
// words begin, else the clause up to where the sentence's next report starts; and source phrases.
import type { Span } from '../types';
import { normalizeKey } from '../text/normalize';
import { type ClaimContext, mentionsIn } from './context';
import { contentEnd, contentSpan } from './content';
import { MIN_QUOTE_WORDS } from './frame';
import { matchSource } from './sources';
import type { Speaker } from './speaker';
import { type State, emit, isSourceAt } from './state';
import { AND_THAT, RELATIVES, SOURCE_HEADS, THAT, TITLES, isComma, type Word } from './words';

/** Content from token `from`: a whole quotation there is direct speech, else the clause is reported. */
export function report(st: State, from: number, sentEnd: number, cue: Span, speaker: Speaker | undefined, cueTok: number, nominal: boolean, direct = false): void {
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
export function quoteBefore(st: State, cue: number, sentStart: number): number | undefined {
  const { ctx } = st;
  let j = cue - 1;
  while (j >= sentStart && (isComma(ctx.words[j]) || ['و', 'هكذا', 'كما', 'بهذا', 'بهذه'].includes(ctx.words[j].key))) j--;
  const open = ctx.quoteOpenByEnd.get(j + 1);
  if (open === undefined || open < sentStart || st.usedQuotes.has(open) || j + 1 - open - 2 < MIN_QUOTE_WORDS) return undefined;
  return open;
}

function sourceHead(w: Word | undefined): boolean {
  if (!w) return false;
  const k = w.key.startsWith('ل') && !w.key.startsWith('لل') ? w.key.slice(1) : w.key;
  const bare = k.startsWith('ال') ? k.slice(2) : k;
  return TITLES.has(k) || SOURCE_HEADS.has(k) || SOURCE_HEADS.has(bare);
}

export function onSource(st: State, i: number): void {
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
  if (ms.length) {
    speaker.span = { start: ms[0].start, end: ms[0].end };
    speaker.cluster = ms[0].cluster;
  }
  // Closing a clause: ، وفقا لوسائل إعلام روسية; without the comma (… العام المقبل حسب وزير
  // المالية) only a source-like speaker (a person or organisation, a title, مصادر، خبراء …), as
  // حسب الخطة، وفق القانون are no sources. Only when no verb already reported that clause.
  const trailing = !!prev && !prev.punct && i > s0 + 2 && (ms.some((x) => x.type === 'PER' || x.type === 'ORG') || sourceHead(ctx.words[m.speakerTok]));
  if ((isComma(prev) || trailing) && k >= s1 - 1) {
    const lastClaim = st.claims[st.claims.length - 1];
    if (lastClaim && lastClaim.content.end > ctx.words[s0].tok.start) return;
    emit(st, 'indirect', contentSpan(ctx, s0, isComma(prev) ? i - 1 : i), cue, speaker, i);
    return;
  }
  const opensClause = i === s0 || isComma(prev) || (prev?.punct && prev.key === ':');
  if (!opensClause || k >= s1 - 1 || !(isComma(ctx.words[k]) || THAT.has(ctx.words[k].key))) return;
  let from = k + 1;
  if (THAT.has(ctx.words[from]?.key ?? '')) from++;
  st.covered = Math.max(st.covered, from);
  report(st, from, s1, cue, speaker, i, false);
}
