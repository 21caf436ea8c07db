// Data of the trend view: one metric, several agencies, all years.
import { DEFAULT_METRIC_ID, metricById, trendQuery, type MetricDef } from "../../../lib/metrics/index";
import type { Runner } from "../dataset";

export interface TrendState {
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
}

export interface TrendData {
  state: TrendState;
  rows: TrendRow[];
}

export function trendMetric(state: TrendState): MetricDef {
  return metricById(state.metric) ?? metricById(DEFAULT_METRIC_ID)!;
}

export async function loadTrend(runner: Runner, state: TrendState): Promise<TrendData> {
  if (state.agencies.length === 0) return { state, rows: [] };
  const rows = await runner.query<TrendRow>(trendQuery([trendMetric(state)], state.agencies, {}, { includeSynthetic: state.synthetic }), ["reports"]);
  return { state, rows };
}

/** Default agencies: the real ones with the most years of reports. */
export function defaultTrendAgencies(counts: readonly { agency: string; reports: number }[], n = 5): string[] {
  return [...counts].sort((a, b) => b.reports - a.reports || a.agency.localeCompare(b.agency)).slice(0, n).map((c) => c.agency);
}
