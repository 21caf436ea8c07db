// The ranked bars with thousands of agencies: the N highest and N lowest values are
// drawn, the rest counted as hidden. Statistics stay computed over every row.

export interface RankingWindow<R> {
  top: R[];
  bottom: R[];
  /** Rows with a value that are drawn in neither part. */
  hidden: number;
}

/** `rows` sorted highest first with blanks last; `n` ≤ 0 draws every row. */
export function rankingWindow<R extends { value: number | null }>(rows: readonly R[], n: number): RankingWindow<R> {
  const valued = rows.filter((r) => r.value !== null);
  if (n <= 0 || valued.length <= 2 * n) return { top: valued, bottom: [], hidden: 0 };
  return { top: valued.slice(0, n), bottom: valued.slice(-n), hidden: valued.length - 2 * n };
}
