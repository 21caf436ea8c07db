// A report the reader dropped into the page, shaped into the same rows as the
// build step writes (lib/dataset/rows.ts), so it joins the dataset's tables
// column for column; only the report id and the `mine` flag column tell it apart.
import { CHECK_COLUMNS, REPORT_COLUMNS, checkRow, identityOf, reportRow, type SqlValue } from "../dataset/index";
import type { ParsedReport } from "../model/index";
import { sqlIdentifier, sqlNumber, sqlString } from "../metrics/index";

/** Dataset ids are 16 hex digits; the reader's own start with this, so they never collide. */
export const MY_REPORT_PREFIX = "mine_";

/** The column added to `reports` and `checks` in the page: true for the reader's own reports. */
export const MINE_COLUMN = "mine";

export function myReportId(sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`myReportId: "${sha256}" is not a sha256 hex digest`);
  return `${MY_REPORT_PREFIX}${sha256.slice(0, 16 - MY_REPORT_PREFIX.length)}`;
}

export function isMyReportId(id: unknown): boolean {
  return typeof id === "string" && id.startsWith(MY_REPORT_PREFIX);
}

export interface MyReportRows {
  reportId: string;
  reports: SqlValue[][];
  checks: SqlValue[][];
}

export function myReportRows(report: ParsedReport, sha256: string): MyReportRows {
  const reportId = myReportId(sha256);
  const owner = identityOf(report, reportId);
  return { reportId, reports: [reportRow(report, reportId)], checks: report.checks.map((f) => checkRow(owner, f)) };
}

function literal(value: SqlValue): string {
  if (value === null) return "NULL";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return sqlNumber(value);
  return sqlString(value);
}

/** INSERT of rows in the dataset's column order, flagged as the reader's own; null when there is none. */
export function insertRowsSql(table: "reports" | "checks", rows: readonly SqlValue[][]): string | null {
  if (rows.length === 0) return null;
  const columns = table === "reports" ? REPORT_COLUMNS : CHECK_COLUMNS;
  for (const row of rows) {
    if (row.length !== columns.length) throw new Error(`insertRowsSql: a ${table} row has ${row.length} values for ${columns.length} columns`);
  }
  const names = [...columns.map((c) => sqlIdentifier(c.name)), sqlIdentifier(MINE_COLUMN)].join(", ");
  const values = rows.map((row) => `(${[...row.map(literal), "TRUE"].join(", ")})`).join(",\n");
  return `INSERT INTO ${table} (${names}) VALUES\n${values}`;
}
