// Summary statistics for the comparison view: quartiles by linear interpolation
// (the same definition as DuckDB's quantile_cont) and Tukey's 1.5×IQR fences.

export interface Spread {
  count: number;
  q1: number;
  median: number;
  q3: number;
  lowerFence: number;
  upperFence: number;
}

export function quantile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) throw new Error("quantile: no values");
  const pos = (sorted.length - 1) * p;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo]!;
  const b = sorted[hi]!;
  return a + (b - a) * (pos - lo);
}

/** The spread of finite values sorted ascending (the comparison's ranking gives them so); `null` when there are none. */
export function spreadOfSorted(sorted: ArrayLike<number>): Spread | null {
  if (sorted.length === 0) return null;
  const q1 = quantile(sorted, 0.25);
  const q3 = quantile(sorted, 0.75);
  const iqr = q3 - q1;
  return { count: sorted.length, q1, median: quantile(sorted, 0.5), q3, lowerFence: q1 - 1.5 * iqr, upperFence: q3 + 1.5 * iqr };
}

export type OutlierSide = "high" | "low" | null;

export function outlierSide(value: number | null, spread: Spread | null): OutlierSide {
  if (value === null || spread === null || spread.count < 4) return null;
  if (value > spread.upperFence) return "high";
  if (value < spread.lowerFence) return "low";
  return null;
}
