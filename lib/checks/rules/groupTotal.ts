// Table 四, per group (行政复议, 未经复议直接起诉, 复议后起诉):
// 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结.
// `expected` = the sum of the four parts, `actual` = the printed 总计;
// the finding sits on (group, total).
import { ALL, OUTCOME_PARTS, REVIEW_GROUPS, cellRef, cellValues, formatNumber, rowLabel } from "../cells";
import { evaluateAll, tableMissing, type Equation } from "../equation";
import type { ReportRule } from "../rule";

const RULE_NAME = "复议诉讼合计";

const EQUATIONS = REVIEW_GROUPS.map((group): Equation => {
  const label = rowLabel("reviewLitigation", group);
  return {
    rule: "group-total",
    table: "reviewLitigation",
    row: group,
    column: "total",
    actual: [cellRef("reviewLitigation", group, "total")],
    expected: OUTCOME_PARTS.map((part) => cellRef("reviewLitigation", group, part)),
    instance: label,
    message: (actual, expected) => `${label}：总计 ${formatNumber(actual)} ≠ 维持+纠正+其他+尚未审结 ${formatNumber(expected)}`,
  };
});

export const groupTotalRule: ReportRule = {
  id: "group-total",
  check(report, _narrative, values = cellValues(report)) {
    if (!report.reviewLitigation) {
      return [tableMissing("group-total", "reviewLitigation", ALL, "total", `表四缺失，${RULE_NAME}无法核对`)];
    }
    return evaluateAll(report, values, RULE_NAME, EQUATIONS);
  },
};
