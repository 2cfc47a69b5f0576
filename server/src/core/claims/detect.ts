// Claim detection over one document: every reporting verb and source phrase outside quoted speech
// and outside the content of an earlier claim, read as cue → speaker → reported words.
import type { BaseAnalysis, EntityLayer } from '../analyze';
import type { Claim } from '../types';
import { EarlierSpeakers } from './anaphora';
import { type ClaimContext, buildContext } from './context';
import { contentSpan } from './content';
import { saysOnly, scanFrame } from './frame';
import type { CueEntry, CueLexicon } from './lexicon';
import { onSource, quoteBefore, report } from './report';
import { type Speaker, antecedent, clauseSubject, describedBefore, leadingSpeaker, speakerAfter, speakerBefore, stopsSpeaker } from './speaker';
import { type State, carried, emit, participleSubject } from './state';
import { normalizeKey } from '../text/normalize';
import { RELATIVES, THAT, cueOf, hasObjectSuffix, isColon, isComma, markedPassive } from './words';

export function detectClaims(base: BaseAnalysis, layer: EntityLayer, lex: CueLexicon): Claim[] {
  const ctx = buildContext(base, layer, lex);
  const n = ctx.words.length;
  const sentStart = new Int32Array(n);
  const sentEnd = new Int32Array(n);
  for (let i = 0; i < n; i++) sentStart[i] = i > 0 && ctx.sentenceOf[i - 1] === ctx.sentenceOf[i] ? sentStart[i - 1] : i;
  for (let i = n - 1; i >= 0; i--) sentEnd[i] = i < n - 1 && ctx.sentenceOf[i + 1] === ctx.sentenceOf[i] ? sentEnd[i + 1] : i + 1;
  const st: State = { ctx, claims: [], history: [], referents: new EarlierSpeakers(ctx), covered: 0, usedQuotes: new Set(), sentStart, sentEnd };
  for (let i = 0; i < n; i++) {
    if (i < st.covered || ctx.insideQuote[i]) continue;
    const via = viaSource(ctx, i, st.sentStart[i], st.sentEnd[i]);
    if (via !== undefined) {
      onSourceVerb(st, i, via);
      continue;
    }
    const entry = cueOf(ctx.words[i], lex);
    if (entry) {
      onCue(st, i, entry);
      continue;
    }
    onSource(st, i);
  }
  return st.claims.sort((a, b) => a.content.start - b.content.start);
}

