// Keeps stored anchors on their text while the article changes. An edit before a span moves it, an
// edit after it leaves it alone, and an edit that touches it (inside or across) re-anchors it by
// its quote near the edit; an anchor whose text cannot be found again is kept and flagged orphaned.
import { findQuote } from './anchor';
import { quoteOf, stillAnchored } from './quote';
import type { Anchor, AnnotationRecord, ClaimRecord } from './record';
import type { TextChange } from './textChange';

/** How far around its old place a span is looked for first, before the whole text. */
const LOCAL = 2048;

/** The anchor after an editor change (`change` from an edit's range, or diffTexts of the old and new text). */
export function moveAnchor(a: Anchor, change: TextChange, newText: string): Anchor {
  const delta = change.newEnd - change.oldEnd;
  const reach = a.exact.length + a.prefix.length + a.suffix.length;
  // An orphan's text was nowhere in the old text: if the edit brought it back, it overlaps what the
  // edit inserted, so only the edit's neighbourhood is searched (never the whole text each
  // keystroke); and a changed copy of it only near its old place (an undo, a retyped word), where
  // elsewhere only its own text counts (a paste of it).
  if (a.orphaned) {
    const near = change.start < a.end + reach && a.start - reach < change.oldEnd;
    const found = findQuote(newText, a, { hint: a.start, within: { start: change.start - reach, end: change.newEnd + reach }, exactOnly: !near });
    if (found) return { ...a, ...found, ...quoteOf(newText, found), orphaned: undefined };
    const at = a.start >= change.oldEnd ? a.start + delta : Math.min(a.start, change.start);
    return orphan({ ...a, start: at, end: at }, newText);
  }
  if (change.oldEnd <= a.start) {
    return { ...a, start: a.start + delta, end: a.end + delta };
  }
  if (change.start >= a.end) return a;
  const near = findQuote(newText, a, { hint: a.start, within: { start: change.start - reach, end: change.newEnd + reach } });
  if (near) return { ...a, ...near, ...quoteOf(newText, near), orphaned: undefined };
  // Once, as it becomes an orphan: perhaps the edit moved its sentence further than its context.
  const far = findQuote(newText, a, { hint: a.start });
  return far ? { ...a, ...far, ...quoteOf(newText, far), orphaned: undefined } : orphan(a, newText);
}

/** The anchor in a text that changed in unknown ways (on open, after git pull or another tool). */
export function relocateAnchor(a: Anchor, text: string): Anchor {
  // Same text at the same offsets is not enough: a shifted text can put another mention of the
  // same name there by chance. The context must agree as well.
  if (stillAnchored(text, a) && inContext(text, a)) return a.orphaned ? { ...a, orphaned: undefined } : a;
  // Its own text and context near its old place first: a long article is searched whole (where a
  // changed text is scored against every candidate) only when that fails.
  const reach = a.exact.length + a.prefix.length + a.suffix.length + LOCAL;
  const found = findQuote(text, a, { hint: a.start, within: { start: a.start - reach, end: a.end + reach }, perfectOnly: true }) ?? findQuote(text, a, { hint: a.start });
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
