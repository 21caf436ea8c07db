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

/** `values[i]` is the metric's value for `roster[i]`; rows of other templates are left out. */
export function rankByValue<R extends RosterRow>(roster: readonly R[], values: readonly (number | null)[], templates: readonly string[]): (R & { value: number | null })[] {
  if (values.length !== roster.length) throw new Error(`rankByValue: ${values.length} values for ${roster.length} reports`);
  const rows: (R & { value: number | null })[] = [];
  for (let i = 0; i < roster.length; i++) if (templates.includes(roster[i]!.template)) rows.push({ ...roster[i]!, value: values[i] ?? null });
  return rows.sort((a, b) => {
    if (a.value !== b.value) {
      if (a.value === null) return 1;
      if (b.value === null) return -1;
      return b.value - a.value;
    }
    return compareAgencyNames(a.agency, b.agency);
  });
}
