// κ and α on published worked examples, to the digits their sources give.
import * as assert from 'assert';
import { cohensKappa, krippendorffAlpha } from '../../server/src/core/agreement/coefficients';

/** Two annotators' yes/no over items given as a 2×2 table [yes-yes, yes-no, no-yes, no-no]. */
function table([yy, yn, ny, nn]: number[]): [string, string][] {
  return [
    ...Array.from({ length: yy }, () => ['yes', 'yes'] as [string, string]),
    ...Array.from({ length: yn }, () => ['yes', 'no'] as [string, string]),
    ...Array.from({ length: ny }, () => ['no', 'yes'] as [string, string]),
    ...Array.from({ length: nn }, () => ['no', 'no'] as [string, string]),
  ];
}

/** Reliability data as printed: one row per coder, * for a missing value. */
function units(rows: string[]): (string | undefined)[][] {
  const cells = rows.map((r) => r.trim().split(/\s+/));
  return cells[0].map((_, u) => cells.map((row) => (row[u] === '*' ? undefined : row[u])));
}

describe('agreement coefficients on worked examples', () => {
  // Wikipedia, "Cohen's kappa": the worked example and the two tables of "Same percentages but different numbers".
  const kappas: [string, number[], number, number, number][] = [
    ['worked example (50 applications)', [20, 5, 10, 15], 0.7, 0.5, 0.4],
    ['same agreement, first table', [45, 15, 25, 15], 0.6, 0.54, 0.1304],
    ['same agreement, second table', [25, 35, 5, 35], 0.6, 0.46, 0.2593],
  ];
  for (const [name, t, po, pe, kappa] of kappas) {
    it(`Cohen's κ, ${name}: ${kappa}`, () => {
      const k = cohensKappa(table(t));
      assert.strictEqual(Number(k.po.toFixed(2)), po);
      assert.strictEqual(Number(k.pe.toFixed(2)), pe);
      assert.strictEqual(Number(k.kappa.toFixed(String(kappa).split('.')[1].length)), kappa);
    });
  }

  const alphas: [string, string[], number][] = [
    // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", C: four coders, missing values, nominal.
    ['Krippendorff 2011, four observers with missing values', ['1 2 3 3 2 1 4 1 2 * * *', '1 2 3 3 2 2 4 1 2 5 * 3', '* 3 3 3 2 3 4 2 2 5 1 *', '1 2 3 3 2 4 4 1 2 5 1 *'], 0.743],
    // Wikipedia, "Krippendorff's alpha", the computational example: three coders, fifteen units.
    ['Wikipedia computational example', ['* * * * * 3 4 1 2 1 1 3 3 * 3', '1 * 2 1 3 3 4 3 * * * * * * *', '* * 2 1 3 4 4 * 2 1 1 3 3 * 4'], 0.691],
    // Krippendorff (2011), A: binary data, two observers, no missing data.
    ['Krippendorff 2011, binary, two observers', ['0 1 0 0 0 0 0 0 1 0', '1 1 1 0 0 1 0 0 0 0'], 0.095],
  ];
  for (const [name, rows, alpha] of alphas) {
    it(`Krippendorff's α, ${name}: ${alpha}`, () => {
      assert.strictEqual(Number(krippendorffAlpha(units(rows)).alpha.toFixed(3)), alpha);
    });
  }

  it('α of two annotators with no missing value is close to their κ, and both are 1 on perfect agreement', () => {
    const pairs = table([20, 5, 10, 15]);
    const a = krippendorffAlpha(pairs.map(([x, y]) => [x, y]));
    assert.ok(Math.abs(a.alpha - cohensKappa(pairs).kappa) < 0.02);
    assert.strictEqual(
      cohensKappa([
        ['a', 'a'],
        ['b', 'b'],
      ]).kappa,
      1,
    );
    assert.strictEqual(
      krippendorffAlpha([
        ['a', 'a'],
        ['b', 'b'],
      ]).alpha,
      1,
    );
  });
});
