// Who speaks: the noun phrase after a verb (وقال دميتري بيسكوف …), before it (الباحث صدام الجاسر
// يؤكد …), the antecedent of a relative (بوتين، الذي أكد …), or a name in quote marks or an entity
// mention inside the stretch between the verb and what is reported. Entity mentions are used when
// the entity layer has them; otherwise the spans come from the text alone.
import type { Span } from '../types';
import { normalizeKey } from '../text/normalize';
import { type ClaimContext, mentionsIn, tokenAt } from './context';
import { CLAUSE_LINKS, CLAUSE_WORDS, MEDIA, ORG_HEADS, PRONOUN_PREPS, KANA, RELATIVES, SPEAKER_STOP, THAT, TITLES, cueOf, isComma, type Word } from './words';

export interface Speaker {
  span: Span;
  cluster?: number;
}

const MAX_SPEAKER = 7;
/** Words after which a name is the one spoken to or about, not the speaker (قال لبوتين، مخاطبا بوتين). */
const ADDRESSEE = new Set(['ل', 'مخاطبا', 'مع', 'إلى', 'على', 'عن', 'من', 'ب', 'في', 'بين'].map((w) => normalizeKey(w)));

function isQuoteMark(w: Word): boolean {
  return w.punct && /["“”«»″‶„‟＂]/.test(w.key);
}

function addressed(ctx: ClaimContext, startOffset: number, tokIdx: number): boolean {
  const w = ctx.words[tokIdx];
  if (w && w.tok.start === startOffset && (ADDRESSEE.has(w.key) || SPEAKER_STOP.has(w.key))) return true;
  // A preposition glued to the name (لبوتين، لـ"بوتين") or a preposition word before it.
  if (w && w.tok.start < startOffset) return /[لب]/.test(ctx.text.slice(w.tok.start, startOffset));
  let j = tokIdx - 1;
  while (j >= 0 && isQuoteMark(ctx.words[j])) j--;
  return j >= 0 && ADDRESSEE.has(ctx.words[j].key);
}

function spanOf(ctx: ClaimContext, from: number, to: number): Span | undefined {
  let a = from;
  let b = to - 1;
  while (a <= b && ctx.words[a].punct) a++;
  while (b >= a && ctx.words[b].punct) b--;
  if (a > b) return undefined;
  return { start: ctx.words[a].tok.start, end: ctx.words[b].tok.end };
}

/** A speaker from a span of text: the person or organisation mentioned in it when there is one. */
export function speakerFromSpan(ctx: ClaimContext, span: Span): Speaker {
  const ms = mentionsIn(ctx, span).filter((m) => !addressed(ctx, m.start, tokenAt(ctx, m.start)));
  const best = ms.find((m) => m.type === 'PER') ?? ms.find((m) => m.type === 'ORG') ?? (ms.length === 1 ? ms[0] : undefined);
  return best ? { span: { start: best.start, end: best.end }, cluster: best.cluster } : { span };
}

/** Short quotations (a quoted name, not a quoted statement) starting in [from, to). */
function quotedNames(ctx: ClaimContext, from: number, to: number): { open: number; end: number }[] {
  const out: { open: number; end: number }[] = [];
  for (let i = from; i < to; i++) {
    const q = ctx.quoteAt.get(i);
    const end = ctx.quoteEndTok.get(i);
    if (!q || end === undefined) continue;
    if (end - i - 2 <= 3 && end - i - 2 >= 1) out.push({ open: i, end });
    i = end - 1;
  }
  return out;
}

/**
 * The speaker named in the stretch [from, to) after a verb: a person or organisation mention, or a
 * quoted name, not spoken to (لـ، مخاطبا); otherwise the noun phrase that opens the stretch.
 */
export function speakerAfter(ctx: ClaimContext, from: number, to: number): Speaker | undefined {
  if (from < to - 1 && PRONOUN_PREPS.has(ctx.words[from].key)) from++;
  if (from >= to) return undefined;
  let end = from;
  // كل من الوزيرين، كل من مصر والأردن: «each of» and whom it counts.
  if (ctx.words[from].key === 'كل' && ctx.words[from + 1]?.key === 'من' && from + 2 < to) end = from + 2;
  while (end < to && end - from < MAX_SPEAKER && !stopsSpeaker(ctx, end)) end++;
  const region = spanOf(ctx, from, end);
  // No noun right after the verb (قال في بيان …، أكد عقب اللقاء …): the speaker is elsewhere.
  if (!region) return undefined;
  // The slot runs to the first comma or the first word that introduces someone else (مخاطبا،
  // لـ، مع): أعلن أمين مجمع … في إيران "محسن رضائي"، أن …
  let slotEnd = end;
  const inTitle = (k: number) => ['في', 'فى'].includes(ctx.words[k].key);
  while (slotEnd < to && !isComma(ctx.words[slotEnd]) && !(stopsSpeaker(ctx, slotEnd) && !inTitle(slotEnd))) slotEnd++;
  const slot = { start: ctx.words[from].tok.start, end: ctx.words[slotEnd - 1].tok.end };
  // A person before an organisation: المتحدث باسم الأمم المتحدة ستيفان دوجاريك.
  const named = mentionsIn(ctx, slot).filter((m) => (m.type === 'PER' || m.type === 'ORG') && !addressed(ctx, m.start, tokenAt(ctx, m.start)));
  // A title, then the name set off by commas (الناطق باسم الحكومة، جلال الرشيد، إن …): the name.
  if (!named.some((x) => x.type === 'PER') && isComma(ctx.words[slotEnd]) && to - slotEnd <= 6) {
    const rest = spanOf(ctx, slotEnd + 1, to);
    const person = rest && mentionsIn(ctx, rest).find((x) => x.type === 'PER' && x.start === rest.start && x.end === rest.end);
    if (person) return { span: { start: person.start, end: person.end }, cluster: person.cluster };
  }
  const m = named.find((x) => x.type === 'PER') ?? named[0];
  if (m && m.type !== 'PER' && m.start > region.start && m.start < region.end) {
    // مدرب الأهلي، محافظ البنك المركزي: a title of the organisation speaks, not the organisation
    // (but صحيفة فايننشال تايمز، وكالة رويترز is the outlet itself).
    const head = ctx.words[from].key;
    const span = { start: region.start, end: Math.max(region.end, m.end) };
    return OUTLETS.has(head) ? { span, cluster: m.cluster } : { span };
  }
  if (m) return { span: { start: m.start, end: m.end }, cluster: m.cluster };
  for (const q of quotedNames(ctx, from, slotEnd)) {
    if (addressed(ctx, ctx.words[q.open].tok.start, q.open)) continue;
    const span = spanOf(ctx, q.open + 1, q.end - 1);
    if (span) return speakerFromSpan(ctx, span);
  }
  // قائد الشرطة في المدينة العقيد خالد حسن إن: a title and a name after the place phrase, which the
  // entity layer missed: the speaker runs on to the name.
  const titled = titledNameEnd(ctx, end, slotEnd);
  if (titled !== undefined) return { span: { start: region.start, end: titled } };
  return speakerFromSpan(ctx, region);
}

/** The end offset of «title + one to three bare words» that closes the slot [from, slotEnd). */
function titledNameEnd(ctx: ClaimContext, from: number, slotEnd: number): number | undefined {
  for (let t = from; t < slotEnd - 1; t++) {
    if (!TITLES.has(ctx.words[t].key)) continue;
    const name = ctx.words.slice(t + 1, slotEnd);
    if (name.length <= 3 && name.every((w) => w.tok.kind === 'word' && !w.conj && !w.key.startsWith('ال') && !SPEAKER_STOP.has(w.key))) return ctx.words[slotEnd - 1].tok.end;
  }
  return undefined;
}

export function stopsSpeaker(ctx: ClaimContext, i: number): boolean {
  const w = ctx.words[i];
  if (w.punct) return !isQuoteMark(w);
  if (w.tok.kind === 'number') return true;
  // للصحفيين، للجزيرة: ل with the article is a preposition, never the start of a speaker; but
  // after a title's adjective it names whose title it is (الأمين العام للحزب الاشتراكي).
  if (/^[وف]?لل/.test(w.key) && !ofOrganisation(ctx, i)) return true;
  // لوكالة الأنباء، لصحيفة …: the outlet spoken to.
  if (/^ل/.test(w.key) && MEDIA.has(w.key.slice(1))) return true;
  return SPEAKER_STOP.has(w.key) || w.key.startsWith('خلال') || (THAT.has(w.key) && !ctx.inMention[i]) || !!cueOf(w, ctx.lex) || /^[لب]ل?ـ?$/.test(w.key);
}

function ofOrganisation(ctx: ClaimContext, i: number): boolean {
  const prev = ctx.words[i - 1];
  const w = ctx.words[i];
  if (!prev || prev.punct || w.conj || !(/^ال.+ي$/.test(prev.key) || NP_ADJECTIVES.has(prev.key))) return false;
  return ORG_HEADS.has(w.key.slice(2));
}

const PREPOSITIONS = ['في', 'فى', 'عن', 'من', 'على', 'إلى', 'مع', 'لدى', 'حول', 'بعد', 'قبل', 'خلال', 'عقب'].map((w) => normalizeKey(w));
function isPreposition(w: Word): boolean {
  return PREPOSITIONS.includes(w.key) || (w.conj && PREPOSITIONS.includes(w.bare));
}
const OUTLETS = new Set(['صحيفة', 'وكالة', 'موقع', 'قناة', 'شبكة', 'مجلة', 'إذاعة', 'حركة', 'حزب', 'منظمة', 'جماعة', 'جمعية'].map((w) => normalizeKey(w)));
const NP_ADJECTIVES = new Set(
  ['العام', 'العامة', 'الأعلى', 'المتحدة', 'الأحمر', 'الكبرى', 'العظمى', 'الحر', 'الحرة', 'المستقل', 'المستقلة', 'الموحد', 'الموحدة', 'الأول', 'الأولى', 'الجديد', 'الجديدة', 'السابق', 'السابقة', 'الأسبق', 'المشترك', 'المشتركة'].map((w) =>
    normalizeKey(w),
  ),
);
const DEMONSTRATIVES = new Set(['ذلك', 'هذا', 'هذه', 'تلك', 'هؤلاء']);

function stopsBackward(ctx: ClaimContext, w: Word): boolean {
  if (w.punct) return !isQuoteMark(w);
  return CLAUSE_WORDS.has(w.key) || KANA.has(w.key) || RELATIVES.has(w.key) || THAT.has(w.key) || w.key === 'و' || !!cueOf(w, ctx.lex) || (!isPreposition(w) && SPEAKER_STOP.has(w.key));
}

/**
 * The subject before a verb (subject-first order): الباحث السياسي صدام الجاسر يؤكد …، وكان روحاني
 * قد أشار …. Only for a verb without a conjunction of its own.
 */
export function speakerBefore(ctx: ClaimContext, cue: number, sentStart: number): Speaker | undefined {
  if (ctx.words[cue].conj) return undefined;
  let j = cue - 1;
  while (j >= sentStart && KANA.has(ctx.words[j].key) && !/^[وف]?كان/.test(ctx.words[j].key)) j--;
  if (j >= sentStart && isComma(ctx.words[j]) && j < cue - 1) j--;
  let a = j;
  while (a >= sentStart && j - a < 6 && !stopsBackward(ctx, ctx.words[a])) a--;
  const from = a + 1;
  if (from > j) return undefined;
  const afterKana = a >= sentStart && /^[وف]?كان/.test(ctx.words[a].key);
  // كان X … قد قال: the subject is the noun phrase right after كان, before any place phrase.
  let to = j + 1;
  for (let k = from + 1; k <= j; k++)
    if (isPreposition(ctx.words[k])) {
      to = k;
      break;
    }
  if (isPreposition(ctx.words[from]) || DEMONSTRATIVES.has(ctx.words[j].key)) return undefined;
  // An indefinite noun right before the verb is described by it (مشاهد تؤكد، معلومات تفيد).
  if (!afterKana && describedBefore(ctx, cue, sentStart)) return undefined;
  const span = spanOf(ctx, from, to);
  return span ? speakerFromSpan(ctx, span) : undefined;
}

/**
 * A cue after حيث/إذ/عندما continues the subject of the sentence's first verb (يقف الرئيس أمام
 * خيارات صعبة حيث يرى أن …): the noun phrase after that verb.
 */
export function clauseSubject(ctx: ClaimContext, cue: number, sentStart: number): Speaker | undefined {
  if (cue - 1 <= sentStart) return undefined;
  // وأدلى الوزير بتصريحات قال فيها إن …: a verb with فيه/فيها describes the noun before it.
  const describing = !ctx.words[cue].conj && PRONOUN_PREPS.has(ctx.words[cue + 1]?.key ?? '') && cue - 2 > sentStart;
  if (!CLAUSE_LINKS.has(ctx.words[cue - 1].key) && !describing) return undefined;
  const opener = ctx.words[sentStart];
  if (opener.punct || opener.key.startsWith('ال') || ctx.inMention[sentStart] || cueOf(opener, ctx.lex)) return undefined;
  return leadingSpeaker(ctx, sentStart + 1, describing ? cue : cue - 1)?.speaker;
}

/** The verb follows an indefinite common noun that it describes (وثائق تشير، معلومات تفيد). */
export function describedBefore(ctx: ClaimContext, cue: number, sentStart: number): boolean {
  const w = ctx.words[cue - 1];
  // A run of bare words after a title is a name (الخبير الاقتصادي سامر حداد يرى).
  for (let k = cue - 2; k >= Math.max(sentStart, cue - 4); k--) {
    const p = ctx.words[k];
    if (p.punct || p.conj || SPEAKER_STOP.has(p.key) || CLAUSE_WORDS.has(p.key)) break;
    if (TITLES.has(p.key) || /^ال.+(ي|ية)$/.test(p.key)) return false;
  }
  if (cue - 1 < sentStart || ctx.words[cue].conj || !w || w.punct || w.key.startsWith('ال') || w.tok.kind !== 'word') return false;
  if (KANA.has(w.key) || CLAUSE_WORDS.has(w.key) || RELATIVES.has(w.key) || SPEAKER_STOP.has(w.key) || DEMONSTRATIVES.has(w.key)) return false;
  return !mentionsIn(ctx, { start: w.tok.start - 40, end: w.tok.end + 40 }).some((m) => m.start < w.tok.end && m.end > w.tok.start);
}

/** The antecedent of a relative pronoun at `rel` (…، الذي قال): the nearest noun phrase before it. */
export function antecedent(ctx: ClaimContext, rel: number, sentStart: number): { speaker?: Speaker; reportNoun: boolean } {
  let j = rel - 1;
  if (j >= sentStart && isComma(ctx.words[j])) j--;
  let a = j;
  while (a >= sentStart && j - a < 4 && !stopsBackward(ctx, ctx.words[a]) && !isPreposition(ctx.words[a])) a--;
  const from = a + 1;
  if (from > j) return { reportNoun: false };
  for (let k = from; k <= j; k++) if (ctx.lex.reportNouns.has(ctx.words[k].bare) || ctx.lex.reportNouns.has(ctx.words[k].key)) return { reportNoun: true };
  const span = spanOf(ctx, from, j + 1);
  if (!span) return { reportNoun: false };
  const ms = mentionsIn(ctx, { start: span.start - 40, end: span.end }).filter((m) => m.end > span.start && (m.type === 'PER' || m.type === 'ORG'));
  const last = ms[ms.length - 1];
  return { speaker: last ? { span: { start: Math.max(last.start, span.start), end: last.end }, cluster: last.cluster } : speakerFromSpan(ctx, span), reportNoun: false };
}

/**
 * Verb-first order with a noun object (شرح “بوتين” جهود أنقرة …، دعا الوزير روسيا إلى …): the
 * speaker is the first noun phrase; returns it and the token where the object begins.
 */
export function leadingSpeaker(ctx: ClaimContext, from: number, to: number): { speaker: Speaker; next: number; strong: boolean } | undefined {
  if (from >= to) return undefined;
  for (const q of quotedNames(ctx, from, Math.min(to, from + 8))) {
    if (addressed(ctx, ctx.words[q.open].tok.start, q.open)) continue;
    const span = spanOf(ctx, q.open + 1, q.end - 1);
    if (span) return { speaker: speakerFromSpan(ctx, span), next: q.end, strong: true };
  }
  const limit = Math.min(to, from + 4);
  const stretch = { start: ctx.words[from].tok.start, end: ctx.words[limit - 1].tok.end };
  const m = mentionsIn(ctx, { start: stretch.start, end: ctx.words[to - 1].tok.end }).find((x) => x.start < stretch.end && (x.type === 'PER' || x.type === 'ORG') && !addressed(ctx, x.start, tokenAt(ctx, x.start)));
  if (m) {
    // Adjectives the mention left out still belong to the name (منظمة الصحة | العالمية).
    let next = tokenAt(ctx, m.end - 1) + 1;
    while (next < to && /^ال.+(ي|ية)$/.test(ctx.words[next].key)) next++;
    return { speaker: { span: { start: m.start, end: m.end }, cluster: m.cluster }, next, strong: true };
  }
  if (stopsSpeaker(ctx, from)) return undefined;
  let end = from + 1;
  // A title with its adjectives (الرئيس الروسي، الأمين العام), a construct (وزير الخارجية التركي،
  // مكتب الرئاسة) and a coordinated subject (قائد الثورة والرئيس الروسي).
  while (end < to && !stopsSpeaker(ctx, end)) {
    const w = ctx.words[end];
    const prev = ctx.words[end - 1];
    // A definite word after an indefinite adjective is neither its adjective nor its construct
    // (مسؤول أمريكي | الصحفيين: whom he told).
    const afterBare = end - 1 > from && bareAdjective(ctx, end - 1) && w.key.startsWith('ال');
    const adjective = !afterBare && (/^ال.+(ي|ية|يون|يين|يان)$/.test(w.key) || NP_ADJECTIVES.has(w.key));
    const construct = !afterBare && !prev.key.startsWith('ال') && !prev.punct && w.key.startsWith('ال') && !w.conj;
    const coordinated = w.conj && w.bare.startsWith('ال') && w.bare.length > 4;
    // مصادر أمنية، مسؤولون أمريكيون، شهود عيان.
    const bare = !prev.key.startsWith('ال') && !w.key.startsWith('ال') && (/(ي|ية|يون|يين)$/.test(w.key) || w.key === 'عيان');
    if (!(adjective || construct || coordinated || bare)) break;
    end++;
  }
  const span = spanOf(ctx, from, end);
  // Two definite nouns in a row that are no adjective and no construct (دعا الرئيس الوزراء إلى،
  // طالبت المنظمة الحكومة بـ): the second is the verb's object, so the speaker is known to end.
  const objectNext = end < to && ctx.words[from].key.startsWith('ال') && !ctx.words[end].conj && ctx.words[end].key.startsWith('ال') && !stopsSpeaker(ctx, end);
  return span ? { speaker: speakerFromSpan(ctx, span), next: end, strong: end > from + 1 || objectNext } : undefined;
}

/** An indefinite adjective after an indefinite noun (مسؤول أمريكي، مصادر أمنية). */
function bareAdjective(ctx: ClaimContext, k: number): boolean {
  const w = ctx.words[k];
  const prev = ctx.words[k - 1];
  return !w.key.startsWith('ال') && /(ي|ية|يون|يين)$/.test(w.key) && !!prev && !prev.punct && !prev.key.startsWith('ال');
}
