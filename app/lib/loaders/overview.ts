// Data of the overview: headline figures, coverage matrix, latest findings.
import type { Severity } from "../../../lib/dataset";
import { coverageQuery, findingsQuery, headlineQuery } from "../../../lib/metrics/index";
import type { Runner } from "../dataset";

export interface OverviewState {
  synthetic: boolean;
}

export interface Headline {
  reports: number;
  agencies: number;
  years: number;
  first_year: number | null;
  last_year: number | null;
  synthetic: number;
  findings: number;
}

export interface CoverageCell {
  agency: string;
  year: number;
  reports: number;
  synthetic: boolean;
  templates: string;
}

/** What a finding says, as checks.parquet holds it (lib/dataset's CHECK_COLUMNS). */
export interface FindingFields {
  rule: string;
  severity: Severity;
  table: string | null;
  row: string | null;
  column: string | null;
  expected: number | null;
  actual: number | null;
  message: string;
}

/** A finding with the report it belongs to. */
export interface Finding extends FindingFields {
  report_id: string;
  file: string;
  agency: string | null;
  year: number | null;
}

export interface OverviewData {
  state: OverviewState;
  headline: Headline;
  coverage: CoverageCell[];
  findings: Finding[];
}

export const LATEST_FINDINGS = 10;

export async function loadOverview(runner: Runner, state: OverviewState): Promise<OverviewData> {
  const filter = { includeSynthetic: state.synthetic };
  const [headline, coverage, findings] = await Promise.all([
    runner.query<Headline>(headlineQuery(filter), ["reports", "checks"]),
    runner.query<CoverageCell>(coverageQuery(filter), ["reports"]),
    runner.query<Finding>(findingsQuery({ severities: ["error", "warning"], excludeSynthetic: !state.synthetic, limit: LATEST_FINDINGS }), ["reports", "checks"]),
  ]);
  return { state, headline: headline[0]!, coverage, findings };
}
