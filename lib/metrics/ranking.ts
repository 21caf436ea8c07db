// The comparison's ranking, made in the page from rosterQuery and metricValuesQuery: the
// reports of the metric's templates, highest value first, blanks last, equal values by agency
// name — the order DuckDB gives to `ORDER BY value DESC NULLS LAST, agency`.

export interface RosterRow {
  agency: string | null;
  template: string;
}

/** Agency names as DuckDB orders VARCHAR (by UTF-8 bytes, i.e. by code point); a missing name last. */
export function compareAgencyNames(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // A surrogate stands for a code point above U+FFFF, which sorts after every other UTF-16 unit.
    const sx = x >= 0xd800 && x <= 0xdfff;
    const sy = y >= 0xd800 && y <= 0xdfff;
    if (sx !== sy) return sx ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}

/**
 * Each roster row's place among the agency names (equal names by position), sorted once per
 * roster: a change of metric keeps the roster, and ranking then compares numbers only.
 */
const nameRanks = new WeakMap<readonly RosterRow[], Int32Array>();

function nameRankOf(roster: readonly RosterRow[]): Int32Array {
  let ranks = nameRanks.get(roster);
  if (!ranks) {
    const byName = Array.from(roster.keys()).sort((a, b) => compareAgencyNames(roster[a]!.agency, roster[b]!.agency));
    ranks = new Int32Array(roster.length);
    byName.forEach((row, rank) => (ranks![row] = rank));
    nameRanks.set(roster, ranks);
  }
  return ranks;
}

/**
 * The ranked order as positions in `roster`: `values[i]` is the metric's value for `roster[i]`;
 * rows of other templates are left out. Positions rather than rows, so that the caller makes
 * each ranked row once (17,000 of them at 100,000 reports).
 */
export function rankOrder(roster: readonly RosterRow[], values: readonly (number | null)[], templates: readonly string[]): number[] {
  if (values.length !== roster.length) throw new Error(`rankOrder: ${values.length} values for ${roster.length} reports`);
  const nameRank = nameRankOf(roster);
  const order: number[] = [];
  for (let i = 0; i < roster.length; i++) if (templates.includes(roster[i]!.template)) order.push(i);
  return order.sort((a, b) => {
    const va = values[a] ?? null;
    const vb = values[b] ?? null;
    if (va !== vb) {
      if (va === null) return 1;
      if (vb === null) return -1;
      return vb - va;
    }
    return nameRank[a]! - nameRank[b]!;
  });
}
