// Groups a corpus into one series per agency for the cross-report rules.
// An agency is its normalised name; where reports of one name carry different
// region codes they are different agencies (many counties have a 卫生健康局
// that calls itself just that), and a report without a code then joins only a
// name whose reports agree on one code. Synthetic and real reports never share
// a series. Reports without an agency or a year cannot be placed and are left out.
import { SYNTHETIC_MARKER, type ParsedReport } from "../model";

export interface AgencySeries {
  agency: string;
  code: string | null;
  /** Sorted by year, then by file. */
  reports: ParsedReport[];
}

export function normaliseAgency(name: string): string {
  return name
    .split(SYNTHETIC_MARKER)
    .join("")
    .normalize("NFKC")
    .replace(/[\s·•・]+/g, "");
}

/**
 * The name a report's series is found under, or null for a report that cannot be
 * placed. Reports of different keys are never in one series, so the corpus can be
 * checked a group of keys at a time.
 */
export function seriesKey(report: ParsedReport): string | null {
  const { agency, year, synthetic } = report.meta;
  if (!agency || year === null) return null;
  return `${synthetic ? "synthetic" : "real"}|${normaliseAgency(agency)}`;
}

export function agencySeries(reports: readonly ParsedReport[]): AgencySeries[] {
  const byName = new Map<string, ParsedReport[]>();
  const files = new Set<string>();
  for (const report of reports) {
    const key = seriesKey(report);
    const file = report.meta.source.file;
    // The same file twice is one report, not a duplicate.
    if (key === null || files.has(file)) continue;
    files.add(file);
    const group = byName.get(key);
    if (group) group.push(report);
    else byName.set(key, [report]);
  }
  const series: AgencySeries[] = [];
  for (const group of byName.values()) {
    const codes = [...new Set(group.map((r) => r.meta.region.code).filter((c): c is string => c !== null))];
    const partitionOf = (r: ParsedReport) => (codes.length <= 1 ? (codes[0] ?? null) : r.meta.region.code);
    const partitions = new Map<string | null, ParsedReport[]>();
    for (const report of group) {
      const code = partitionOf(report);
      const members = partitions.get(code);
      if (members) members.push(report);
      else partitions.set(code, [report]);
    }
    for (const [code, members] of partitions) {
      members.sort((a, b) => (a.meta.year ?? 0) - (b.meta.year ?? 0) || a.meta.source.file.localeCompare(b.meta.source.file));
      series.push({ agency: group[0]?.meta.agency ?? "", code, reports: members });
    }
  }
  return series;
}

/** A report and the one it follows in its series (the previous year present in the corpus). */
export interface SeriesStep {
  current: ParsedReport;
  previous: ParsedReport;
  /** Years between them with no report (empty for consecutive years). */
  missingYears: number[];
}

/**
 * Every report of a series paired with its predecessor: the first report (by
 * file) of the latest earlier year. The first year of a series has none.
 */
export function seriesSteps(series: AgencySeries): SeriesStep[] {
  const steps: SeriesStep[] = [];
  let previous: ParsedReport | undefined;
  let previousYear: number | null = null;
  let firstOfYear: ParsedReport | undefined;
  for (const report of series.reports) {
    const year = report.meta.year ?? 0;
    if (year !== previousYear) {
      previous = firstOfYear;
      firstOfYear = report;
    }
    if (previous) {
      const from = (previous.meta.year ?? 0) + 1;
      const missingYears = Array.from({ length: Math.max(0, year - from) }, (_, i) => from + i);
      steps.push({ current: report, previous, missingYears });
    }
    previousYear = year;
  }
  return steps;
}
