// Data of the comparison view: one metric, one year, many agencies.
import { metricById, metricValuesQuery, outlierSide, rankOrder, rosterQuery, spreadOfSorted, DEFAULT_METRIC_ID, type MetricDef, type OutlierSide, type ReportFilter, type Spread } from "../../../lib/metrics/index";
import { isMyReportId } from "../../../lib/myreports/index";
import type { Runner, TableNeed } from "../dataset";

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

/**
 * One metric over the year's reports, ranked. Rows are made from it when they are shown
 * (rankedSlice, rankedRows): at 100,000 reports a year has some 17,000, and a change of metric
 * shows about 200 of them until the whole table is opened, printed or downloaded.
 */
export interface CompareData {
  state: CompareState;
  spread: Spread | null;
  /** The year's reports under the filter, in report id order (rosterQuery); kept across changes of metric. */
  roster: RosterEntry[];
  /** The metric's value of each roster report (metricValuesQuery); null where blank. */
  values: (number | null)[];
  /** Roster positions of the metric's templates, ranked (rankOrder): highest value first, blanks last. */
  order: number[];
  /** How many of `order` have a value: they come first. */
  valued: number;
}

/** The row ranked `k`-th (from 0). */
export function rankedRow(data: CompareData, k: number): RankedRow {
  const i = data.order[k]!;
  const r = data.roster[i]!;
  const value = data.values[i] ?? null;
  return {
    report_id: r.report_id,
    agency: r.agency,
    province: r.province,
    city: r.city,
    county: r.county,
    template: r.template,
    synthetic: r.synthetic,
    value,
    rank: k < data.valued ? k + 1 : null,
    outlier: outlierSide(value, data.spread),
    mine: isMyReportId(r.report_id),
  };
}

/** The rows ranked `from` to `to` (exclusive). */
export function rankedSlice(data: CompareData, from: number, to: number): RankedRow[] {
  const rows: RankedRow[] = [];
  for (let k = Math.max(0, from); k < Math.min(to, data.order.length); k++) rows.push(rankedRow(data, k));
  return rows;
}

const allRows = new WeakMap<CompareData, RankedRow[]>();

/** Every ranked row, made once per result. */
export function rankedRows(data: CompareData): RankedRow[] {
  let rows = allRows.get(data);
  if (!rows) {
    rows = rankedSlice(data, 0, data.order.length);
    allRows.set(data, rows);
  }
  return rows;
}

/** Synthetic reports among the ranked ones. */
export function syntheticCount(data: CompareData): number {
  let n = 0;
  for (const i of data.order) if (data.roster[i]!.synthetic) n++;
  return n;
}

export interface CompareSummary {
  /** Reports without a value (the metric's cell left blank). */
  blanks: number;
  outliers: number;
  /** The most extreme outliers of each side, at most `listed` each, in ranked order. */
  listed: RankedRow[];
}

/** Counts over the ranking in one pass, making rows only for the outliers listed. */
export function summarize(data: CompareData, listed: number): CompareSummary {
  const high: number[] = [];
  const low: number[] = [];
  for (let k = 0; k < data.order.length; k++) {
    const i = data.order[k]!;
    const side = outlierSide(data.values[i] ?? null, data.spread);
    if (side === "high") high.push(k);
    else if (side === "low") low.push(k);
  }
  // Highest first: the most extreme high outliers come first, the most extreme low ones last.
  const shown = [...high.slice(0, listed), ...low.slice(-listed)];
  return { blanks: data.order.length - data.valued, outliers: high.length + low.length, listed: shown.map((k) => rankedRow(data, k)) };
}

export function compareMetric(state: CompareState): MetricDef {
  return metricById(state.metric) ?? metricById(DEFAULT_METRIC_ID)!;
}

export type RosterEntry = Omit<RankedRow, "value" | "rank" | "outlier" | "mine">;

/** The last roster each runner read: a change of metric keeps the year and filter, and so the roster. */
const rosters = new WeakMap<Runner, { key: string; roster: Promise<RosterEntry[]> }>();

/** One year of the reports: a dataset partitioned by year loads that year's file alone. */
export function compareTables(state: Pick<CompareState, "year">): TableNeed[] {
  return [{ table: "reports", year: state.year }];
}

function rosterOf(runner: Runner, year: number, filter: ReportFilter): Promise<RosterEntry[]> {
  // Without a generation (the build-time runner) nothing is kept.
  const key = runner.generation === undefined ? null : JSON.stringify([runner.generation, year, filter]);
  const kept = rosters.get(runner);
  if (key !== null && kept?.key === key) return kept.roster;
  const roster = runner.query<RosterEntry>(rosterQuery(year, filter), compareTables({ year }));
  if (key !== null) {
    rosters.set(runner, { key, roster });
    roster.catch(() => rosters.delete(runner));
  }
  return roster;
}

export async function loadCompare(runner: Runner, state: CompareState): Promise<CompareData> {
  const metric = compareMetric(state);
  const filter: ReportFilter = { province: state.province, city: state.city, agencyType: state.agencyType, includeSynthetic: state.synthetic };
  // The roster is kept under the generation after the year's file has loaded: read before, the
  // first query of a page opened on a shared link kept it under a generation about to change.
  await runner.ready?.(compareTables(state));
  const [roster, { value: values }] = await Promise.all([
    rosterOf(runner, state.year, filter),
    runner.columns<{ value: number | null }>(metricValuesQuery(metric, state.year, filter), compareTables(state)),
  ]);
  // Ranked in the page: DuckDB-wasm took several times longer to sort the reports by value and name.
  const order = rankOrder(roster, values, metric.templates);
  let valued = 0;
  while (valued < order.length && values[order[valued]!] !== null) valued++;
  // The ranked values read from the lowest up are sorted already.
  const ascending: number[] = [];
  for (let k = valued - 1; k >= 0; k--) {
    const v = values[order[k]!]!;
    if (Number.isFinite(v)) ascending.push(v);
  }
  const spread = spreadOfSorted(ascending);
  return { state, spread, roster, values, order, valued };
}
