// SQL builders: pure functions from validated inputs to SQL text, tested by exact
// string. Identifiers come from the catalogue; values go through sqlLiteral.
import { agencyTypeSql, AGENCY_TYPES_BY_ID, OTHER_AGENCY_TYPE } from "./agencyType";
import type { MetricDef } from "./catalogue";
import { sqlInteger, sqlString } from "./sqlLiteral";

export interface ReportFilter {
  province?: string | null;
  city?: string | null;
  county?: string | null;
  /** Prefix of the administrative division code, 2–6 digits. */
  regionCode?: string | null;
  /** An agency type id (agencyType.ts), matched on the name's ending. */
  agencyType?: string | null;
  /** Synthetic reports are left out unless asked for. */
  includeSynthetic?: boolean;
}

function templateList(metric: MetricDef): string {
  return metric.templates.map(sqlString).join(", ");
}

/** WHERE conditions for a report filter, over the `reports` columns. */
export function filterConditions(filter: ReportFilter): string[] {
  const where: string[] = [];
  if (filter.province) where.push(`province = ${sqlString(filter.province)}`);
  if (filter.city) where.push(`city = ${sqlString(filter.city)}`);
  if (filter.county) where.push(`county = ${sqlString(filter.county)}`);
  if (filter.regionCode) {
    if (!/^\d{2,6}$/.test(filter.regionCode)) throw new Error(`region code "${filter.regionCode}" is not 2–6 digits`);
    where.push(`starts_with(region_code, ${sqlString(filter.regionCode)})`);
  }
  if (filter.agencyType) {
    if (filter.agencyType !== OTHER_AGENCY_TYPE && !AGENCY_TYPES_BY_ID.has(filter.agencyType)) throw new Error(`agency type "${filter.agencyType}" is not known`);
    where.push(`${agencyTypeSql()} = ${sqlString(filter.agencyType)}`);
  }
  if (!filter.includeSynthetic) where.push("NOT synthetic");
  return where;
}

function whereClause(conditions: string[]): string {
  return conditions.length ? `WHERE ${conditions.join("\n  AND ")}` : "";
}

/**
 * The comparison reads one year in two parts, so that a change of metric moves one number per
 * report instead of every report's names: the roster (who, once per year and filter) and the
 * metric's values, both in report_id order (unique), row for row. rankOrder ranks them.
 */
export function rosterQuery(year: number, filter: ReportFilter = {}): string {
  return [
    "SELECT report_id, agency, province, city, county, template, synthetic",
    "FROM reports",
    whereClause([`year = ${sqlInteger(year)}`, ...filterConditions(filter)]),
    "ORDER BY report_id",
  ].join("\n");
}

/** One metric's value for each report of rosterQuery(year, filter), in the same order. */
export function metricValuesQuery(metric: MetricDef, year: number, filter: ReportFilter = {}): string {
  return [`SELECT ${metric.sql} AS value`, "FROM reports", whereClause([`year = ${sqlInteger(year)}`, ...filterConditions(filter)]), "ORDER BY report_id"].join("\n");
}

/** The latest year with a report that passes the filter: the comparison's default year. */
export function latestYearQuery(filter: ReportFilter = {}): string {
  return ["SELECT max(year) AS year", "FROM reports", whereClause(["year IS NOT NULL", ...filterConditions(filter)])].join("\n");
}

/**
 * Metrics × agencies × years in long form: one row per metric, report. The report id
 * says which report a value comes from, so two reports of one agency and year (the
 * dataset's and the reader's own copy, 对比我的报告) stay two rows, never merged.
 */
export function trendQuery(
  metrics: readonly MetricDef[],
  agencies: readonly string[],
  years: { from?: number | null; to?: number | null } = {},
  filter: Pick<ReportFilter, "includeSynthetic"> = {},
): string {
  if (metrics.length === 0) throw new Error("trendQuery: no metric");
  if (agencies.length === 0) throw new Error("trendQuery: no agency");
  const where = [`agency IN (${agencies.map(sqlString).join(", ")})`];
  if (years.from != null) where.push(`year >= ${sqlInteger(years.from)}`);
  if (years.to != null) where.push(`year <= ${sqlInteger(years.to)}`);
  if (!filter.includeSynthetic) where.push("NOT synthetic");
  const parts = metrics.map((m) =>
    [
      `SELECT ${sqlString(m.id)} AS metric, report_id, agency, year, template, CASE WHEN template IN (${templateList(m)}) THEN ${m.sql} END AS value`,
      "FROM reports",
      whereClause(where),
    ].join("\n"),
  );
  return `${parts.join("\nUNION ALL\n")}\nORDER BY metric, agency, year, report_id`;
}

/** Agencies × years: how many reports each cell of the matrix has. */
export function coverageQuery(filter: ReportFilter = {}): string {
  return [
    "SELECT agency, year, count(*) AS reports, bool_or(synthetic) AS synthetic, string_agg(DISTINCT template, ',' ORDER BY template) AS templates",
    "FROM reports",
    whereClause(filterConditions(filter)),
    "GROUP BY agency, year",
    "ORDER BY agency, year",
  ]
    .filter(Boolean)
    .join("\n");
}

