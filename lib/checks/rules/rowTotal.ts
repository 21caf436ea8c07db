// Every table-三 row that the report prints: 总计 = the six applicant columns.
// `expected` = the sum of the six columns, `actual` = the printed 总计;
// the finding sits on (row, total).
import { APPLICATION_ROWS } from "../../model/applicationRows";
import { ALL, APPLICANT_PARTS, cellRef, cellValues, formatNumber, rowLabel, rowPresent } from "../cells";
import { evaluateAll, tableMissing, type Equation } from "../equation";
import type { ReportRule } from "../rule";

const RULE_NAME = "行合计";

// One per row of table 三, in the forms' order.
const EQUATIONS = APPLICATION_ROWS.map((row): Equation => {
  const label = rowLabel("applications", row);
  return {
    rule: "row-total",
    table: "applications",
    row,
    column: "total",
    actual: [cellRef("applications", row, "total")],
    expected: APPLICANT_PARTS.map((column) => cellRef("applications", row, column)),
    instance: label,
    message: (actual, expected) => `${label}：总计 ${formatNumber(actual)} ≠ 各类申请人之和 ${formatNumber(expected)}`,
  };
});

export const rowTotalRule: ReportRule = {
  id: "row-total",
  check(report, _narrative, values = cellValues(report)) {
    const equations = EQUATIONS.filter((eq) => rowPresent(report, "applications", eq.row));
    if (equations.length === 0) {
      return [tableMissing("row-total", "applications", ALL, "total", `表三缺失，${RULE_NAME}无法核对`)];
    }
    return evaluateAll(report, values, RULE_NAME, equations);
  },
};
