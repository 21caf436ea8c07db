// Every rule, once. The order is the order findings are listed in.
import type { RuleId } from "../model";
import { balanceRule } from "./rules/balance";
import { carryChainRule } from "./rules/carryChain";
import { countValueRule } from "./rules/countValue";
import { duplicateRule } from "./rules/duplicate";
import { groupTotalRule } from "./rules/groupTotal";
import { inForceChainRule } from "./rules/inForceChain";
import { narrativeMismatchRule, narrativeYearRule } from "./rules/narrative";
import { outcomeSumRule } from "./rules/outcomeSum";
import { rowTotalRule } from "./rules/rowTotal";
import type { CorpusRule, ReportRule } from "./rule";

export const REPORT_RULES: readonly ReportRule[] = [
  balanceRule,
  rowTotalRule,
  outcomeSumRule,
  groupTotalRule,
  narrativeMismatchRule,
  narrativeYearRule,
  countValueRule,
];

export const CORPUS_RULES: readonly CorpusRule[] = [carryChainRule, inForceChainRule, duplicateRule];

export const RULE_IDS: readonly RuleId[] = [...REPORT_RULES, ...CORPUS_RULES].map((rule) => rule.id);
