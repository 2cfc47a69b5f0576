// Background work runs in slices between requests: a slice does steps until its time budget is
// spent, then the caller yields to the event loop so that pending requests are read and answered
// before the next slice.

/**
 * Runs `step` until it returns false (nothing left) or `budgetMs` have passed, the clock read
 * before each step; true when work is left for another slice.
 */
export function runSlice(budgetMs: number, step: () => boolean, now: () => number = () => performance.now()): boolean {
  const until = now() + budgetMs;
  while (now() < until) if (!step()) return false;
  return true;
}

/**
 * Turns of the event loop between two slices. vscode-jsonrpc over a stream takes three turns, each
 * a setImmediate, to answer a request that came in: one to read it (its read lock), one to handle it
 * (its message queue), one to write the answer (its write lock). A slice after one turn ran between
 * each of them, so a request read during a slice waited for three more (a hover at 8 ms slices: about
 * 35 ms). After four turns the answer is written before the next slice. A turn with nothing to read
 * takes microseconds.
 */
const TURNS = 4;

/** The next slice, after the requests already waiting have been read, handled and answered. */
export function nextSlice(slice: () => void): void {
  let turns = TURNS;
  const turn = (): void => {
    if (--turns > 0) setImmediate(turn);
    else slice();
  };
  setImmediate(turn);
}
