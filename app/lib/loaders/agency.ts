// Data of the agency page: its reports by year, key metrics, its findings.
import { agencyReportsQuery, DEFAULT_METRIC_ID, findingsQuery, metricById, reportCellsQuery, reportDiagnosticsQuery, reportFindingsQuery, type MetricDef } from "../../../lib/metrics/index";
import { isMyReportId } from "../../../lib/myreports/index";
import type { Row, Runner, TableNeed } from "../dataset";
import type { Finding, FindingFields } from "./overview";

export interface AgencyState {
  name: string;
  metric: string;
  /** The year whose tables are laid out (agency page); `null` or absent for the latest. */
  year?: number | null;
}

export interface AgencyReport {
  report_id: string;
  file: string;
  /** The format it was read from (`meta.source.format`): says what its source lines count. */
  format: string;
  year: number;
  template: string;
  province: string | null;
  city: string | null;
  county: string | null;
  synthetic: boolean;
  diagnostics: number;
  values: Record<string, number | null>;
}

/** One printed cell: its value, the text it was read from and the source line. */
export interface FormCell {
  value: number | null;
  raw: string | null;
  line: number | null;
}

/** A finding of the report shown, with every cell it read. */
export interface ReportFinding extends FindingFields {
  cells: string[];
  lines: number[];
}

/** What the parser reported about the report shown: a row it could not read, a cell that is no number, … */
export interface ReportDiagnostic {
  code: string;
  severity: "error" | "warning" | "info";
  table: string | null;
  row: string | null;
  column: string | null;
  line: number | null;
  message: string;
}

/** The report of one year laid out as forms, with last year's report to compare. */
export interface AgencyForms {
  report: AgencyReport;
  previous: AgencyReport | null;
  cells: Record<string, FormCell>;
  previousCells: Record<string, FormCell>;
  findings: ReportFinding[];
  /** Null for the reader's own report (对比我的报告), whose diagnostics its own page lists. */
  diagnostics: ReportDiagnostic[] | null;
}

export interface AgencyData {
  state: AgencyState;
  reports: AgencyReport[];
  findings: Finding[];
  forms: AgencyForms | null;
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
  if (!state.name) return { state, reports: [], findings: [], forms: null };
  const metrics = agencyMetrics(state);
  const [rows, findings] = await Promise.all([
    runner.query<Row>(agencyReportsQuery(state.name, metrics), ["reports"]),
    runner.query<Finding>(findingsQuery({ agency: state.name }), ["checks"]),
  ]);
  const reports = rows.map((r) => ({
    report_id: String(r.report_id),
    file: String(r.file),
    format: String(r.format),
    year: Number(r.year),
    // A report on the form used before 2019 has no template.
    template: r.template == null ? "—" : String(r.template),
    province: (r.province as string | null) ?? null,
    city: (r.city as string | null) ?? null,
    county: (r.county as string | null) ?? null,
    synthetic: Boolean(r.synthetic),
    diagnostics: Number(r.diagnostics ?? 0),
    values: Object.fromEntries(metrics.map((m) => [m.id, (r[m.id] as number | null) ?? null])),
  }));
  return { state, reports, findings, forms: null };
}

/** The agency page: as loadAgency, plus one year's report laid out as the forms. */
export async function loadAgencyWithForms(runner: Runner, state: AgencyState): Promise<AgencyData> {
  const data = await loadAgency(runner, state);
  return { ...data, forms: await loadForms(runner, data.reports, state.year ?? null) };
}

/** The report of the year asked for (else the latest) and of the year before; the first by file when a year has several. */
export function formReports(reports: readonly AgencyReport[], year: number | null): { report: AgencyReport; previous: AgencyReport | null } | null {
  const years = reports.map((r) => r.year);
  if (years.length === 0) return null;
  const chosen = year !== null && years.includes(year) ? year : Math.max(...years);
  const report = reports.find((r) => r.year === chosen)!;
  return { report, previous: reports.find((r) => r.year === chosen - 1) ?? null };
}

async function loadForms(runner: Runner, reports: readonly AgencyReport[], year: number | null): Promise<AgencyForms | null> {
  const chosen = formReports(reports, year);
  if (!chosen) return null;
  const { report, previous } = chosen;
  const ids = previous ? [report.report_id, previous.report_id] : [report.report_id];
  // The two reports' years of `cells` only: at 100,000 reports the whole table is some 20 million rows.
  const cellYears: TableNeed[] = [...new Set(previous ? [report.year, previous.year] : [report.year])].map((year) => ({ table: "cells", year }));
  const mine = isMyReportId(report.report_id);
  const [cellRows, findingRows, diagnostics] = await Promise.all([
    runner.query<{ report_id: string; cell_id: string; value: number | null; raw: string | null; line: number | null }>(reportCellsQuery(ids), cellYears),
    runner.query<Omit<ReportFinding, "cells" | "lines"> & { cells: string | null; lines: string | null }>(reportFindingsQuery(report.report_id), ["checks"]),
    mine ? null : runner.query<ReportDiagnostic>(reportDiagnosticsQuery(report.report_id), [{ table: "diagnostics", year: report.year }]),
  ]);
  const byReport = (id: string) =>
    Object.fromEntries(cellRows.filter((c) => c.report_id === id).map((c) => [c.cell_id, { value: c.value ?? null, raw: c.raw ?? null, line: c.line ?? null }]));
  const split = (text: string | null) => (text ? text.split(",").filter(Boolean) : []);
  return {
    report,
    previous,
    cells: byReport(report.report_id),
    previousCells: previous ? byReport(previous.report_id) : {},
    findings: findingRows.map((f) => ({ ...f, cells: split(f.cells), lines: split(f.lines).map(Number) })),
    diagnostics,
  };
}
