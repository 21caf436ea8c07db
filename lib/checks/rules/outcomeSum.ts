// Per column of table 三: （七）总计 = the sum of every outcome row, （一）予以公开
// to （六）其他处理. （六） is one row in older reports and three sub-rows in newer
// ones; the rule sums whichever the report prints, and says so when it prints
// both (then the sub-rows are summed: the single row is taken as their subtotal).
// `expected` = the sum of the outcome rows, `actual` = the printed （七）总计;
// the finding sits on (totalProcessed, column).
import type { CheckFinding, ParsedReport } from "../../model";
import { ALL, APPLICANT_COLUMNS, cellId, columnLabel, formatNumber, rowPresent } from "../cells";
import { evaluateAll, tableMissing, type Equation } from "../equation";
import type { ReportRule } from "../rule";

const RULE_NAME = "办理结果合计";

export const OUTCOME_ROWS_BEFORE_OTHER = [
  "granted",
  "partiallyGranted",
  "deniedStateSecret",
  "deniedLawProhibited",
  "deniedSecurityStability",
  "deniedThirdParty",
  "deniedInternalAffairs",
  "deniedProcessInfo",
  "deniedEnforcementFile",
  "deniedQueryMatter",
  "unavailableNotHeld",
  "unavailableNeedsCreation",
  "unavailableUnclear",
  "notProcessedPetition",
  "notProcessedRepeat",
  "notProcessedPublication",
  "notProcessedExcessive",
  "notProcessedReconfirm",
] as const;
export const OTHER_SINGLE = ["otherProcessing"] as const;
export const OTHER_SPLIT = ["otherOverdueCorrection", "otherOverdueFee", "otherMisc"] as const;

/** The outcome rows to sum, and whether the report prints （六） both ways. */
export function outcomeRowsOf(report: ParsedReport): { rows: string[]; bothLayouts: boolean } {
  const single = rowPresent(report, "applications", "otherProcessing");
  const split = OTHER_SPLIT.some((row) => rowPresent(report, "applications", row));
  const other: readonly string[] = split ? OTHER_SPLIT : OTHER_SINGLE;
  return { rows: [...OUTCOME_ROWS_BEFORE_OTHER, ...other], bothLayouts: single && split };
}

export const outcomeSumRule: ReportRule = {
  id: "outcome-sum",
  check(report) {
    if (!report.applications) {
      return [tableMissing("outcome-sum", "applications", "totalProcessed", ALL, `表三缺失，${RULE_NAME}无法核对`)];
    }
    const { rows, bothLayouts } = outcomeRowsOf(report);
    const equations = APPLICANT_COLUMNS.map((column): Equation => {
      const label = columnLabel("applications", "totalProcessed", column);
      return {
        rule: "outcome-sum",
        table: "applications",
        row: "totalProcessed",
        column,
        actualIds: [cellId("applications", "totalProcessed", column)],
        expectedIds: rows.map((row) => cellId("applications", row, column)),
        instance: label,
        message: (actual, expected) => `（七）总计 ${formatNumber(actual)} ≠ 各办理结果之和 ${formatNumber(expected)}（${label}）`,
      };
    });
    const findings = evaluateAll(report, RULE_NAME, equations);
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
