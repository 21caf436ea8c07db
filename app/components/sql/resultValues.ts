// Values of an Arrow result as the console shows and exports them. Rows are read by
// column position, so a result with two columns of the same name keeps both.
import { Type, type DataType, type Table } from "@uwdata/flechette";

export type ResultValue = string | number | boolean | null;

export interface ResultColumn {
  index: number;
  name: string;
  type: string;
  numeric: boolean;
}

const TYPE_NAMES = new Map<number, string>(Object.entries(Type).map(([name, id]) => [id, name]));
const FLOAT_BITS = [16, 32, 64];

/** Arrow's name for a column type: Int32, Uint8, Float64, Decimal(18, 2), Utf8, Bool, List … */
export function arrowTypeName(type: DataType): string {
  switch (type.typeId) {
    case Type.Int:
      return `${type.signed ? "Int" : "Uint"}${type.bitWidth}`;
    case Type.Float:
      return `Float${FLOAT_BITS[type.precision]}`;
    case Type.Decimal:
      return `Decimal(${type.precision}, ${type.scale})`;
    default:
      return TYPE_NAMES.get(type.typeId) ?? `type ${type.typeId}`;
  }
}

export function resultColumns(table: Table): ResultColumn[] {
  return table.schema.fields.map((f, index) => ({
    index,
    name: f.name,
    type: arrowTypeName(f.type),
    numeric: f.type.typeId === Type.Int || f.type.typeId === Type.Float || f.type.typeId === Type.Decimal,
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
