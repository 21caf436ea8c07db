// Values of an Arrow result as the console shows and exports them. Rows are read by
// column position, so a result with two columns of the same name keeps both.
import { DataType, type Table } from "apache-arrow";

export type ResultValue = string | number | boolean | null;

export interface ResultColumn {
  index: number;
  name: string;
  type: string;
  numeric: boolean;
}

export function resultColumns(table: Table): ResultColumn[] {
  return table.schema.fields.map((f, index) => ({
    index,
    name: f.name,
    type: String(f.type),
    numeric: DataType.isInt(f.type) || DataType.isFloat(f.type) || DataType.isDecimal(f.type),
  }));
}

function plain(value: unknown): ResultValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "bigint") return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
}

/** Rows [start, end) as arrays of plain values. */
export function resultRows(table: Table, start = 0, end = table.numRows): ResultValue[][] {
  const columns = table.schema.fields.map((_, i) => table.getChildAt(i)!);
  const rows: ResultValue[][] = [];
  for (let r = start; r < Math.min(end, table.numRows); r++) rows.push(columns.map((c) => plain(c.get(r))));
  return rows;
}
