// Keeps stored anchors on their text while the article changes. An edit before a span moves it, an
// edit after it leaves it alone, and an edit that touches it (inside or across) re-anchors it by
// its quote near the edit; an anchor whose text cannot be found again is kept and flagged orphaned.
import { findQuote } from './anchor';
import { quoteOf, stillAnchored } from './quote';
import type { Anchor, AnnotationRecord, ClaimRecord } from './record';
import type { TextChange } from './textChange';

/** The anchor after an editor change (`change` from diffTexts of the old and new text). */
export function moveAnchor(a: Anchor, change: TextChange, newText: string): Anchor {
  if (a.orphaned) return relocateAnchor(a, newText);
  const delta = change.newEnd - change.oldEnd;
  if (change.oldEnd <= a.start) {
    return { ...a, start: a.start + delta, end: a.end + delta };
  }
  if (change.start >= a.end) return a;
  const reach = a.exact.length + a.prefix.length + a.suffix.length;
  const found = findQuote(newText, a, { hint: a.start, within: { start: change.start - reach, end: change.newEnd + reach } });
  return found ? { ...a, ...found, ...quoteOf(newText, found), orphaned: undefined } : orphan(a, newText);
}

/** The anchor in a text that changed in unknown ways (on open, after git pull or another tool). */
export function relocateAnchor(a: Anchor, text: string): Anchor {
  // Same text at the same offsets is not enough: a shifted text can put another mention of the
  // same name there by chance. The context must agree as well.
  if (stillAnchored(text, a) && inContext(text, a)) return a.orphaned ? { ...a, orphaned: undefined } : a;
  const found = findQuote(text, a, { hint: a.start });
  return found ? { ...a, ...found, ...quoteOf(text, found), orphaned: undefined } : orphan(a, text);
}

function inContext(text: string, a: Anchor): boolean {
  return a.start >= a.prefix.length && text.slice(a.start - a.prefix.length, a.start) === a.prefix && text.slice(a.end, a.end + a.suffix.length) === a.suffix;
}

function orphan(a: Anchor, text: string): Anchor {
  const at = Math.min(a.start, text.length);
  return { ...a, start: at, end: Math.min(Math.max(at, a.end), text.length), orphaned: true };
}

function eachAnchor<R extends AnnotationRecord>(r: R, f: (a: Anchor) => Anchor): R {
  const main = f(r);
  const moved = { ...r, ...main } as R;
  if (moved.orphaned === undefined) delete moved.orphaned;
  if (r.kind === 'claim') {
    const c = moved as ClaimRecord;
    const orig = r as ClaimRecord;
    if (orig.speaker) c.speaker = clean(f(orig.speaker));
    if (orig.cue) c.cue = clean(f(orig.cue));
  }
  return moved;
}

function clean(a: Anchor): Anchor {
  if (a.orphaned === undefined) delete a.orphaned;
  return a;
}

export function moveRecords(records: AnnotationRecord[], change: TextChange, newText: string): AnnotationRecord[] {
  return records.map((r) => eachAnchor(r, (a) => moveAnchor(a, change, newText)));
}

export function relocateRecords(records: AnnotationRecord[], text: string): AnnotationRecord[] {
  return records.map((r) => eachAnchor(r, (a) => relocateAnchor(a, text)));
}

/** Refreshes every anchored span's quote context from the text (before writing it out). */
export function refreshQuotes(records: AnnotationRecord[], text: string): AnnotationRecord[] {
  const fresh = (a: Anchor): Anchor => (a.orphaned || !stillAnchored(text, a) ? a : { ...a, ...quoteOf(text, a) });
  return records.map((r) => eachAnchor(r, fresh));
}
