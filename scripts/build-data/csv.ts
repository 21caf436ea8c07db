// Staging CSV between the workers and DuckDB: strings are always quoted (so an
// empty string stays empty), NULL is an empty unquoted field.
import { closeSync, openSync, writeSync } from "node:fs";
import type { SqlValue } from "../../lib/dataset";

export function csvField(value: SqlValue | bigint): string {
  if (value === null) return "";
  if (typeof value === "string") return `"${value.includes('"') ? value.replace(/"/g, '""') : value}"`;
  return String(value);
}

export function csvLine(values: readonly (SqlValue | bigint)[]): string {
  return `${values.map(csvField).join(",")}\n`;
}

/** Bytes per chunk of a CsvBuffer. */
const CHUNK_BYTES = 256 * 1024;
/** Characters of lines gathered as a string before they are encoded into the chunk. */
const PENDING_CHARS = 8 * 1024;

/**
 * Staging rows as UTF-8 in chunks of bytes, encoded a few kilobytes of lines at a
 * time. Keeping a whole batch as strings cost more: concatenated, the lines made
 * deep string trees that V8 flattened slowly when the batch was encoded, and they
 * lived long enough to be promoted by the garbage collector. Encoding every line on
 * its own cost more too (Buffer.write's checks, once per ~60-byte cell line).
 */
export class CsvBuffer {
  private readonly chunks: Buffer[] = [];
  private chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  private used = 0;
  private pending = "";

  add(values: readonly (SqlValue | bigint)[]): void {
    this.addLine(csvLine(values));
  }

  /** A line already in this file's CSV form (fields made with csvField), newline included. */
  addLine(line: string): void {
    this.pending += line;
    if (this.pending.length >= PENDING_CHARS) this.encodePending();
  }

  private encodePending(): void {
    const text = this.pending;
    this.pending = "";
    // A UTF-16 code unit takes at most 3 bytes in UTF-8.
    if (this.used + text.length * 3 > this.chunk.length) {
      this.chunks.push(this.chunk.subarray(0, this.used));
      this.chunk = Buffer.allocUnsafe(Math.max(CHUNK_BYTES, text.length * 3));
      this.used = 0;
    }
    this.used += this.chunk.write(text, this.used);
  }

  get isEmpty(): boolean {
    return this.chunks.length === 0 && this.used === 0 && this.pending === "";
  }

  /** Appends the rows to `file` (created if need be), chunk by chunk rather than copied into one buffer first. */
  appendTo(file: string): void {
    if (this.pending !== "") this.encodePending();
    const fd = openSync(file, "a");
    try {
      for (const chunk of [...this.chunks, this.chunk.subarray(0, this.used)]) {
        for (let written = 0; written < chunk.length; ) written += writeSync(fd, chunk, written);
      }
    } finally {
      closeSync(fd);
    }
  }
}

/** `read_csv(...)` over staging files with exactly these columns and types. */
export function readCsvSql(files: readonly string[], columns: readonly { name: string; type: string }[]): string {
  const list = files.map((f) => `'${f.replace(/'/g, "''")}'`).join(", ");
  const types = columns.map((c) => `'${c.name}': '${c.type}'`).join(", ");
  return `read_csv([${list}], header = false, delim = ',', quote = '"', escape = '"', nullstr = '', allow_quoted_nulls = false, auto_detect = false, columns = {${types}})`;
}
