// The cell catalogue: every numeric cell of the contract, read from the tables'
// shapes (which the zod schema in report.ts is built from), with one naming rule
// shared by the JSON, Parquet and URLs. Free of zod, so that pages can load it.
import type { ParsedReport, TableId, Template } from "./report";
import { ACTIVE_2019, ACTIVE_2021, APPLICATIONS, REVIEW_LITIGATION, type TableShape, type Unit } from "./tableShapes";

export interface CellDef {
  /** `table.row.column`, e.g. `applications.granted.total`: the key in `provenance`. */
  id: string;
  /** Parquet column name: the id with dots replaced by underscores. */
  column: string;
  table: TableId;
  row: string;
  field: string;
  rowLabel: { zh: string; en: string };
  label: { zh: string; en: string };
  unit: Unit;
  /** Templates whose table 二 prints this cell; tables 三 and 四 are in both. */
  templates: Template[];
}

export const TABLE_LABELS: Record<TableId, { zh: string; en: string }> = {
  active: { zh: "二、主动公开政府信息情况", en: "II. Proactive disclosure" },
  applications: { zh: "三、收到和处理政府信息公开申请情况", en: "III. Applications received and processed" },
  reviewLitigation: { zh: "四、政府信息公开行政复议、行政诉讼情况", en: "IV. Administrative review and litigation" },
};

/** Naming rule for Parquet columns and URL metric ids. */
export function cellColumnName(table: string, row: string, field: string): string {
  return `${table}_${row}_${field}`;
}

function collect(tableId: TableId, table: TableShape, templates: Template[], into: Map<string, CellDef>) {
  for (const [row, shape] of Object.entries(table)) {
    for (const [field, cell] of Object.entries(shape.cells)) {
      const id = `${tableId}.${row}.${field}`;
      const existing = into.get(id);
      if (existing) {
        existing.templates = [...new Set([...existing.templates, ...templates])].sort() as Template[];
        continue;
      }
      into.set(id, {
        id,
        column: cellColumnName(tableId, row, field),
        table: tableId,
        row,
        field,
        rowLabel: { zh: shape.zh, en: shape.en },
        label: { zh: cell.zh, en: cell.en },
        unit: cell.unit,
        templates: [...templates],
      });
    }
  }
}

function buildCatalogue(): CellDef[] {
  const cells = new Map<string, CellDef>();
  collect("active", ACTIVE_2021, ["2021"], cells);
  collect("active", ACTIVE_2019, ["2019"], cells);
  collect("applications", APPLICATIONS, ["2019", "2021"], cells);
  collect("reviewLitigation", REVIEW_LITIGATION, ["2019", "2021"], cells);
  return [...cells.values()];
}

export const CELLS: readonly CellDef[] = buildCatalogue();
export const CELLS_BY_ID: ReadonlyMap<string, CellDef> = new Map(CELLS.map((c) => [c.id, c]));

/**
 * The value of one cell of a report: `undefined` where the row or table is absent
 * (or `id` is not a cell of the catalogue). The build reads every cell of every
 * report through this, so the id's parts come from the catalogue, not from splitting it.
 */
export function cellValue(report: Pick<ParsedReport, TableId>, id: string): number | null | undefined {
  const cell = CELLS_BY_ID.get(id);
  return cell === undefined ? undefined : cellValueAt(report, cell);
}

/** The value of the cell at `table.row.field`, for a caller that holds the parts already (no id lookup). */
export function cellValueAt(report: Pick<ParsedReport, TableId>, { table, row, field }: { table: TableId; row: string; field: string }): number | null | undefined {
  const rows = report[table] as Record<string, Record<string, number | null> | undefined> | undefined;
  return rows?.[row]?.[field];
}
