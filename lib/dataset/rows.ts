// Row shaping: one ParsedReport → its rows in the reports, cells and checks
// tables, in the column order of tables.ts.
import { CELLS, cellValue } from "../model/cells";
import type { CheckFinding, ParsedReport, ParseFailure } from "../model/report";
import { DatasetError } from "./datasetError";
import { cellColumnType } from "./tables";

export type SqlValue = string | number | boolean | null;

/** Who a finding belongs to: the report's identity columns of the checks table. */
export interface ReportIdentity {
  reportId: string;
  file: string;
  agency: string | null;
  year: number | null;
}

export function identityOf(report: ParsedReport, reportId: string): ReportIdentity {
  return { reportId, file: report.meta.source.file, agency: report.meta.agency, year: report.meta.year };
}

function checkedValue(report: ParsedReport, cellId: string, value: number | null | undefined, integer: boolean): number | null {
  if (value === undefined || value === null) return null;
  if (!Number.isFinite(value)) throw new DatasetError(report.meta.source.file, `cell ${cellId} is ${value}, not a number`);
  if (integer && !Number.isInteger(value)) {
    throw new DatasetError(report.meta.source.file, `count cell ${cellId} holds ${value}, which is not an integer (a parser bug)`);
  }
  return value;
}

export function reportRow(report: ParsedReport, reportId: string): SqlValue[] {
  const { meta } = report;
  const row: SqlValue[] = [
    reportId,
    meta.source.file,
    meta.agency,
    meta.agencySource,
    meta.year,
    meta.template,
    meta.region.province,
    meta.region.city,
    meta.region.county,
    meta.region.code,
    meta.source.format,
    meta.source.sha256,
    meta.synthetic,
    report.diagnostics.length,
  ];
  for (const cell of CELLS) row.push(checkedValue(report, cell.id, cellValue(report, cell.id), cellColumnType(cell) === "INTEGER"));
  return row;
}

/** One row per cell the report printed (blank ones too, with a NULL value); absent rows have none. */
export function cellRows(report: ParsedReport, reportId: string): SqlValue[][] {
  const rows: SqlValue[][] = [];
  for (const cell of CELLS) {
    const value = cellValue(report, cell.id);
    if (value === undefined) continue;
    const source = report.provenance[cell.id];
    rows.push([
      reportId,
      cell.id,
      cell.table,
      cell.row,
      cell.field,
      checkedValue(report, cell.id, value, cellColumnType(cell) === "INTEGER"),
      source?.raw ?? null,
      source?.line ?? null,
    ]);
  }
  return rows;
}

export function checkRow(owner: ReportIdentity, finding: CheckFinding): SqlValue[] {
  return [
    owner.reportId,
    owner.file,
    owner.agency,
    owner.year,
    finding.rule,
    finding.severity,
    finding.table,
    finding.row,
    finding.column,
    finding.expected,
    finding.actual,
    finding.message,
    finding.cells.join(","),
    finding.lines.join(","),
    finding.relatedFile ?? null,
  ];
}

export function failureRow(failure: ParseFailure): SqlValue[] {
  return [failure.file, failure.error.code, failure.error.message];
}