/** The headline figures of the reports that pass the filter, with their error and warning findings. */
export function headlineQuery(filter: ReportFilter = {}): string {
  const where = whereClause(filterConditions(filter));
  return [
    `WITH r AS (SELECT report_id, agency, year, synthetic FROM reports${where ? ` ${where}` : ""})`,
    "SELECT count(*) AS reports, count(DISTINCT agency) AS agencies, count(DISTINCT year) AS years,",
    "  min(year) AS first_year, max(year) AS last_year, count(*) FILTER (WHERE synthetic) AS synthetic,",
    "  (SELECT count(*) FROM checks WHERE severity IN ('error', 'warning') AND report_id IN (SELECT report_id FROM r)) AS findings",
    "FROM r",
  ].join("\n");
}

export interface FindingFilter {
  severities?: readonly ("error" | "warning" | "unchecked")[];
  rule?: string | null;
  agency?: string | null;
  year?: number | null;
  /** Leave out findings about synthetic reports (needs the `reports` table). */
  excludeSynthetic?: boolean;
  limit?: number;
}

const SEVERITY_ORDER = "CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END";

/** Consistency findings, errors first, newest year first. */
export function findingsQuery(filter: FindingFilter = {}): string {
  const where: string[] = [];
  if (filter.severities?.length) where.push(`severity IN (${filter.severities.map(sqlString).join(", ")})`);
  if (filter.rule) where.push(`rule = ${sqlString(filter.rule)}`);
  if (filter.agency) where.push(`agency = ${sqlString(filter.agency)}`);
  if (filter.year != null) where.push(`year = ${sqlInteger(filter.year)}`);
  if (filter.excludeSynthetic) where.push("report_id IN (SELECT report_id FROM reports WHERE NOT synthetic)");
  return [
    'SELECT report_id, file, agency, year, rule, severity, "table", "row", "column", expected, actual, message',
    "FROM checks",
    whereClause(where),
    `ORDER BY ${SEVERITY_ORDER}, year DESC, agency, rule`,
    filter.limit != null ? `LIMIT ${sqlInteger(filter.limit)}` : "",
  ]
    .filter(Boolean)
    .join("\n");
}

/** Findings counted by rule and severity. */
export function findingsByRuleQuery(): string {
  return [
    "SELECT rule, severity, count(*) AS findings, count(DISTINCT report_id) AS reports",
    "FROM checks",
    "GROUP BY rule, severity",
    `ORDER BY rule, ${SEVERITY_ORDER}`,
  ].join("\n");
}

/** Distinct years, for the year selector. */
export function yearsQuery(): string {
  return "SELECT DISTINCT year FROM reports WHERE year IS NOT NULL ORDER BY year";
}

/** Distinct provinces and cities, for the region filter. */
export function regionsQuery(): string {
  return "SELECT DISTINCT province, city FROM reports WHERE province IS NOT NULL ORDER BY province, city NULLS FIRST";
}

/** Every report of one agency, all metrics of the catalogue given, by year. */
export function agencyReportsQuery(agency: string, metrics: readonly MetricDef[]): string {
  const columns = metrics.map((m) => `${m.sql} AS "${m.id}"`);
  return [
    `SELECT report_id, file, format, agency, year, template, province, city, county, synthetic, diagnostics${columns.length ? ",\n  " : ""}${columns.join(",\n  ")}`,
    "FROM reports",
    `WHERE agency = ${sqlString(agency)}`,
    "ORDER BY year, file",
  ].join("\n");
}

/** The printed cells of some reports, with their source text and line. */
export function reportCellsQuery(reportIds: readonly string[]): string {
  if (reportIds.length === 0) throw new Error("reportCellsQuery: no report");
  return [
    "SELECT report_id, cell_id, value, raw, line",
    "FROM cells",
    `WHERE report_id IN (${reportIds.map(sqlString).join(", ")})`,
    "ORDER BY report_id, cell_id",
  ].join("\n");
}

/** One report's findings with the cells they read, errors first. */
export function reportFindingsQuery(reportId: string): string {
  return [
    'SELECT rule, severity, "table", "row", "column", expected, actual, message, cells, lines',
    "FROM checks",
    `WHERE report_id = ${sqlString(reportId)}`,
    `ORDER BY ${SEVERITY_ORDER}, rule, "table", "row", "column"`,
  ].join("\n");
}

/** One report's parser diagnostics (rows not read, cells that are no number, …), errors first, in source order. */
export function reportDiagnosticsQuery(reportId: string): string {
  return [
    'SELECT code, severity, "table", "row", "column", line, message',
    "FROM diagnostics",
    `WHERE report_id = ${sqlString(reportId)}`,
    `ORDER BY ${SEVERITY_ORDER}, line NULLS FIRST, code`,
  ].join("\n");
}

/** Parser diagnostics counted by code and severity. */
export function diagnosticsByCodeQuery(): string {
  return [
    "SELECT code, severity, count(*) AS diagnostics, count(DISTINCT report_id) AS reports",
    "FROM diagnostics",
    "GROUP BY code, severity",
    `ORDER BY ${SEVERITY_ORDER}, diagnostics DESC, code`,
  ].join("\n");
}

/** Agency names, for pickers. */
export function agenciesQuery(filter: ReportFilter = {}): string {
  return ["SELECT agency, count(*) AS reports", "FROM reports", whereClause(["agency IS NOT NULL", ...filterConditions(filter)]), "GROUP BY agency", "ORDER BY agency"].join("\n");
}

/** Files that could not be read as a report. */
export function failuresQuery(): string {
  return "SELECT file, code, message FROM failures ORDER BY code, file";
}
