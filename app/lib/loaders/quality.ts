// Data of the quality view: findings by rule and severity, the findings, the parser's
// diagnostics by code, unreadable files.
import { diagnosticsByCodeQuery, failuresQuery, findingsByRuleQuery, findingsQuery } from "../../../lib/metrics/index";
import type { Runner, TableNeed } from "../dataset";
import type { Severity } from "../../../lib/dataset";
import type { Finding } from "./overview";


export interface QualityState {
  rule: string | null;
  severity: Severity | null;
}

export interface RuleCount {
  rule: string;
  severity: Severity;
  findings: number;
  reports: number;
}

export interface Failure {
  file: string;
  code: string;
  message: string;
}

export interface DiagnosticCount {
  code: string;
  severity: "error" | "warning" | "info";
  diagnostics: number;
  reports: number;
}

export interface QualityData {
  state: QualityState;
  byRule: RuleCount[];
  findings: Finding[];
  diagnostics: DiagnosticCount[];
  failures: Failure[];
}

/** The tables loadQuality reads. */
export const QUALITY_TABLES: readonly TableNeed[] = ["checks", "diagnostics", "failures"];

/** The findings table shows at most this many rows (the CSV holds the same rows). */
export const FINDINGS_LIMIT = 1000;

export async function loadQuality(runner: Runner, state: QualityState): Promise<QualityData> {
  const [byRule, findings, diagnostics, failures] = await Promise.all([
    runner.query<RuleCount>(findingsByRuleQuery(), ["checks"]),
    runner.query<Finding>(findingsQuery({ rule: state.rule, severities: state.severity ? [state.severity] : undefined, limit: FINDINGS_LIMIT }), ["checks"]),
    runner.query<DiagnosticCount>(diagnosticsByCodeQuery(), ["diagnostics"]),
    runner.query<Failure>(failuresQuery(), ["failures"]),
  ]);
  return { state, byRule, findings, diagnostics, failures };
}
