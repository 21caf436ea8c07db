// Data of the agency page: its reports by year, key metrics, its findings.
import { agencyReportsQuery, DEFAULT_METRIC_ID, findingsQuery, metricById, type MetricDef } from "../../../lib/metrics/index";
import type { Row, Runner } from "../dataset";
import type { Finding } from "./overview";

export interface AgencyState {
  name: string;
  metric: string;
}

export interface AgencyReport {
  report_id: string;
  file: string;
  year: number;
  template: string;
  province: string | null;
  city: string | null;
  county: string | null;
  synthetic: boolean;
  diagnostics: number;
  values: Record<string, number | null>;
}

export interface AgencyData {
  state: AgencyState;
  reports: AgencyReport[];
  findings: Finding[];
}

/** The figures shown for every agency, besides the chosen metric. */
export const KEY_METRIC_IDS = [
  "applications_newReceived_total",
  "grant-rate",
  "substantive-grant-rate",
  "denial-rate",
  "carry-forward-rate",
  "review-correction-rate",
  "dispute-rate",
  "active_licensing_decisions",
  "active_punishment_decisions",
  "licensing-punishment-ratio",
];

export function agencyMetric(state: AgencyState): MetricDef {
  return metricById(state.metric) ?? metricById(DEFAULT_METRIC_ID)!;
}

export function agencyMetrics(state: AgencyState): MetricDef[] {
  const ids = [...new Set([agencyMetric(state).id, ...KEY_METRIC_IDS])];
  return ids.map((id) => metricById(id)!);
}

export async function loadAgency(runner: Runner, state: AgencyState): Promise<AgencyData> {
  if (!state.name) return { state, reports: [], findings: [] };
  const metrics = agencyMetrics(state);
  const [rows, findings] = await Promise.all([
    runner.query<Row>(agencyReportsQuery(state.name, metrics), ["reports"]),
    runner.query<Finding>(findingsQuery({ agency: state.name }), ["checks"]),
  ]);
  const reports = rows.map((r) => ({
    report_id: String(r.report_id),
    file: String(r.file),
    year: Number(r.year),
    template: String(r.template),
    province: (r.province as string | null) ?? null,
    city: (r.city as string | null) ?? null,
    county: (r.county as string | null) ?? null,
    synthetic: Boolean(r.synthetic),
    diagnostics: Number(r.diagnostics ?? 0),
    values: Object.fromEntries(metrics.map((m) => [m.id, (r[m.id] as number | null) ?? null])),
  }));
  return { state, reports, findings };
}
