// Which claim a selected speaker belongs to: the claim around the selection, else the claims
// ordered by distance so that the nearest (usually the next one in the sentence) comes first.
import type { AnnotationItem, Position, Range } from '../../../server/src/protocol';

function compare(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

const BEFORE_WEIGHT = 3;

export function contains(range: Range, inner: Range): boolean {
  return compare(range.start, inner.start) <= 0 && compare(inner.end, range.end) <= 0;
}

/**
 * Characters between the selection and the claim, 0 when they overlap. A claim before its speaker
 * counts as farther: Arabic reporting puts the speaker first (قال الوزير إن …).
 */
function distance(claim: Range, sel: Range, offsetOf: (p: Position) => number): number {
  const claimBefore = offsetOf(sel.start) - offsetOf(claim.end);
  const claimAfter = offsetOf(claim.start) - offsetOf(sel.end);
  return Math.max(0, claimBefore * BEFORE_WEIGHT, claimAfter);
}

/** Claims that are not rejected, those containing the selection first, then the rest by distance. */
export function claimsNear(items: readonly AnnotationItem[], selection: Range, offsetOf: (p: Position) => number): AnnotationItem[] {
  const claims = items.filter((i) => i.kind === 'claim' && i.status !== 'rejected');
  return claims
    .map((c) => ({ c, d: contains(c.range, selection) ? -1 : distance(c.range, selection, offsetOf) }))
    .sort((a, b) => a.d - b.d)
    .map(({ c }) => c);
}
