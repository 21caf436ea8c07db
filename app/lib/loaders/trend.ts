// Data of the trend view: one or more metrics, several agencies, all years, with the
// change against the year before. The reader's own reports (对比我的报告) are series
// of their own, beside the dataset's line for the same agency, never merged into it.
import { DEFAULT_METRIC_ID, metricById, trendQuery, yearOverYear, type MetricDef } from "../../../lib/metrics/index";
import { isMyReportId } from "../../../lib/myreports/index";
import type { Runner } from "../dataset";
import type { Lang } from "../i18n";

export interface TrendState {
  /** One metric id, or several joined by commas (`metric=a,b` in the URL). */
  metric: string;
  agencies: string[];
  synthetic: boolean;
}

export interface TrendRow {
  metric: string;
  report_id: string;
  /** One of the reader's own reports, added in 对比我的报告 for this session. */
  mine: boolean;
  agency: string;
  year: number;
  template: string;
  value: number | null;
  /** The same agency's value the year before, where comparable. */
  previous: number | null;
  change: number | null;
  ratio: number | null;
}

export interface TrendData {
  state: TrendState;
  rows: TrendRow[];
}

export const MAX_TREND_METRICS = 4;

/** The metrics asked for, known ones only, without repeats; the default when none is known. */
export function trendMetrics(state: Pick<TrendState, "metric">): MetricDef[] {
  const ids = [...new Set(state.metric.split(","))];
  const known = ids.map((id) => metricById(id)).filter((m): m is MetricDef => m !== undefined);
  return known.length ? known.slice(0, MAX_TREND_METRICS) : [metricById(DEFAULT_METRIC_ID)!];
}

/** The first metric: the one exports and embeds describe. */
export function trendMetric(state: Pick<TrendState, "metric">): MetricDef {
  return trendMetrics(state)[0]!;
}

export async function loadTrend(runner: Runner, state: TrendState): Promise<TrendData> {
  if (state.agencies.length === 0) return { state, rows: [] };
  const metrics = trendMetrics(state);
  const raw = await runner.query<Omit<TrendRow, "mine" | "previous" | "change" | "ratio">>(trendQuery(metrics, state.agencies, {}, { includeSynthetic: state.synthetic }), ["reports"]);
  const rows: TrendRow[] = [];
  for (const m of metrics) {
    const ofMetric = raw.filter((r) => r.metric === m.id).map((r) => ({ ...r, mine: isMyReportId(r.report_id) }));
    // The reader's reports are compared with their own year before, not with the dataset's.
    const changes = yearOverYear(ofMetric.map((r) => ({ key: trendSeriesKey(r), year: r.year, template: r.template, value: r.value })), m.comparableAcrossTemplates);
    ofMetric.forEach((r, i) => rows.push({ ...r, ...changes[i]! }));
  }
  return { state, rows };
}

/** One line of the chart: an agency's dataset reports, or the reader's own reports of it. */
export function trendSeriesKey(row: Pick<TrendRow, "agency" | "mine">): string {
  return row.mine ? `${row.agency}\u0000mine` : row.agency;
}

const MINE_SUFFIX: Record<Lang, string> = { zh: "（我的）", en: " (mine)" };

/** A series or column name, marked when it stands for the reader's own report. */
export function markMine(name: string, mine: boolean, lang: Lang): string {
  return mine ? `${name}${MINE_SUFFIX[lang]}` : name;
}

/** The series' name in legends and tooltips: the reader's own marked as such. */
export function trendSeriesName(row: Pick<TrendRow, "agency" | "mine">, lang: Lang): string {
  return markMine(row.agency, row.mine, lang);
}

/** Default agencies: the real ones with the most years of reports. */
export function defaultTrendAgencies(counts: readonly { agency: string; reports: number }[], n = 5): string[] {
  return [...counts].sort((a, b) => b.reports - a.reports || a.agency.localeCompare(b.agency)).slice(0, n).map((c) => c.agency);
}
