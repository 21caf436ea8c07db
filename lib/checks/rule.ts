// What a rule is: a pure function from one report (and its narrative) or from a
// corpus of reports to findings in the contract's `checks` shape.
import type { CheckFinding, NarrativeLine, ParsedReport, RuleId } from "../model";
import type { AgencySeries } from "./agencySeries";
import type { CellValues } from "./cells";

export interface ReportRule {
  id: RuleId;
  /** `values`: the report's cellValues, which checkReport reads once for every rule; a rule called alone reads them itself. */
  check(report: ParsedReport, narrative: readonly NarrativeLine[], values?: CellValues): CheckFinding[];
}

/** A cross-report finding and the report it belongs to (for chains: the later year). */
export interface CorpusFinding {
  file: string;
  finding: CheckFinding;
}

export interface CorpusRule {
  id: RuleId;
  /** The corpus grouped into series once (agencySeries), for every corpus rule. */
  check(corpus: readonly AgencySeries[]): CorpusFinding[];
}
