// Across years of one agency, 2021 template both years, for 规章 and 规范性文件:
// 现行有效件数 = last year's 现行有效件数 + 本年制发件数 − 本年废止件数.
// Across a template change (2019 → 2021) the 2019 table has no 现行有效件数, so
// the step gives one unchecked finding saying so; two 2019 reports have no such
// rule at all. `expected` = last inForce + made − repealed, `actual` = this inForce.
import type { CheckFinding } from "../../model";
import { seriesSteps, type SeriesStep } from "../agencySeries";
import { ALL, cellRef, formatNumber, rowLabel } from "../cells";
import { evaluateChainAll, gapMessage, stepUnchecked, type ChainEquation } from "../chain";
import type { CorpusRule } from "../rule";

const RULE_NAME = "现行有效件数衔接";
const ROWS = ["regulations", "normativeDocuments"] as const;

// Built once: the previous report's year reaches the message as a part.
const EQUATIONS = ROWS.map((row): ChainEquation => {
  const label = rowLabel("active", row);
  const cell = (field: string) => cellRef("active", row, field);
  return {
    rule: "in-force-chain",
    table: "active",
    row,
    column: "inForce",
    actual: [cell("inForce")],
    previous: [cell("inForce")],
    currentTerms: [
      { cell: cell("made"), sign: 1 },
      { cell: cell("repealed"), sign: -1 },
    ],
    instance: label,
    message: (actual, expected, parts) =>
      `${label}：现行有效件数 ${formatNumber(actual)} ≠ ${parts.previousYear} 年 ${formatNumber(parts.previous)} + 制发 ${formatNumber(parts.current[0] ?? 0)} − 废止 ${formatNumber(-(parts.current[1] ?? 0))} = ${formatNumber(expected)}`,
  };
});

export const inForceChainRule: CorpusRule = {
  id: "in-force-chain",
  check(corpus) {
    return corpus.flatMap((series) =>
      seriesSteps(series).flatMap((step) => checkStep(step).map((finding) => ({ file: step.current.meta.source.file, finding }))),
    );
  },
};

function checkStep(step: SeriesStep): CheckFinding[] {
  const current = step.current.meta.template;
  const previous = step.previous.meta.template;
  const previousYear = step.previous.meta.year;
  const unchecked = (message: string) => [stepUnchecked(step, "in-force-chain", "active", ALL, "inForce", message)];
  if (current === "2019" && previous === "2019") return [];
  if (step.missingYears.length > 0) return current === "2019" ? [] : unchecked(`${gapMessage(step)}，${RULE_NAME}无法核对`);
  if (current === null || previous === null) {
    const which = current === null ? "本报告" : `${previousYear} 年报告`;
    return unchecked(`${which}表二模板未识别，${RULE_NAME}无法核对`);
  }
  if (current !== previous) {
    return unchecked(`模板变更（${previous} → ${current}），${previousYear} 年报告没有可衔接的现行有效件数，${RULE_NAME}无法核对`);
  }
  return evaluateChainAll(step, RULE_NAME, EQUATIONS);
}
