// Chance-corrected agreement: Cohen's κ for two annotators over the same items, and
// Krippendorff's α (nominal) for any number of annotators with missing values, computed from
// the coincidence matrix as in Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011).

export interface Kappa {
  /** Observed agreement. */
  po: number;
  /** Agreement expected by chance from each annotator's own label distribution. */
  pe: number;
  /** (po − pe) / (1 − pe); NaN when there are no items, 1 when both always give the one same label. */
  kappa: number;
  items: number;
}

export function cohensKappa(pairs: readonly (readonly [string, string])[]): Kappa {
  const n = pairs.length;
  if (n === 0) return { po: NaN, pe: NaN, kappa: NaN, items: 0 };
  const a = new Map<string, number>();
  const b = new Map<string, number>();
  let agree = 0;
  for (const [x, y] of pairs) {
    if (x === y) agree++;
    a.set(x, (a.get(x) ?? 0) + 1);
    b.set(y, (b.get(y) ?? 0) + 1);
  }
  const po = agree / n;
  let pe = 0;
  for (const [label, count] of a) pe += (count / n) * ((b.get(label) ?? 0) / n);
  const kappa = pe === 1 ? (po === 1 ? 1 : NaN) : (po - pe) / (1 - pe);
  return { po, pe, kappa, items: n };
}

export interface Alpha {
  alpha: number;
  /** Pairable values: those in units that at least two annotators coded. */
  pairable: number;
  units: number;
}

/**
 * Nominal α. `units[u][c]` is annotator c's value for unit u, undefined where c gave none; units
 * with fewer than two values cannot be paired and are left out, as the method says.
 */
export function krippendorffAlpha(units: readonly (readonly (string | undefined)[])[]): Alpha {
  const coincidence = new Map<string, Map<string, number>>();
  let used = 0;
  for (const unit of units) {
    const values = unit.filter((v): v is string => v !== undefined);
    const m = values.length;
    if (m < 2) continue;
    used++;
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < m; j++) {
        if (i === j) continue;
        const row = coincidence.get(values[i]) ?? new Map<string, number>();
        row.set(values[j], (row.get(values[j]) ?? 0) + 1 / (m - 1));
        coincidence.set(values[i], row);
      }
    }
  }
  const totals = new Map<string, number>();
  let n = 0;
  let disagreeing = 0;
  for (const [c, row] of coincidence) {
    for (const [k, o] of row) {
      totals.set(c, (totals.get(c) ?? 0) + o);
      n += o;
      if (c !== k) disagreeing += o;
    }
  }
  let expected = 0;
  for (const [c, nc] of totals) for (const [k, nk] of totals) if (c !== k) expected += nc * nk;
  const alpha = n === 0 ? NaN : expected === 0 ? (disagreeing === 0 ? 1 : NaN) : 1 - ((n - 1) * disagreeing) / expected;
  return { alpha, pairable: Math.round(n), units: used };
}
