// Consistency checks of parsed reports: one report's tables and narrative
// (checkReport, which the parser calls) and a corpus's cross-report rules
// (checkCorpus). Findings are data in the contract's `checks` shape.
import type { CheckFinding, NarrativeLine, ParsedReport } from "../model";
import { agencySeries } from "./agencySeries";
import { cellValues } from "./cells";
import { CORPUS_RULES, REPORT_RULES } from "./registry";
import type { CorpusFinding } from "./rule";

export function checkReport(report: ParsedReport, narrative: readonly NarrativeLine[] = []): CheckFinding[] {
  const values = cellValues(report);
  return REPORT_RULES.flatMap((rule) => rule.check(report, narrative, values));
}

/** carry-chain, in-force-chain and duplicate-report; each finding with the report it belongs to. */
export function checkCorpus(reports: readonly ParsedReport[]): CorpusFinding[] {
  const series = agencySeries(reports);
  return CORPUS_RULES.flatMap((rule) => rule.check(series));
}

export { REPORT_RULES, CORPUS_RULES, RULE_IDS } from "./registry";
export type { CorpusFinding, CorpusRule, ReportRule } from "./rule";
export { agencySeries, normaliseAgency, seriesKey, type AgencySeries } from "./agencySeries";
export { narrativeStatements, type NarrativeStatement, type StatementKind } from "./narrativeStatements";
export { formatFindingsTable, summariseFindings, displayWidth, type FindingRow } from "./formatFindings";
