// Year-over-year change for the trend view, and where the 2019 → 2021 template change
// falls among the years shown.

export interface YearValue {
  /** The series: one agency (and metric). */
  key: string;
  year: number;
  template: string | null;
  value: number | null;
}

export interface YearChange {
  /** The value of the year before, when that year has a report. */
  previous: number | null;
  /** value − previous: `null` when either is blank, the year before is missing, or the templates differ for a metric not comparable across them. */
  change: number | null;
  /** change ÷ |previous|: `null` also when previous is 0. */
  ratio: number | null;
}

/** One change per input row, in input order; a series is compared only with its own year − 1. */
export function yearOverYear<T extends YearValue>(rows: readonly T[], comparableAcrossTemplates: boolean): YearChange[] {
  const byKeyYear = new Map<string, T>();
  for (const r of rows) {
    const id = `${r.key}\u0000${r.year}`;
    if (!byKeyYear.has(id)) byKeyYear.set(id, r);
  }
  return rows.map((r) => {
    const prev = byKeyYear.get(`${r.key}\u0000${r.year - 1}`);
    const previous = prev?.value ?? null;
    const joinable = comparableAcrossTemplates || !prev || prev.template === r.template;
    if (!joinable || previous === null || r.value === null) return { previous: joinable ? previous : null, change: null, ratio: null };
    const change = r.value - previous;
    return { previous, change, ratio: previous === 0 ? null : change / Math.abs(previous) };
  });
}

/**
 * The years where a series has more than one report (two files for one agency and year,
 * a duplicate-report finding): a line can show one value a year, so the trend view draws
 * the first, as yearOverYear compares it, and says which years hold more.
 */
export function sameYearReports<T extends Pick<YearValue, "key" | "year">>(rows: readonly T[]): { row: T; count: number }[] {
  const byKeyYear = new Map<string, { row: T; count: number }>();
  for (const r of rows) {
    const id = `${r.key}\u0000${r.year}`;
    const seen = byKeyYear.get(id);
    if (seen) seen.count++;
    else byKeyYear.set(id, { row: r, count: 1 });
  }
  return [...byKeyYear.values()].filter((e) => e.count > 1);
}

export interface TemplateBoundary {
  /** The last year shown with a 2019-template report. */
  lastOld: number;
  /** The first year shown with a 2021-template report. */
  firstNew: number;
}

/**
 * The template change among the years shown: `null` unless both templates are present.
 * When the two overlap (some agency used the old form after another used the new),
 * `lastOld` ≥ `firstNew` and the change is marked at `firstNew`.
 */
export function templateBoundary(rows: readonly Pick<YearValue, "year" | "template">[]): TemplateBoundary | null {
  let lastOld = -Infinity;
  let firstNew = Infinity;
  for (const r of rows) {
    if (r.template === "2019") lastOld = Math.max(lastOld, r.year);
    if (r.template === "2021") firstNew = Math.min(firstNew, r.year);
  }
  return Number.isFinite(lastOld) && Number.isFinite(firstNew) ? { lastOld, firstNew } : null;
}
