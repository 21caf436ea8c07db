// A count (件, 条, 项: every cell but 万元 amounts and 本年增/减) is a whole number of zero or more.
// `-3`, or `1.315` where OCR read 1,315's comma as a point, is kept as printed and flagged here:
// the parser never changes a printed number. `expected` = null, `actual` = the printed value.
import { CELLS, type CheckFinding } from "../../model";
import { cellRef, cellValues, linesOf, rowLabel } from "../cells";
import type { ReportRule } from "../rule";

const COUNT_CELLS = CELLS.filter((c) => c.unit !== "万元" && c.field !== "change").map((c) => cellRef(c.table, c.row, c.field));

export const countValueRule: ReportRule = {
  id: "count-value",
  check(report, _narrative, values = cellValues(report)) {
    const findings: CheckFinding[] = [];
    for (const cell of COUNT_CELLS) {
      const value = values[cell.index];
      if (value === null || value === undefined || (Number.isInteger(value) && value >= 0)) continue;
      findings.push({
        rule: "count-value",
        severity: "error",
        table: cell.table,
        row: cell.row,
        column: cell.field,
        expected: null,
        actual: value,
        message: `${rowLabel(cell.table, cell.row)}·${cell.columnLabel}：件数为 ${value}，不是零或正整数`,
        cells: [cell.id],
        lines: linesOf(report, [cell]),
      });
    }
    return findings;
  },
};
