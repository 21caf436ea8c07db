// Staging CSV between the workers and DuckDB: strings are always quoted (so an
// empty string stays empty), NULL is an empty unquoted field.
import type { SqlValue } from "../../lib/dataset";

export function csvField(value: SqlValue | bigint): string {
  if (value === null) return "";
  if (typeof value === "string") return `"${value.includes('"') ? value.replace(/"/g, '""') : value}"`;
  return String(value);
}

export function csvLine(values: readonly (SqlValue | bigint)[]): string {
  return `${values.map(csvField).join(",")}\n`;
}

/** Characters per piece of a CsvBuffer: well under V8's 128 KB large-object threshold. */
const PIECE_CHARS = 16 * 1024;

/**
 * Staging rows as text, kept in pieces. One string per batch (hundreds of KB of
 * cells) would land in V8's large-object space, where each allocation costs about
 * a millisecond on this machine (see lib/parse/decode.ts).
 */
export class CsvBuffer {
  private readonly pieces: string[] = [];
  private current = "";

  add(values: readonly (SqlValue | bigint)[]): void {
    this.current += csvLine(values);
    if (this.current.length >= PIECE_CHARS) {
      this.pieces.push(this.current);
      this.current = "";
    }
  }

  get isEmpty(): boolean {
    return this.pieces.length === 0 && this.current === "";
  }

  /** The rows as UTF-8, ready to append to a file. */
  toBuffer(): Buffer {
    return Buffer.concat([...this.pieces, this.current].map((piece) => Buffer.from(piece)));
  }
}

/** `read_csv(...)` over staging files with exactly these columns and types. */
export function readCsvSql(files: readonly string[], columns: readonly { name: string; type: string }[]): string {
  const list = files.map((f) => `'${f.replace(/'/g, "''")}'`).join(", ");
  const types = columns.map((c) => `'${c.name}': '${c.type}'`).join(", ");
  return `read_csv([${list}], header = false, delim = ',', quote = '"', escape = '"', nullstr = '', allow_quoted_nulls = false, auto_detect = false, columns = {${types}})`;
}
