// Reading the cells a rule needs, with the distinction every rule relies on:
// a printed number, a blank cell (null) and a cell whose row or table the
// report does not print at all (absent). Only printed numbers are summed.
import { CELLS, CELLS_BY_ID, type ParsedReport, type TableId } from "../model";

export { APPLICANT_COLUMNS, APPLICANT_PARTS, type ApplicantColumn } from "../model";

export const OUTCOME_PARTS = ["upheld", "corrected", "other", "pending"] as const;
export const REVIEW_GROUPS = ["review", "litigationDirect", "litigationAfterReview"] as const;

/** Used as `row` or `column` of a finding that covers a whole table, row or column. */
export const ALL = "*";

export function cellId(table: TableId, row: string, field: string): string {
  return `${table}.${row}.${field}`;
}

/**
 * A cell a rule reads, its id split and its labels looked up once: the rules build
 * their cells at module load, so that reading a report's cell needs no lookup of the id.
 */
export interface CellRef {
  id: string;
  table: TableId;
  row: string;
  field: string;
  /** `table.row`, for grouping by row. */
  rowKey: string;
  columnLabel: string;
  /** The cell's place in the catalogue (CELLS), and so in CellValues. */
  index: number;
}

const CATALOGUE_INDEX = new Map(CELLS.map((cell, index) => [cell.id, index]));
const REFS = new Map<string, CellRef>();

/** The one CellRef of `table.row.field`, a cell of the catalogue. */
export function cellRef(table: TableId, row: string, field: string): CellRef {
  const id = cellId(table, row, field);
  let ref = REFS.get(id);
  if (!ref) {
    const index = CATALOGUE_INDEX.get(id);
    if (index === undefined) throw new Error(`cellRef: ${id} is not a cell of the catalogue`);
    ref = { id, table, row, field, rowKey: `${table}.${row}`, columnLabel: columnLabel(table, row, field), index };
    REFS.set(id, ref);
  }
  return ref;
}

/** A report's cells by catalogue index: a number, null (blank) or undefined (its row or table is absent). */
export type CellValues = readonly (number | null | undefined)[];

type TableRows = Record<string, Record<string, number | null> | undefined>;

/** The catalogue by table and row, so that each row of a report is looked up once. */
const LAYOUT = (() => {
  const tables = new Map<TableId, Map<string, { field: string; index: number }[]>>();
  CELLS.forEach((cell, index) => {
    const rows = tables.get(cell.table) ?? new Map<string, { field: string; index: number }[]>();
    tables.set(cell.table, rows);
    rows.set(cell.row, [...(rows.get(cell.row) ?? []), { field: cell.field, index }]);
  });
  return [...tables].map(([table, rows]) => ({ table, rows: [...rows].map(([row, fields]) => ({ row, fields })) }));
})();

/**
 * Every cell of a report, read once: the table rules each read most of table 三, and
 * an array index is far cheaper than reading `report[table][row][field]` by name
 * again and again (checkReport reads them once for all its rules).
 */
export function cellValues(report: ParsedReport): CellValues {
  const values = new Array<number | null | undefined>(CELLS.length);
  for (const { table, rows } of LAYOUT) {
    const tableRows = report[table] as TableRows | undefined;
    for (const { row, fields } of rows) {
      const cells = tableRows?.[row];
      for (const { field, index } of fields) values[index] = cells?.[field];
    }
  }
  return values;
}

/** The sum of the cells, or null when any is blank or absent: only printed numbers are summed. */
export function sumOf(values: CellValues, cells: readonly CellRef[]): number | null {
  let value = 0;
  for (const cell of cells) {
    const v = values[cell.index];
    if (typeof v !== "number") return null;
    value += v;
  }
  return value;
}

/** The cells that are blank or absent, in order. */
export function missingOf(values: CellValues, cells: readonly CellRef[]): CellRef[] {
  return cells.filter((cell) => typeof values[cell.index] !== "number");
}

export function idsOf(cells: readonly CellRef[]): string[] {
  return cells.map((cell) => cell.id);
}

/** Counts are integers and money has at most a few decimals: compare with a small tolerance. */
export function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-6;
}

/** Source lines of the cells, from the report's provenance, sorted and unique. */
export function linesOf(report: ParsedReport, cells: readonly CellRef[]): number[] {
  const lines = new Set<number>();
  for (const { id } of cells) {
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
export function describeMissing(report: ParsedReport, cells: readonly CellRef[]): string {
  const byRow = new Map<string, { row: string; rowKey: string; fields: string[]; labels: string[]; absent: boolean }>();
  for (const { table, row, field, rowKey, columnLabel } of cells) {
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
