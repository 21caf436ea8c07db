// The ranked bars with thousands of agencies: the N highest and N lowest values are
// drawn, the rest counted as hidden. Statistics stay computed over every row.
// Counts rather than rows, so that a view makes rows only for the bars it draws.

export interface RankingWindow {
  /** The first `top` ranked values are drawn… */
  top: number;
  /** …and the last `bottom` of them. */
  bottom: number;
  /** Values drawn in neither part. */
  hidden: number;
}

/** For `valued` values ranked highest first; `n` ≤ 0 draws every one. */
export function rankingWindow(valued: number, n: number): RankingWindow {
  if (n <= 0 || valued <= 2 * n) return { top: valued, bottom: 0, hidden: 0 };
  return { top: n, bottom: n, hidden: valued - 2 * n };
}
