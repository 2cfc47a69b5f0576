// Where reported words end: at the end of the sentence, or where the next report of the sentence
// starts (، مضيفا أن …، وقال …، وفقا لـ …، وأن …). A cue word that is part of the reported clause
// (… وثائق تشير إلى …) does not end it; a noun object (نفى الاتهامات) is shorter and ends at any cue.
import type { Span } from '../types';
import type { ClaimContext } from './context';
import { isBoundaryCue } from './frame';
import type { CueEntry } from './lexicon';
import { AND_THAT, BUT_HE, THAT, cueOf, isComma } from './words';

export interface ContentEnd {
  /** Token index just past the content. */
  end: number;
  /** A coordinated أن at this token starts a second clause of the same report. */
  andThat?: number;
  /** A quotation opening at this token (، و"…") continues the same report as direct speech. */
  quoteSplit?: number;
}

export function contentEnd(ctx: ClaimContext, from: number, sentEnd: number, nominal: boolean, isSource: (k: number) => boolean): ContentEnd {
  for (let k = from; k < sentEnd; k++) {
    const w = ctx.words[k];
    const q = ctx.quoteAt.get(k);
    if (q) {
      const prev = ctx.words[k - 1];
      if (k > from + 2 && prev?.key === 'و' && isComma(ctx.words[k - 2]) && (ctx.quoteEndTok.get(k) ?? k) - k - 2 >= 3) return { end: k - 2, quoteSplit: k };
      k = (ctx.quoteEndTok.get(k) ?? k + 1) - 1;
      continue;
    }
    if (k === from) continue;
    const entry = cueOf(w, ctx.lex);
    if (entry && (isBoundaryCue(ctx, k, entry) || nominal || joinedCue(ctx, k, entry, sentEnd))) return { end: isComma(ctx.words[k - 1]) ? k - 1 : k };
    // «…، لكنه أكد أن …»: the same speaker's next report.
    if (isComma(w) && BUT_HE.has(ctx.words[k + 1]?.key ?? '') && k + 2 < sentEnd && cueOf(ctx.words[k + 2], ctx.lex)) return { end: k };
    if (isComma(w) && contrastCue(ctx, k + 1, sentEnd)) return { end: k };
    // «، في خطوة تهدف إلى …»: the writer describing the report, not its words.
    if (isComma(w) && ctx.words[k + 1]?.key === 'في' && ctx.words[k + 2]?.key === 'خطوة') return { end: k };
    // A noun object is one phrase: a comma ends it (رفض توسع الحلف، بما يتماشى …).
    if (nominal && isComma(w)) return { end: k };
    if (isComma(w) && isSource(k + 1)) return { end: k };
    if (AND_THAT.has(w.key) && ctx.words[k - 1]?.key !== 'سيما') return { end: isComma(ctx.words[k - 1]) ? k - 1 : k, andThat: k };
  }
  return { end: sentEnd };
}

/**
 * «، غير أنه حذر»، «، إلا أنها شددت»، «، بينما أكد الوزير»، «، في حين رأى …»: a contrast that opens
 * another report, of the same speaker or of another, at token `k` after a comma.
 */
function contrastCue(ctx: ClaimContext, k: number, sentEnd: number): boolean {
  const at = (t: number) => (t < sentEnd ? ctx.words[t] : undefined);
  const w = at(k);
  if (!w) return false;
  let cue = -1;
  if ((w.key === 'غير' || w.key === 'الا') && THAT.has(at(k + 1)?.key ?? '')) cue = k + 2;
  else if (CONTRASTS.has(w.key)) cue = k + 1;
  else if (w.bare === 'في' && at(k + 1)?.key === 'حين') cue = k + 2;
  const c = at(cue);
  return !!c && !c.punct && !!cueOf(c, ctx.lex);
}

const CONTRASTS = new Set(['بينما', 'وبينما', 'فيما', 'وفيما']);

/**
 * A second cue joined with و and no comma (… مغلق وشدد على أن …): a finite verb with its own
 * conjunction whose clause (أن, or its preposition and أن) follows within three words.
 */
function joinedCue(ctx: ClaimContext, k: number, entry: CueEntry, sentEnd: number): boolean {
  if (!ctx.words[k].conj || entry.participle) return false;
  for (let t = k + 1; t < Math.min(sentEnd, k + 4); t++) {
    const w = ctx.words[t];
    if (THAT.has(w.key) && !ctx.inMention[t]) return true;
    if (w.punct) return false;
  }
  return false;
}

const EDGE = /[\s.,،؛:!?؟\-–—]/;
const QUOTES = /["“”«»″‶„‟＂]/g;

/** The span of tokens [from, to), without edge punctuation and without a quote mark left unpaired. */
export function contentSpan(ctx: ClaimContext, from: number, to: number, startOffset?: number): Span | undefined {
  if (from >= to) return undefined;
  let start = startOffset ?? ctx.words[from].tok.start;
  let end = ctx.words[to - 1].tok.end;
  const t = ctx.text;
  for (;;) {
    while (start < end && EDGE.test(t[start])) start++;
    while (end > start && EDGE.test(t[end - 1])) end--;
    const marks = (t.slice(start, end).match(QUOTES) ?? []).length;
    if (marks % 2 === 1 && /["“”«»″‶„‟＂]/.test(t[start])) {
      start++;
      continue;
    }
    if (marks % 2 === 1 && /["“”«»″‶„‟＂]/.test(t[end - 1]) && !/["“”«»″‶„‟＂]/.test(t.slice(start, end - 1))) {
      end--;
      continue;
    }
    break;
  }
  return end > start ? { start, end } : undefined;
}
