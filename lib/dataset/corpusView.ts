// The part of a report that the cross-report checks read (identity, table 二 and
// the carried-over/carried-forward rows of table 三), kept for every report between
// builds so that corpus checks are recomputed without re-parsing or holding whole reports.
import type { ParsedReport } from "../model";

const CARRY_ROWS = ["carriedOver", "carriedForward"] as const;

function readByCorpusChecks(id: string): boolean {
  return id.startsWith("active.") || CARRY_ROWS.some((row) => id.startsWith(`applications.${row}.`));
}

/**
 * readByCorpusChecks per provenance id, remembered: a report has ~200 ids from a small
 * fixed set, and testing each afresh was most of a build worker's time outside parsing.
 */
const keptIds = new Map<string, boolean>();

export function corpusView(report: ParsedReport): ParsedReport {
  const applications: NonNullable<ParsedReport["applications"]> = {};
  for (const row of CARRY_ROWS) {
    const value = report.applications?.[row];
    if (value) applications[row] = value;
  }
  const provenance: ParsedReport["provenance"] = {};
  for (const id of Object.keys(report.provenance)) {
    let kept = keptIds.get(id);
    if (kept === undefined) keptIds.set(id, (kept = readByCorpusChecks(id)));
    if (kept) provenance[id] = report.provenance[id]!;
  }
  return {
    schemaVersion: report.schemaVersion,
    meta: report.meta,
    ...(report.active ? { active: report.active } : {}),
    ...(report.applications ? { applications } : {}),
    provenance,
    diagnostics: [],
    checks: [],
  };
}
