// Data of the trend view: one or more metrics, several agencies, all years, with the
// change against the year before.
import { DEFAULT_METRIC_ID, metricById, trendQuery, yearOverYear, type MetricDef } from "../../../lib/metrics/index";
import type { Runner } from "../dataset";

export interface TrendState {
  /** One metric id, or several joined by commas (`metric=a,b` in the URL). */
  metric: string;
  agencies: string[];
  synthetic: boolean;
}

export interface TrendRow {
  metric: string;
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
  const raw = await runner.query<Omit<TrendRow, "previous" | "change" | "ratio">>(trendQuery(metrics, state.agencies, {}, { includeSynthetic: state.synthetic }), ["reports"]);
  const rows: TrendRow[] = [];
  for (const m of metrics) {
    const mine = raw.filter((r) => r.metric === m.id);
    const changes = yearOverYear(mine.map((r) => ({ key: r.agency, year: r.year, template: r.template, value: r.value })), m.comparableAcrossTemplates);
    mine.forEach((r, i) => rows.push({ ...r, ...changes[i]! }));
  }
  return { state, rows };
}

/** Default agencies: the real ones with the most years of reports. */
export function defaultTrendAgencies(counts: readonly { agency: string; reports: number }[], n = 5): string[] {
  return [...counts].sort((a, b) => b.reports - a.reports || a.agency.localeCompare(b.agency)).slice(0, n).map((c) => c.agency);
}
