// The cell catalogue: every numeric cell of the contract, derived from the zod
// schema in report.ts, with one naming rule shared by the JSON, Parquet and URLs.
import { z } from "zod";
import {
  Active2019,
  Active2021,
  Applications,
  ReviewLitigation,
  type CellMeta,
  type ParsedReport,
  type TableId,
  type Template,
  type Unit,
} from "./report";

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

function metaOf(schema: z.ZodType): CellMeta {
  const meta = schema.meta() as CellMeta | undefined;
  if (!meta) throw new Error("report schema: a part has no label metadata");
  return meta;
}

function rowsOf(table: z.ZodObject): [string, z.ZodOptional<z.ZodObject>][] {
  return Object.entries(table.shape) as [string, z.ZodOptional<z.ZodObject>][];
}

function collect(tableId: TableId, table: z.ZodObject, templates: Template[], into: Map<string, CellDef>) {
  for (const [row, part] of rowsOf(table)) {
    const rowMeta = metaOf(part);
    for (const [field, schema] of Object.entries(part.unwrap().shape)) {
      const meta = metaOf(schema as z.ZodType);
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
        rowLabel: { zh: rowMeta.zh, en: rowMeta.en },
        label: { zh: meta.zh, en: meta.en },
        unit: meta.unit ?? "件",
        templates: [...templates],
      });
    }
  }
}

function buildCatalogue(): CellDef[] {
  const cells = new Map<string, CellDef>();
  collect("active", Active2021, ["2021"], cells);
  collect("active", Active2019, ["2019"], cells);
  collect("applications", Applications, ["2019", "2021"], cells);
  collect("reviewLitigation", ReviewLitigation, ["2019", "2021"], cells);
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
  if (cell === undefined) return undefined;
  const rows = report[cell.table] as Record<string, Record<string, number | null> | undefined> | undefined;
  return rows?.[cell.row]?.[cell.field];
}
