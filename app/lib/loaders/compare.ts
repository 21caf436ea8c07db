// Data of the comparison view: one metric, one year, many agencies.
import { metricById, metricValuesQuery, outlierSide, rankOrder, rosterQuery, spreadOf, DEFAULT_METRIC_ID, type MetricDef, type OutlierSide, type ReportFilter, type Spread } from "../../../lib/metrics/index";
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
  /** Place in the ranking (1 = highest); null for a blank. */
  rank: number | null;
  outlier: OutlierSide;
  /** The reader's own report (对比我的报告), added in this session. */
  mine: boolean;
}

export interface CompareData {
  state: CompareState;
  rows: RankedRow[];
  spread: Spread | null;
}

export interface CompareSummary {
  /** Rows without a value (the metric's cell left blank). */
  blanks: number;
  synthetic: number;
  /** Outliers on each side, most extreme first. */
  high: RankedRow[];
  low: RankedRow[];
}

/** Counts over the ranked rows, in one pass: a view needs them on every render, and there may be 17,000 rows. */
export function summarize(rows: readonly RankedRow[]): CompareSummary {
  let blanks = 0;
  let synthetic = 0;
  const high: RankedRow[] = [];
  const low: RankedRow[] = [];
  for (const r of rows) {
    if (r.value === null) blanks++;
    if (r.synthetic) synthetic++;
    if (r.outlier === "high") high.push(r);
    else if (r.outlier === "low") low.push(r);
  }
  // Rows are ranked highest first: the lowest values are the last ones.
  return { blanks, synthetic, high, low: low.reverse() };
}

export function compareMetric(state: CompareState): MetricDef {
  return metricById(state.metric) ?? metricById(DEFAULT_METRIC_ID)!;
}

type RosterEntry = Omit<RankedRow, "value" | "rank" | "outlier" | "mine">;

/** The last roster each runner read: a change of metric keeps the year and filter, and so the roster. */
const rosters = new WeakMap<Runner, { key: string; roster: Promise<RosterEntry[]> }>();

function rosterOf(runner: Runner, year: number, filter: ReportFilter): Promise<RosterEntry[]> {
  // Without a generation (the build-time runner) nothing is kept.
  const key = runner.generation === undefined ? null : JSON.stringify([runner.generation, year, filter]);
  const kept = rosters.get(runner);
  if (key !== null && kept?.key === key) return kept.roster;
  const roster = runner.query<RosterEntry>(rosterQuery(year, filter), ["reports"]);
  if (key !== null) {
    rosters.set(runner, { key, roster });
    roster.catch(() => rosters.delete(runner));
  }
  return roster;
}

export async function loadCompare(runner: Runner, state: CompareState): Promise<CompareData> {
  const metric = compareMetric(state);
  const filter: ReportFilter = { province: state.province, city: state.city, agencyType: state.agencyType, includeSynthetic: state.synthetic };
  const [roster, values] = await Promise.all([
    rosterOf(runner, state.year, filter),
    runner.query<{ value: number | null }>(metricValuesQuery(metric, state.year, filter), ["reports"]),
  ]);
  const value = values.map((v) => v.value);
  const order = rankOrder(roster, value, metric.templates);
  const spread = spreadOf(order.map((i) => value[i] ?? null));
  // Values come first in the order, blanks last: a row's rank is its position while it has a value.
  const rows = order.map((i, position): RankedRow => {
    const r = roster[i]!;
    const v = value[i] ?? null;
    return {
      report_id: r.report_id,
      agency: r.agency,
      province: r.province,
      city: r.city,
      county: r.county,
      template: r.template,
      synthetic: r.synthetic,
      value: v,
      rank: v === null ? null : position + 1,
      outlier: outlierSide(v, spread),
      mine: isMyReportId(r.report_id),
    };
  });
  return { state, spread, rows };
}
