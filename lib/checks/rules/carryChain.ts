// Across years of one agency, per column of table 三: this year's 二、上年结转 =
// last year's 四、结转下年度继续办理. Only consecutive years are compared; a gap
// year gives one unchecked finding. `expected` = last year's carriedForward,
// `actual` = this year's carriedOver; `cells` lists this report's cell first and
// then last year's (in relatedFile); `lines` are this report's.
import { seriesSteps, type SeriesStep } from "../agencySeries";
import { ALL, APPLICANT_COLUMNS, cellRef, columnLabel, formatNumber } from "../cells";
import { evaluateChainAll, gapMessage, stepUnchecked, type ChainEquation } from "../chain";
import type { CheckFinding } from "../../model";
import type { CorpusRule } from "../rule";

const RULE_NAME = "上年结转衔接";

// Built once: the previous report's year reaches the message as a part.
const EQUATIONS = APPLICANT_COLUMNS.map((column): ChainEquation => {
  const label = columnLabel("applications", "carriedOver", column);
  return {
    rule: "carry-chain",
    table: "applications",
    row: "carriedOver",
    column,
    actual: [cellRef("applications", "carriedOver", column)],
    previous: [cellRef("applications", "carriedForward", column)],
    currentTerms: [],
    instance: label,
    message: (actual, expected, { previousYear }) =>
      `二、上年结转 ${formatNumber(actual)} ≠ ${previousYear} 年报告 四、结转下年度继续办理 ${formatNumber(expected)}（${label}）`,
  };
});

export const carryChainRule: CorpusRule = {
  id: "carry-chain",
  check(corpus) {
    return corpus.flatMap((series) =>
      seriesSteps(series).flatMap((step) => checkStep(step).map((finding) => ({ file: step.current.meta.source.file, finding }))),
    );
  },
};

function checkStep(step: SeriesStep): CheckFinding[] {
  const unchecked = (message: string) => [stepUnchecked(step, "carry-chain", "applications", "carriedOver", ALL, message)];
  if (step.missingYears.length > 0) return unchecked(`${gapMessage(step)}，${RULE_NAME}无法核对`);
  if (!step.current.applications) return unchecked(`本报告缺表三，${RULE_NAME}无法核对`);
  if (!step.previous.applications) return unchecked(`${step.previous.meta.year} 年报告缺表三，${RULE_NAME}无法核对`);
  return evaluateChainAll(step, RULE_NAME, EQUATIONS);
}
