// Background slices (the analysis store's 1 ms, the index's 8 ms): how many steps a slice runs for
// its budget, on a clock that steps advance, and that requests waiting get their turn in between.
import * as assert from 'assert';
import { nextSlice, runSlice } from '../../server/src/state/timeSlice';

const CASES: { name: string; budgetMs: number; stepMs: number; units: number; steps: number; more: boolean }[] = [
  { name: 'the index: 8 ms of 1 ms steps, more left', budgetMs: 8, stepMs: 1, units: 20, steps: 8, more: true },
  { name: 'the store: 1 ms of quarter-millisecond paragraphs', budgetMs: 1, stepMs: 0.25, units: 10, steps: 4, more: true },
  { name: 'the work ends before the budget', budgetMs: 8, stepMs: 1, units: 3, steps: 3, more: false },
  { name: 'the work ends with the budget', budgetMs: 8, stepMs: 1, units: 8, steps: 8, more: false },
  { name: 'a step longer than the budget runs alone', budgetMs: 1, stepMs: 5, units: 3, steps: 1, more: true },
];

describe('time slices (state/timeSlice)', () => {
  for (const c of CASES) {
    it(c.name, () => {
      let clock = 100;
      let left = c.units;
      let steps = 0;
      const more = runSlice(c.budgetMs, () => { steps++; clock += c.stepMs; return --left > 0; }, () => clock);
      assert.deepStrictEqual({ steps, more }, { steps: c.steps, more: c.more });
    });
  }

  it('a request that came in during a slice is answered before the next slice', async () => {
    const order: string[] = [];
    let clock = 0;
    let left = 3;
    await new Promise<void>((done) => {
      const slice = () => {
        order.push('slice');
        if (left === 3) setImmediate(() => order.push('request'));
        // Each step spends the whole budget: one step a slice.
        const more = runSlice(1, () => { clock += 1; return --left > 0; }, () => clock);
        if (more) nextSlice(slice); else done();
      };
      slice();
    });
    assert.deepStrictEqual(order, ['slice', 'request', 'slice', 'slice']);
  });
});
