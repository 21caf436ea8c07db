// Row shaping: one ParsedReport → its rows in the reports, cells, checks and
// diagnostics tables, in the column order of tables.ts.
import { CELLS, cellValueAt } from "../model/cells";
import type { CheckFinding, Diagnostic, ParsedReport, ParseFailure } from "../model/report";
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

/** Whether a cell is a count (INTEGER column) rather than an amount, by catalogue index. */
const IS_COUNT = CELLS.map((cell) => cellColumnType(cell) === "INTEGER");

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
  for (let i = 0; i < CELLS.length; i++) {
    const cell = CELLS[i]!;
    row.push(checkedValue(report, cell.id, cellValueAt(report, cell), IS_COUNT[i]!));
  }
  return row;
}

/**
 * Visits each cell the report printed (blank ones too, with a NULL value) in CELLS
 * order: its index in CELLS, value, raw text and line. Absent rows have none. A
 * visitor rather than rows: the build shapes ~200 cells per report straight into
 * staging text, and arrays per cell were a tenth of a worker's time.
 */
export function forEachPrintedCell(
  report: ParsedReport,
  visit: (index: number, value: number | null, raw: string | null, line: number | null) => void,
): void {
  for (let i = 0; i < CELLS.length; i++) {
    const cell = CELLS[i]!;
    const value = cellValueAt(report, cell);
    if (value === undefined) continue;
    const source = report.provenance[cell.id];
    visit(i, checkedValue(report, cell.id, value, IS_COUNT[i]!), source?.raw ?? null, source?.line ?? null);
  }
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

export function diagnosticRow(owner: ReportIdentity, diagnostic: Diagnostic): SqlValue[] {
  return [
    owner.reportId,
    owner.file,
    owner.agency,
    owner.year,
    diagnostic.code,
    diagnostic.severity,
    diagnostic.table ?? null,
    diagnostic.row ?? null,
    diagnostic.column ?? null,
    diagnostic.line,
    diagnostic.message,
  ];
}

export function failureRow(failure: ParseFailure): SqlValue[] {
  return [failure.file, failure.error.code, failure.error.message];
}