function onCue(st: State, i: number, entry: CueEntry): void {
  const { ctx } = st;
  const w = ctx.words[i];
  const s0 = st.sentStart[i];
  // A marked passive (يُعتقد، يُذكر) has no speaker, except a relay whose source follows عن
  // (ونُقل عن الوزير قوله إن …): the source is the speaker.
  if (markedPassive(w) && !(entry.relay && entry.sourcePreps.includes(ctx.words[i + 1]?.key ?? '') && i + 2 < st.sentEnd[i])) return;
  // لم تعلن أي جهة …، لن يقول: a report that was not made.
  if (i > s0 && !entry.negatable && ['لم', 'لن', 'ولم', 'ولن', 'فلم', 'فلن'].includes(ctx.words[i - 1].key)) return;
  const s1 = st.sentEnd[i];
  // ألقى اللوم على, not ألقى القبض على: some verbs report only with a word of their phrase.
  if (entry.needs.length && !ctx.words.slice(i + 1, Math.min(s1, i + 7)).some((x) => entry.needs.includes(x.key))) return;
  if (entry.sourceNext && !entry.sourcePreps.includes(ctx.words[i + 1]?.key ?? '')) return;
  const cue = { start: w.tok.start, end: w.tok.end };
  const impersonal = ctx.lex.impersonal.has(w.bare) || ctx.lex.impersonal.has(w.key);
  let relative: Speaker | undefined;
  if (i > s0 && RELATIVES.has(ctx.words[i - 1].key)) {
    const ant = antecedent(ctx, i - 1, s0);
    if (ant.reportNoun) return;
    // An object relative (النائب الذي اتهمه الوزير): the antecedent is the object, the speaker follows.
    const objectRelative = hasObjectSuffix(w, ctx.lex) && i + 1 < s1 && !stopsSpeaker(ctx, i + 1) && !/^(بال|لل|ب)/.test(ctx.words[i + 1].key);
    if (!impersonal && !objectRelative) relative = ant.speaker;
  }
  const frame = scanFrame(ctx, i, entry, s1);
  const anchor = frame.anchor;
  const regionEnd = anchor ? anchor.tok : frame.stop;
  // A participle (مضيفا، مؤكدين) has no subject of its own: it continues the last speaker.
  // After a noun it describes (وقدم معلومات تفيد بأن …) the verb reports for the sentence's speaker.
  const described = describedBefore(ctx, i, s0);
  const fallback = (): Speaker | undefined => (entry.participle ? participleSubject(st, i, s0) : (clauseSubject(ctx, i, s0) ?? speakerBefore(ctx, i, s0) ?? relative ?? (impersonal && !described ? undefined : carried(st, i, described))));
  // A report whose speaker is nowhere to be found is still a report (the speaker left unknown),
  // unless the verb reads as impersonal (ويذكر أن) or describes a noun (معلومات تفيد بأن).
  // A participle continuing such a report of its sentence (وأكد أن …، موضحا أن …) is kept too.
  const previous = st.claims[st.claims.length - 1];
  const unknownBefore = !!previous && !previous.speaker && (previous.cue?.start ?? -1) >= ctx.words[s0].tok.start;
  const keepUnknown = !impersonal && !described && (!entry.participle || unknownBefore);

  if (!anchor || (anchor.kind === 'prep' && entry.nominal && relative)) {
    const open = quoteBefore(st, i, s0);
    if (open !== undefined && !anchor) {
      const speaker = speakerAfter(ctx, frame.speakerFrom, regionEnd) ?? fallback();
      if (!speaker && !keepUnknown) return;
      st.usedQuotes.add(open);
      emit(st, 'direct', contentSpan(ctx, open + 1, (ctx.quoteEndTok.get(open) ?? open + 1) - 1), cue, speaker, i);
      return;
    }
    // Direct speech whose quote marks were stripped, before the verb (الوضع تحت السيطرة، قال
    // الوزير): what precedes the comma, when no report of the sentence has taken it.
    if (!anchor && saysOnly(entry) && !w.conj && i - s0 >= 4 && isComma(ctx.words[i - 1])) {
      const speaker = speakerAfter(ctx, frame.speakerFrom, regionEnd);
      const last = st.claims[st.claims.length - 1];
      if (speaker && !(last && last.content.end > ctx.words[s0].tok.start)) {
        emit(st, 'direct', contentSpan(ctx, s0, i - 1), cue, speaker, i);
        return;
      }
    }
    // وصف/اعتبر take a noun object only with the object on the verb (يعتبره المراقبون ردا …).
    if (!(entry.nominal || (entry.object && hasObjectSuffix(w, ctx.lex))) || entry.needsThat) return;
    // A noun object: نفى الوزير الاتهامات، الذي رفض توسع الحلف، يعتبره المراقبون ردا …
    if (relative) return report(st, i + 1, s1, cue, relative, i, true);
    // A participle's subject is the sentence's speaker (، منتقدة موقف الحكومة): what follows is its object.
    if (entry.participle) {
      const subject = fallback();
      if (subject) report(st, i + 1, s1, cue, subject, i, true);
      return;
    }
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
    // ب glued to the noun (طالب بالإفراج): the noun is reported, unless the object before it already is.
    if (from === anchor.tok + 1 && ctx.words[anchor.tok].key.startsWith('ب') && !entry.preps.includes(ctx.words[anchor.tok].key)) from = anchor.tok;
  }
  if (anchor.kind === 'quote' || anchor.kind === 'first') from = anchor.tok;
  if (anchor.kind === 'first') {
    // وقال الوزير الوضع صعب ولا نملك …: the words start right after the speaker, not at the sign.
    const lead = leadingSpeaker(ctx, frame.speakerFrom, anchor.tok);
    if (lead && lead.next < anchor.tok && !stopsSpeaker(ctx, lead.next)) {
      from = lead.next;
      speaker = lead.speaker;
    }
  }
  // ووصفت المعارضة الانتخابات بالمهزلة: the object and what it was called.
  if (anchor.kind === 'prep' && entry.object) {
    const lead = leadingSpeaker(ctx, frame.speakerFrom, anchor.tok);
    if (lead && lead.next < anchor.tok) from = lead.next;
  }
  if (anchor.kind === 'prep' && entry.addressee) {
    for (let t = anchor.tok + 2; t < Math.min(s1 - 1, anchor.tok + 9); t++)
      if (isComma(ctx.words[t])) {
        from = t + 1;
        break;
      }
  }
  speaker = speaker ?? fallback();
  if (!speaker && !(keepUnknown && anchor.kind !== 'prep')) return;
  const nominal = anchor.kind === 'prep';
  report(st, from, s1, cue, speaker, i, nominal, anchor.kind === 'colon' || anchor.kind === 'first');
}

