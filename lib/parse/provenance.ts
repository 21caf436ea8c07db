// Reading a row's fitted value cells into numbers, recording where each came from.
import { CELLS_BY_ID, type CellSource, type Diagnostic, type SourceCell, type TableId } from "../model";
import { diagnostic } from "./rows";
import { readCell } from "./values";

export interface CellSink {
  provenance: Record<string, CellSource>;
  diagnostics: Diagnostic[];
}

/** Reads `cells` into `fields` of `table.row`; every printed cell gets provenance. */
export function readRowValues(
  sink: CellSink,
  table: TableId,
  row: string,
  fields: readonly string[],
  cells: readonly SourceCell[],
): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  fields.forEach((field, i) => {
    const cell = cells[i] as SourceCell;
    const id = `${table}.${row}.${field}`;
    const money = CELLS_BY_ID.get(id)?.unit === "万元";
    const reading = readCell(cell.text, money);
    out[field] = reading.value;
    if (reading.kind === "blank") return;
    sink.provenance[id] = { raw: cell.text, line: cell.line };
    if (reading.kind !== "number") {
      sink.diagnostics.push(
        diagnostic(table, "non-numeric-cell", `${id}: "${cell.text}" is not a number; read as blank (null)`, cell.line, {
          row,
          column: field,
        }),
      );
    }
  });
  return out;
}

/** A row whose values could not be aligned: every field null, never guessed. */
export function nullRow(fields: readonly string[]): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const field of fields) out[field] = null;
  return out;
}

export function describeValues(cells: readonly SourceCell[]): string {
  return cells.map((c) => (c.text === "" ? "∅" : c.text)).join(" ");
}
