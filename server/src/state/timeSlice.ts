// Background work runs in slices between requests: a slice does steps until its time budget is
// spent, then the caller yields to the event loop (setImmediate) so that pending requests are
// read and answered before the next slice.

/**
 * Runs `step` until it returns false (nothing left) or `budgetMs` have passed, the clock read
 * before each step; true when work is left for another slice.
 */
export function runSlice(budgetMs: number, step: () => boolean, now: () => number = () => performance.now()): boolean {
  const until = now() + budgetMs;
  while (now() < until) if (!step()) return false;
  return true;
}

/** The next slice, after the requests already waiting. */
export function nextSlice(slice: () => void): void {
  setImmediate(slice);
}
