// Compares what a parser returned with a generated report's ground truth,
// cell by cell (blank stays null, an absent row stays absent), for the
// round-trip test and the parse benchmark.
import { CELLS, cellValue, type ParsedReport } from "../model";
import type { SyntheticReport } from "./generateReport";

export interface Mismatch {
  /** A cell id, or `meta.template` / `meta.agency` / `meta.year`. */
  cell: string;
  expected: unknown;
  actual: unknown;
}

export function compareReport(truth: SyntheticReport, parsed: Pick<ParsedReport, "meta" | "active" | "applications" | "reviewLitigation">): Mismatch[] {
  const mismatches: Mismatch[] = [];
  for (const key of ["template", "agency", "year"] as const) {
    if (parsed.meta[key] !== truth.meta[key]) mismatches.push({ cell: `meta.${key}`, expected: truth.meta[key], actual: parsed.meta[key] });
  }
  for (const cell of CELLS) {
    const expected = cellValue(truth, cell.id);
    const actual = cellValue(parsed, cell.id);
    if (expected !== actual) mismatches.push({ cell: cell.id, expected, actual });
  }
  return mismatches;
}
