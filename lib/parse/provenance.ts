// Reading a row's fitted value cells into numbers, recording where each came from.
import { CELLS, type CellSource, type Diagnostic, type SourceCell, type TableId } from "../model";
import { diagnostic } from "./rows";
import { isPlainInteger, readCell } from "./values";

const MONEY = new Set(CELLS.filter((c) => c.unit === "万元").map((c) => c.id));

interface RowShape {
  ids: string[];
  money: boolean[];
  /** Every field null, in order: a copy has the row's final shape at once (no per-field transitions). */
  blank: Record<string, number | null>;
}

// Cell ids per table, field list and row, built once: string building and hashing
// per cell was a hot spot. Keyed by the field list too: the 2019 and 2021 templates
// give a row (规章) different fields of the same count.
const shapes: Record<TableId, WeakMap<readonly string[], Map<string, RowShape>>> = {
  active: new WeakMap(),
  applications: new WeakMap(),
  reviewLitigation: new WeakMap(),
};

function shapeOf(table: TableId, row: string, fields: readonly string[]): RowShape {
  let byRow = shapes[table].get(fields);
  if (!byRow) shapes[table].set(fields, (byRow = new Map()));
  let shape = byRow.get(row);
  if (!shape) {
    const ids = fields.map((f) => `${table}.${row}.${f}`);
    shape = { ids, money: ids.map((id) => MONEY.has(id)), blank: nullRow(fields) };
    byRow.set(row, shape);
  }
  return shape;
}

export interface CellSink {
  provenance: Record<string, CellSource>;
  diagnostics: Diagnostic[];
}

/**
 * Reads `cells` into `fields` of `table.row`; every printed cell gets provenance. `moneyInYuan`: the
 * table's header gives money in 元, so a money cell printed without a unit is converted to 万元.
 */
export function readRowValues(
  sink: CellSink,
  table: TableId,
  row: string,
  fields: readonly string[],
  cells: readonly SourceCell[],
  moneyInYuan = false,
): Record<string, number | null> {
  const { ids, money, blank } = shapeOf(table, row, fields);
  const out = { ...blank };
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i] as string;
    const cell = cells[i] as SourceCell;
    const id = ids[i] as string;
    // Most cells are plain integers (in any unit): read without making a CellReading.
    const reading = isPlainInteger(cell.text) ? null : readCell(cell.text, money[i]);
    out[field] = reading ? reading.value : Number(cell.text);
    if (reading?.kind === "blank") continue;
    sink.provenance[id] = { raw: cell.text, line: cell.line };
    const value = out[field];
    if (moneyInYuan && money[i] && value !== null && !cell.text.includes("元")) {
      out[field] = value / 10000;
      sink.diagnostics.push(
        diagnostic(table, "unit-converted", `${id}: "${cell.text}" under a header in 元; read as ${value / 10000} 万元`, cell.line, {
          row,
          column: field,
          severity: "info",
        }),
      );
    }
    if (reading?.kind === "scaled") {
      sink.diagnostics.push(
        diagnostic(table, "unit-converted", `${id}: "${cell.text}" is a count in 万; read as ${reading.value}`, cell.line, { row, column: field, severity: "info" }),
      );
    } else if (reading?.kind === "annotated") {
      sink.diagnostics.push(
        diagnostic(table, "annotated-cell", `${id}: "${cell.text}" read as ${reading.value}; the note after the number is not a value`, cell.line, {
          row,
          column: field,
        }),
      );
    } else if (reading && reading.kind !== "number") {
      sink.diagnostics.push(
        diagnostic(table, "non-numeric-cell", `${id}: "${cell.text}" is not a number; read as blank (null)`, cell.line, {
          row,
          column: field,
        }),
      );
    }
  }
  return out;
}

/** A row whose values could not be aligned: every field null, never guessed. */
export function nullRow(fields: readonly string[]): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const field of fields) out[field] = null;
  return out;
}

