// Staging CSV between the workers and DuckDB: strings are always quoted (so an
// empty string stays empty), NULL is an empty unquoted field.
import type { SqlValue } from "../../lib/dataset";

export function csvField(value: SqlValue | bigint): string {
  if (value === null) return "";
  if (typeof value === "string") return `"${value.replace(/"/g, '""')}"`;
  return String(value);
}

export function csvLine(values: readonly (SqlValue | bigint)[]): string {
  return `${values.map(csvField).join(",")}\n`;
}

/** `read_csv(...)` over staging files with exactly these columns and types. */
export function readCsvSql(files: readonly string[], columns: readonly { name: string; type: string }[]): string {
  const list = files.map((f) => `'${f.replace(/'/g, "''")}'`).join(", ");
  const types = columns.map((c) => `'${c.name}': '${c.type}'`).join(", ");
  return `read_csv([${list}], header = false, delim = ',', quote = '"', escape = '"', nullstr = '', allow_quoted_nulls = false, auto_detect = false, columns = {${types}})`;
}
