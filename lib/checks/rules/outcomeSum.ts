// Per column of table 三: （七）总计 = the sum of every outcome row, （一）予以公开
// to （六）其他处理. （六） is one row in older reports and three sub-rows in newer
// ones; the rule sums whichever the report prints, and says so when it prints
// both (then the sub-rows are summed: the single row is taken as their subtotal).
// `expected` = the sum of the outcome rows, `actual` = the printed （七）总计;
// the finding sits on (totalProcessed, column).
import { OTHER_SINGLE_ROWS as OTHER_SINGLE, OTHER_SPLIT_ROWS as OTHER_SPLIT, OUTCOME_ROWS_BEFORE_OTHER, type CheckFinding, type ParsedReport } from "../../model";
import { ALL, APPLICANT_COLUMNS, cellId, cellRef, cellValues, columnLabel, formatNumber, rowPresent } from "../cells";
import { evaluateAll, tableMissing, type Equation } from "../equation";
import type { ReportRule } from "../rule";

const RULE_NAME = "办理结果合计";


/** Which （六） layout to sum (the sub-rows where any is printed), and whether the report prints both. */
export function otherLayoutOf(report: ParsedReport): { split: boolean; bothLayouts: boolean } {
  const single = rowPresent(report, "applications", "otherProcessing");
  const split = OTHER_SPLIT.some((row) => rowPresent(report, "applications", row));
  return { split, bothLayouts: single && split };
}

function equationsFor(rows: readonly string[]): Equation[] {
  return APPLICANT_COLUMNS.map((column): Equation => {
    const label = columnLabel("applications", "totalProcessed", column);
    return {
      rule: "outcome-sum",
      table: "applications",
      row: "totalProcessed",
      column,
      actual: [cellRef("applications", "totalProcessed", column)],
      expected: rows.map((row) => cellRef("applications", row, column)),
      instance: label,
      message: (actual, expected) => `（七）总计 ${formatNumber(actual)} ≠ 各办理结果之和 ${formatNumber(expected)}（${label}）`,
    };
  });
}

// Built once per layout of （六）.
const SINGLE_EQUATIONS = equationsFor([...OUTCOME_ROWS_BEFORE_OTHER, ...OTHER_SINGLE]);
const SPLIT_EQUATIONS = equationsFor([...OUTCOME_ROWS_BEFORE_OTHER, ...OTHER_SPLIT]);

export const outcomeSumRule: ReportRule = {
  id: "outcome-sum",
  check(report, _narrative, values = cellValues(report)) {
    if (!report.applications) {
      return [tableMissing("outcome-sum", "applications", "totalProcessed", ALL, `表三缺失，${RULE_NAME}无法核对`)];
    }
    const { split, bothLayouts } = otherLayoutOf(report);
    const findings = evaluateAll(report, values, RULE_NAME, split ? SPLIT_EQUATIONS : SINGLE_EQUATIONS);
    return bothLayouts ? [...findings, bothLayoutsWarning()] : findings;
  },
};

function bothLayoutsWarning(): CheckFinding {
  const rows = ["otherProcessing", ...OTHER_SPLIT];
  return {
    rule: "outcome-sum",
    severity: "warning",
    table: "applications",
    row: "otherProcessing",
    column: ALL,
    expected: null,
    actual: null,
    message: "（六）其他处理既有单行又有三个子行，已按三个子行核对（七）总计",
    cells: rows.map((row) => cellId("applications", row, "total")),
    lines: [],
  };
}
