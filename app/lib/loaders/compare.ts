// Data of the comparison view: one metric, one year, many agencies.
import { metricById, outlierSide, rankingQuery, spreadOf, DEFAULT_METRIC_ID, type MetricDef, type OutlierSide, type Spread } from "../../../lib/metrics/index";
import { isMyReportId } from "../../../lib/myreports/index";
import type { Runner } from "../dataset";

export interface CompareState {
  metric: string;
  year: number;
  province: string | null;
  city: string | null;
  /** Agency type id (lib/metrics/agencyType), matched on the name's ending. */
  agencyType?: string | null;
  synthetic: boolean;
}

export interface RankedRow {
  report_id: string;
  agency: string;
  province: string | null;
  city: string | null;
  county: string | null;
  template: string;
  synthetic: boolean;
  value: number | null;
  outlier: OutlierSide;
  /** The reader's own report (对比我的报告), added in this session. */
  mine: boolean;
}

export interface CompareData {
  state: CompareState;
  rows: RankedRow[];
  spread: Spread | null;
}

export function compareMetric(state: CompareState): MetricDef {
  return metricById(state.metric) ?? metricById(DEFAULT_METRIC_ID)!;
}

export async function loadCompare(runner: Runner, state: CompareState): Promise<CompareData> {
  const metric = compareMetric(state);
  const raw = await runner.query<Omit<RankedRow, "outlier" | "mine">>(
    rankingQuery(metric, state.year, { province: state.province, city: state.city, agencyType: state.agencyType, includeSynthetic: state.synthetic }),
    ["reports"],
  );
  const spread = spreadOf(raw.map((r) => r.value));
  return { state, spread, rows: raw.map((r) => ({ ...r, outlier: outlierSide(r.value, spread), mine: isMyReportId(r.report_id) })) };
}
