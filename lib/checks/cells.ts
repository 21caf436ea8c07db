// Reading the cells a rule needs, with the distinction every rule relies on:
// a printed number, a blank cell (null) and a cell whose row or table the
// report does not print at all (absent). Only printed numbers are summed.
import { CELLS_BY_ID, type ParsedReport, type TableId } from "../model";

export { APPLICANT_COLUMNS, APPLICANT_PARTS, type ApplicantColumn } from "../model";

export const OUTCOME_PARTS = ["upheld", "corrected", "other", "pending"] as const;
export const REVIEW_GROUPS = ["review", "litigationDirect", "litigationAfterReview"] as const;

/** Used as `row` or `column` of a finding that covers a whole table, row or column. */
export const ALL = "*";

export function cellId(table: TableId, row: string, field: string): string {
  return `${table}.${row}.${field}`;
}

export interface SumResult {
  /** The sum, or null when any cell is blank or absent. */
  value: number | null;
  /** Cells that are blank (null) or absent. */
  missing: string[];
}

interface CellParts {
  table: TableId;
  row: string;
  field: string;
  /** `table.row`, made once so that grouping by row hashes no new string. */
  rowKey: string;
  /** columnLabel of the cell, looked up once (it builds the id again to find the cell). */
  columnLabel: string;
}

const PARTS = new Map<string, CellParts>();

/** The id's parts, split once: the checks read the same few hundred ids for every report. */
function partsOf(id: string): CellParts {
  let parts = PARTS.get(id);
  if (!parts) {
    const [table, row, field] = id.split(".") as [TableId, string, string];
    parts = { table, row, field, rowKey: `${table}.${row}`, columnLabel: columnLabel(table, row, field) };
    PARTS.set(id, parts);
  }
  return parts;
}

/** `cellValue` with the id's parts cached. */
export function readCell(report: ParsedReport, id: string): number | null | undefined {
  const { table, row, field } = partsOf(id);
  const rows = report[table] as Record<string, Record<string, number | null> | undefined> | undefined;
  return rows?.[row]?.[field];
}

export function sumCells(report: ParsedReport, ids: readonly string[]): SumResult {
  let value = 0;
  const missing: string[] = [];
  for (const id of ids) {
    const v = readCell(report, id);
    if (typeof v === "number") value += v;
    else missing.push(id);
  }
  return { value: missing.length === 0 ? value : null, missing };
}

/** Counts are integers and money has at most a few decimals: compare with a small tolerance. */
export function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-6;
}

/** Source lines of the cells, from the report's provenance, sorted and unique. */
export function linesOf(report: ParsedReport, ids: readonly string[]): number[] {
  const lines = new Set<number>();
  for (const id of ids) {
    const line = report.provenance[id]?.line;
    if (typeof line === "number") lines.add(line);
  }
  return [...lines].sort((a, b) => a - b);
}

export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}

const ROW_LABELS = new Map<string, string>();
const ROW_SIZES = new Map<string, number>();
for (const cell of CELLS_BY_ID.values()) {
  const key = `${cell.table}.${cell.row}`;
  ROW_LABELS.set(key, cell.rowLabel.zh);
  ROW_SIZES.set(key, (ROW_SIZES.get(key) ?? 0) + 1);
}

/** The row's Chinese label from the cell catalogue (e.g. `（七）总计`). */
export function rowLabel(table: TableId, row: string): string {
  return ROW_LABELS.get(`${table}.${row}`) ?? row;
}

/** The column's Chinese label (e.g. `自然人`); `*` reads as every column. */
export function columnLabel(table: TableId, row: string, field: string): string {
  if (field === ALL) return "各列";
  return CELLS_BY_ID.get(cellId(table, row, field))?.label.zh ?? field;
}

/**
 * Names blank or absent cells compactly, grouped by row:
 * `二、上年结转政府信息公开申请数量（自然人、总计）空白；四、结转下年度继续办理 无此行`.
 */
export function describeMissing(report: ParsedReport, ids: readonly string[]): string {
  const byRow = new Map<string, { row: string; rowKey: string; fields: string[]; labels: string[]; absent: boolean }>();
  for (const id of ids) {
    const { table, row, field, rowKey, columnLabel } = partsOf(id);
    let entry = byRow.get(rowKey);
    if (!entry) {
      entry = { row, rowKey, fields: [], labels: [], absent: !rowPresent(report, table, row) };
      byRow.set(rowKey, entry);
    }
    entry.fields.push(field);
    entry.labels.push(columnLabel);
  }
  const rows = [...byRow.values()];
  const labelOf = (r: (typeof rows)[number]) => ROW_LABELS.get(r.rowKey) ?? r.row;
  const whole = (r: (typeof rows)[number]) => {
    const size = ROW_SIZES.get(r.rowKey) ?? 0;
    return !r.absent && r.fields.length >= size && new Set(r.fields).size === size;
  };
  const [first] = rows;
  // A table printed with no numbers at all: say so once instead of row by row.
  if (first && rows.length >= 3 && rows.every(whole)) return `${rows.length} 行整行空白（${labelOf(first)} 等）`;
  return rows
    .map((r) => {
      if (r.absent) return `${labelOf(r)} 无此行`;
      if (whole(r)) return `${labelOf(r)} 整行空白`;
      return `${labelOf(r)}（${r.labels.join("、")}）空白`;
    })
    .join("；");
}

export function rowPresent(report: ParsedReport, table: TableId, row: string): boolean {
  const rows = report[table] as Record<string, unknown> | undefined;
  return rows?.[row] !== undefined && rows?.[row] !== null;
}
