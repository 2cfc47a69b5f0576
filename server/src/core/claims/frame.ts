// What follows a reporting verb, read left to right: the speaker's stretch, then the anchor where
// the reported words begin — a complementiser (أن/إن), a colon, a quotation, the verb's own
// preposition (أشار إلى، أعرب عن), or first-person words of unquoted direct speech.
import type { ClaimContext } from './context';
import type { CueEntry } from './lexicon';
import { FIRST_PERSON, NEGATIONS, THAT, cueOf, isColon, isComma } from './words';
import { matchSource } from './sources';
import { leadingSpeaker } from './speaker';

export type AnchorKind = 'that' | 'colon' | 'quote' | 'prep' | 'first';

export interface Frame {
  anchor?: { kind: AnchorKind; tok: number };
  /** Where the speaker's stretch starts (after عن, or the entry's sourcePreps, for relay verbs) and where the scan stopped. */
  speakerFrom: number;
  stop: number;
}

const MAX_SCAN = 30;
/** Words inside a quotation at the anchor that make it a statement rather than a quoted name. */
export const MIN_QUOTE_WORDS = 4;

function quoteWords(ctx: ClaimContext, open: number): number {
  return (ctx.quoteEndTok.get(open) ?? open) - open - 2;
}

/** A participle cue (مضيفا) or a verb with its own conjunction after a comma (، وقال) starts a new report. */
export function isBoundaryCue(ctx: ClaimContext, k: number, entry: CueEntry | undefined): boolean {
  if (!entry) return false;
  // A participle of a verb that reports only with a clause starts one only when the clause
  // follows (مقرا بأن …), not as a noun (استهدف مقرا عسكريا: a headquarters).
  // After a feminine word with no comma, a feminine participle may agree with it as an adjective
  // (الدول الأوروبية مطالبة بالتحرك): it starts a report only with أن or a colon after it.
  if (entry.participle && adjectival(ctx, k)) return clauseSoon(ctx, k, { ...entry, preps: [] });
  if (entry.participle) return !entry.needsThat || clauseSoon(ctx, k, entry);
  const prev = ctx.words[k - 1];
  return ctx.words[k].conj && !!prev && (isComma(prev) || (prev.punct && /["”»″]/.test(prev.key)));
}

function adjectival(ctx: ClaimContext, k: number): boolean {
  const prev = ctx.words[k - 1];
  return !!prev && !prev.punct && !ctx.words[k].conj && ctx.words[k].key.endsWith('ة') && /ة$/.test(prev.key);
}

function clauseSoon(ctx: ClaimContext, k: number, entry: CueEntry): boolean {
  for (let t = k + 1; t < Math.min(ctx.words.length, k + 4); t++) {
    const w = ctx.words[t];
    if (THAT.has(w.key) || isColon(w) || ctx.quoteAt.has(t) || (t === k + 1 && prepMatches(ctx, t, entry.preps))) return true;
    if (w.punct) return false;
  }
  return false;
}

function prepMatches(ctx: ClaimContext, k: number, preps: string[]): boolean {
  const w = ctx.words[k];
  if (w.punct) return false;
  if (preps.includes(w.key)) return true;
  // عن with ما glued to it (تساءل عما إذا كان …).
  if (preps.includes('عن') && w.key === 'عما') return true;
  // ب glued to the reported noun (طالب بوقف): only a word long enough not to be a short name.
  return preps.includes('ب') && w.key.startsWith('ب') && !w.key.startsWith('بان') && w.key.length >= 5;
}

/** Words of the speaker's own voice: نحن، لقد، كنا، a verb or noun ending in ـنا (قمنا، بلادنا), لم/لن + نـ. */
export function firstPerson(ctx: ClaimContext, k: number, slotStart = -1): boolean {
  const w = ctx.words[k];
  if (w.punct || ctx.inMention[k]) return false;
  if (FIRST_PERSON.has(w.key) || FIRST_PERSON.has(w.bare)) return true;
  // ـنا after a letter other than ا or و: not أحيانا، مجانا (tanween) nor كورونا، هنا.
  const b = w.bare;
  // Not as the first word after the verb: مراسلنا there is the speaker (our correspondent).
  if (k !== slotStart && b.length >= 4 && b.endsWith('نا') && !/[او]نا$/.test(b) && w.tok.kind === 'word') return true;
  const next = ctx.words[k + 1];
  return NEGATIONS.has(w.key) && !!next && next.key.startsWith('ن') && next.key.length >= 4;
}

/** The comma that closes a short aside opened at `k`, when أن follows it. */
function asideEnd(ctx: ClaimContext, k: number, limit: number): number | undefined {
  for (let t = k + 1; t < Math.min(limit - 1, k + 8); t++) {
    const w = ctx.words[t];
    if (isComma(w)) return THAT.has(ctx.words[t + 1].key) ? t : undefined;
    if (w.punct || THAT.has(w.key) || ctx.quoteAt.has(t)) return undefined;
  }
  return undefined;
}

/** Verbs that only say (قال، أضاف، تابع): what follows the speaker may be the words themselves. */
export function saysOnly(entry: CueEntry): boolean {
  return !entry.preps.length && !entry.needsThat && !entry.object && !entry.nominal && !entry.relay && !entry.directive;
}

export function scanFrame(ctx: ClaimContext, cue: number, entry: CueEntry, sentEnd: number): Frame {
  const limit = Math.min(sentEnd, cue + MAX_SCAN);
  let speakerFrom = cue + 1;
  if (entry.relay) {
    for (let k = cue + 1; k < Math.min(limit, cue + 8); k++)
      if (entry.sourcePreps.includes(ctx.words[k].key)) {
        speakerFrom = k + 1;
        break;
      }
  }
  let prep: Frame | undefined;
  for (let k = cue + 1; k < limit; k++) {
    const w = ctx.words[k];
    // A preposition of place came first (أشار قبل توجهه إلى موسكو، إلى أن …): a clause soon after wins.
    if (prep && k - prep.stop > 6) return prep;
    // Another reporting verb owns what follows it, unless it opens the words of a verb that only
    // says, right after its speaker (وقال النائب صرح الوزير بأن …: the deputy's words).
    const inner = k > cue + 1 ? cueOf(w, ctx.lex) : undefined;
    // A clause set off by commas before أن describes the speaker (وقال مصدر، طلب عدم الكشف عن
    // هويته، إن …): the verb in it reports nothing.
    const aside = inner && !inner.participle && !w.conj && isComma(ctx.words[k - 1]) ? asideEnd(ctx, k, limit) : undefined;
    if (aside !== undefined) {
      k = aside;
      continue;
    }
    if (inner) {
      if (!prep && saysOnly(entry) && !w.conj && !inner.participle && leadingSpeaker(ctx, speakerFrom, k)?.next === k) return { anchor: { kind: 'first', tok: k }, speakerFrom, stop: k };
      return prep ?? { speakerFrom, stop: k };
    }
    const q = ctx.quoteAt.get(k);
    if (q) {
      if (quoteWords(ctx, k) >= MIN_QUOTE_WORDS) return { anchor: { kind: 'quote', tok: k }, speakerFrom, stop: k };
      k = (ctx.quoteEndTok.get(k) ?? k + 1) - 1;
      continue;
    }
    if (THAT.has(w.key) && !ctx.inMention[k]) return { anchor: { kind: 'that', tok: k }, speakerFrom, stop: k };
    if (isColon(w)) return { anchor: { kind: 'colon', tok: k }, speakerFrom, stop: k };
    if (!prep && k >= speakerFrom && prepMatches(ctx, k, entry.preps)) {
      // أشار إلى أن، أعرب عن أمله في أن: the clause after the preposition is what is reported.
      for (let t = k + 1; t < Math.min(limit, k + 4); t++) {
        if (THAT.has(ctx.words[t].key)) return { anchor: { kind: 'that', tok: t }, speakerFrom, stop: k };
        if (ctx.words[t].punct) break;
      }
      prep = { anchor: { kind: 'prep', tok: k }, speakerFrom, stop: k };
      continue;
    }
    // A verb that reports only with أن (قدّر، تابع) opens unquoted speech only right after its
    // speaker (وتابع المحافظ بلادنا …), not at a sign further on (من يقدرون محتوى … بنشرتنا).
    if (firstPerson(ctx, k, speakerFrom) && (!entry.needsThat || leadingSpeaker(ctx, speakerFrom, k)?.next === k)) return { anchor: { kind: 'first', tok: k }, speakerFrom, stop: k };
    // A comma followed by a conjunction opens another clause: the report, if any, is over.
    // (، وهو صاحب متجر: …) describes the speaker and (، وفقا لـ …،) names a relay; both go on.
    const next = ctx.words[k + 1];
    // An aside between commas before أن (، فضل عدم الكشف عن اسمه، إن): its فـ is no conjunction.
    const commaAside = isComma(w) && k >= speakerFrom ? asideEnd(ctx, k, limit) : undefined;
    if (commaAside !== undefined) {
      k = commaAside;
      continue;
    }
    if (isComma(w) && next?.conj && !['وهو', 'وهي', 'وهم'].includes(next.key) && !THAT.has(next.key) && !matchSource(ctx, k + 1)) return prep ?? { speakerFrom, stop: k };
  }
  return prep ?? { speakerFrom, stop: limit };
}
