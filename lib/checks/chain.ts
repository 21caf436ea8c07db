// What the two chain rules share: comparing one cell of this year's report with
// cells of last year's, and saying why a step could not be compared.
import type { CheckFinding, ParsedReport, RuleId, TableId } from "../model";
import { ALL, describeMissing, linesOf, sumCells } from "./cells";
import type { SeriesStep } from "./agencySeries";
import { instances } from "./equation";

/** A chain instance: `actual` is read from this year's report, `expected` from both. */
export interface ChainEquation {
  rule: RuleId;
  table: TableId;
  row: string;
  column: string;
  actualIds: string[];
  /** Cells of the previous report added up. */
  previousIds: string[];
  /** Cells of this report added to (sign 1) or taken from (sign -1) the previous report's. */
  currentTerms: { id: string; sign: 1 | -1 }[];
  instance: string;
  message(actual: number, expected: number, parts: { previous: number; current: number[] }): string;
}

export type ChainOutcome =
  | { kind: "holds" }
  | { kind: "error"; finding: CheckFinding }
  | { kind: "unchecked"; instance: string; currentMissing: string[]; previousMissing: string[] };

export function evaluateChain(step: SeriesStep, eq: ChainEquation): ChainOutcome {
  const { current, previous } = step;
  const actual = sumCells(current, eq.actualIds);
  const prev = sumCells(previous, eq.previousIds);
  const terms = eq.currentTerms.map((t) => ({ ...t, sum: sumCells(current, [t.id]) }));
  const currentMissing = [...actual.missing, ...terms.flatMap((t) => t.sum.missing)];
  if (actual.value === null || prev.value === null || currentMissing.length > 0) {
    return { kind: "unchecked", instance: eq.instance, currentMissing, previousMissing: prev.missing };
  }
  const currentValues = terms.map((t) => t.sign * (t.sum.value ?? 0));
  const expected = prev.value + currentValues.reduce((a, b) => a + b, 0);
  if (Math.abs(expected - actual.value) < 1e-6) return { kind: "holds" };
  const cells = [...eq.actualIds, ...eq.currentTerms.map((t) => t.id), ...eq.previousIds];
  return {
    kind: "error",
    finding: {
      rule: eq.rule,
      severity: "error",
      table: eq.table,
      row: eq.row,
      column: eq.column,
      expected,
      actual: actual.value,
      message: eq.message(actual.value, expected, { previous: prev.value, current: currentValues }),
      cells,
      // Only this report's lines: the previous report's cells are in relatedFile.
      lines: linesOf(current, [...eq.actualIds, ...eq.currentTerms.map((t) => t.id)]),
      relatedFile: previous.meta.source.file,
    },
  };
}

/** Errors per instance, unchecked instances merged into one finding. */
export function evaluateChainAll(step: SeriesStep, ruleName: string, equations: readonly ChainEquation[]): CheckFinding[] {
  const findings: CheckFinding[] = [];
  const unchecked: (ChainOutcome & { kind: "unchecked" })[] = [];
  const rows = new Set<string>();
  const columns = new Set<string>();
  for (const eq of equations) {
    const outcome = evaluateChain(step, eq);
    if (outcome.kind === "error") findings.push(outcome.finding);
    if (outcome.kind === "unchecked") {
      unchecked.push(outcome);
      rows.add(eq.row);
      columns.add(eq.column);
    }
  }
  const [first] = equations;
  if (unchecked.length > 0 && first) {
    const { current, previous } = step;
    const currentMissing = unchecked.flatMap((u) => u.currentMissing);
    const previousMissing = unchecked.flatMap((u) => u.previousMissing);
    const description = [
      currentMissing.length > 0 ? `本报告 ${describeMissing(current, currentMissing)}` : "",
      previousMissing.length > 0 ? `${previous.meta.year} 年报告 ${describeMissing(previous, previousMissing)}` : "",
    ].filter(Boolean);
    findings.push({
      rule: first.rule,
      severity: "unchecked",
      table: first.table,
      row: rows.size === 1 ? [...rows][0] ?? ALL : ALL,
      column: columns.size === 1 ? [...columns][0] ?? ALL : ALL,
      expected: null,
      actual: null,
      message: `${ruleName}无法核对（${instances(unchecked.map((u) => u.instance), equations.length)}）：${description.join("；")}`,
      cells: [...currentMissing, ...previousMissing],
      lines: linesOf(current, currentMissing),
      relatedFile: step.previous.meta.source.file,
    });
  }
  return findings;
}

/** One unchecked finding for a step that cannot be compared at all. */
export function stepUnchecked(
  step: SeriesStep,
  rule: RuleId,
  table: TableId,
  row: string,
  column: string,
  message: string,
): CheckFinding {
  return {
    rule,
    severity: "unchecked",
    table,
    row,
    column,
    expected: null,
    actual: null,
    message,
    cells: [],
    lines: [],
    relatedFile: step.previous.meta.source.file,
  };
}

/** `缺少 2020 年报告` or `缺少 2020–2021 年报告`. */
export function gapMessage(step: SeriesStep): string {
  const first = step.missingYears[0];
  const last = step.missingYears[step.missingYears.length - 1];
  const years = first === last ? `${first}` : `${first}–${last}`;
  return `缺少 ${years} 年报告（上一份为 ${step.previous.meta.year} 年）`;
}

export function yearOf(report: ParsedReport): number {
  return report.meta.year ?? 0;
}