/**
 * A reporting verb inside a source phrase (وفق ما أعلنته الوزارة، بحسب ما ذكرت الوكالة، وفقا لما
 * أكده الجيش): the start of the phrase, when the verb at `i` follows one; the verb may carry the
 * pronoun that points back to ما.
 */
function viaSource(ctx: ClaimContext, i: number, sentStart: number, sentEnd: number): number | undefined {
  if (i - 1 < sentStart) return undefined;
  const w = ctx.words[i];
  if (!cueOf(w, ctx.lex) && !['ه', 'ها'].some((x) => w.bare.endsWith(x) && ctx.lex.verbs.get(w.bare.slice(0, -x.length))?.participle === false)) return undefined;
  // The phrase and ما in one word (حسبما أفادت الوكالة، وفقما أعلن); كما only closing a clause with
  // nothing reported after the verb (… قريبا كما قال الوزير), as كما قال … إن is «also said».
  const glued = ctx.words[i - 1];
  if (GLUED_SOURCES.has(glued.key) || GLUED_SOURCES.has(glued.bare)) return i - 1;
  if (glued.key === 'كما' && i - 1 > sentStart + 2 && !ctx.words[i - 2].punct && closesSentence(ctx, i, sentEnd)) return i - 1;
  if (i - 2 < sentStart) return undefined;
  const ma = ctx.words[i - 1].key;
  const head = ctx.words[i - 2];
  if (ma !== 'ما' && ma !== 'لما') return undefined;
  const first = (t: string) => head.key === t || (head.conj && head.bare === t);
  const opens = ctx.lex.sources.some((p) => (p.length === 1 && ma === 'ما' && first(p[0])) || (p.length === 2 && p[1] === 'ل' && ma === 'لما' && first(p[0])));
  return opens ? i - 2 : undefined;
}

const GLUED_SOURCES = new Set(['حسبما', 'بحسبما', 'وفقما', 'طبقما'].map((w) => normalizeKey(w)));

/** The verb's speaker runs to the end of the sentence: no comma and no أن after it. */
function closesSentence(ctx: ClaimContext, i: number, sentEnd: number): boolean {
  for (let k = i + 1; k < sentEnd; k++) {
    const w = ctx.words[k];
    if (k - i > 8 || isComma(w) || isColon(w) || ctx.quoteAt.has(k) || (THAT.has(w.key) && !ctx.inMention[k])) return false;
  }
  return i + 1 < sentEnd;
}

/**
 * The speaker follows the verb up to a comma or أن; what is reported is the clause after the
 * phrase when the phrase opens the sentence, else the clause before it.
 */
function onSourceVerb(st: State, i: number, src: number): void {
  const { ctx } = st;
  const s0 = st.sentStart[i];
  const s1 = st.sentEnd[i];
  let k = i + 1;
  while (k < s1 && k - i < 10 && !isComma(ctx.words[k]) && !(THAT.has(ctx.words[k].key) && !ctx.inMention[k])) k++;
  if (k === i + 1) return;
  const speaker = speakerAfter(ctx, i + 1, k);
  // The verb is the cue, as when the phrase opens the clause (وحسب ما أفادت الوكالة، فإن …).
  const cue = { start: ctx.words[i].tok.start, end: ctx.words[i].tok.end };
  const prev = ctx.words[src - 1];
  const opensClause = src === s0 || isComma(prev) || (prev?.punct && prev.key === ':');
  if (opensClause && k < s1 - 1) {
    let from = k + 1;
    if (isComma(ctx.words[k]) && THAT.has(ctx.words[from].key)) from++;
    st.covered = Math.max(st.covered, from);
    report(st, from, s1, cue, speaker, i, false);
    return;
  }
  if (k < s1 - 1 || src - s0 < 3) return;
  const lastClaim = st.claims[st.claims.length - 1];
  if (lastClaim && lastClaim.content.end > ctx.words[s0].tok.start) return;
  emit(st, 'indirect', contentSpan(ctx, s0, isComma(prev) ? src - 1 : src), cue, speaker, i);
  st.covered = Math.max(st.covered, k);
}
