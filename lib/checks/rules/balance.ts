// 勾稽关系, per column of table 三: 第一项 + 第二项 = 第三项 + 第四项, i.e.
// newReceived + carriedOver = totalProcessed + carriedForward.
// Convention: `expected` = newReceived + carriedOver (what came in),
// `actual` = totalProcessed + carriedForward (what the report says went out);
// the finding sits on (carriedForward, column).
import { APPLICANT_COLUMNS, cellRef, cellValues, columnLabel, formatNumber } from "../cells";
import { evaluateAll, tableMissing, type Equation } from "../equation";
import type { ReportRule } from "../rule";

const RULE_NAME = "勾稽关系";

// Built once: the instances do not depend on the report.
const EQUATIONS = APPLICANT_COLUMNS.map((column): Equation => {
  const cell = (row: string) => cellRef("applications", row, column);
  const label = columnLabel("applications", "newReceived", column);
  return {
    rule: "balance",
    table: "applications",
    row: "carriedForward",
    column,
    expected: [cell("newReceived"), cell("carriedOver")],
    actual: [cell("totalProcessed"), cell("carriedForward")],
    instance: label,
    message: (actual, expected) => `第一项+第二项 ${formatNumber(expected)} ≠ 第三项+第四项 ${formatNumber(actual)}（${label}）`,
  };
});

export const balanceRule: ReportRule = {
  id: "balance",
  check(report, _narrative, values = cellValues(report)) {
    if (!report.applications) {
      return [tableMissing("balance", "applications", "carriedForward", "*", `表三缺失，${RULE_NAME}无法核对`)];
    }
    return evaluateAll(report, values, RULE_NAME, EQUATIONS);
  },
};
