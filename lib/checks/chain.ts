// What the two chain rules share: comparing one cell of this year's report with
// cells of last year's, and saying why a step could not be compared.
import { cellValueAt, type CheckFinding, type ParsedReport, type RuleId, type TableId } from "../model";
import { ALL, describeMissing, idsOf, linesOf, type CellRef } from "./cells";
import type { SeriesStep } from "./agencySeries";
import { instances } from "./equation";

/** A chain instance: `actual` is read from this year's report, `expected` from both. Built once per rule. */
export interface ChainEquation {
  rule: RuleId;
  table: TableId;
  row: string;
  column: string;
  actual: readonly CellRef[];
  /** Cells of the previous report added up. */
  previous: readonly CellRef[];
  /** Cells of this report added to (sign 1) or taken from (sign -1) the previous report's. */
  currentTerms: readonly { cell: CellRef; sign: 1 | -1 }[];
  instance: string;
  message(actual: number, expected: number, parts: { previous: number; current: number[]; previousYear: number | null }): string;
}

type ChainOutcome = { kind: "holds" } | { kind: "error"; finding: CheckFinding } | { kind: "unchecked" };

// A step reads a few cells of two reports: they are read where they are, not through
// cellValues, which reads every cell of a report.

/** The sum of the report's cells, or null when any is blank or absent. */
function sumIn(report: ParsedReport, cells: readonly CellRef[]): number | null {
  let value = 0;
  for (const cell of cells) {
    const v = cellValueAt(report, cell);
    if (typeof v !== "number") return null;
    value += v;
  }
  return value;
}

function missingIn(report: ParsedReport, cells: readonly CellRef[]): CellRef[] {
  return cells.filter((cell) => typeof cellValueAt(report, cell) !== "number");
}

function evaluateChain(step: SeriesStep, eq: ChainEquation): ChainOutcome {
  const { current, previous } = step;
  const actual = sumIn(current, eq.actual);
  const prev = sumIn(previous, eq.previous);
  const terms = eq.currentTerms.map((t) => sumIn(current, [t.cell]));
  if (actual === null || prev === null || terms.includes(null)) return { kind: "unchecked" };
  const currentValues = eq.currentTerms.map((t, i) => t.sign * (terms[i] ?? 0));
  const expected = prev + currentValues.reduce((a, b) => a + b, 0);
  if (Math.abs(expected - actual) < 1e-6) return { kind: "holds" };
  const read = [...eq.actual, ...eq.currentTerms.map((t) => t.cell)];
  return {
    kind: "error",
    finding: {
      rule: eq.rule,
      severity: "error",
      table: eq.table,
      row: eq.row,
      column: eq.column,
      expected,
      actual,
      message: eq.message(actual, expected, { previous: prev, current: currentValues, previousYear: previous.meta.year }),
      cells: idsOf([...read, ...eq.previous]),
      // Only this report's lines: the previous report's cells are in relatedFile.
      lines: linesOf(current, read),
      relatedFile: previous.meta.source.file,
    },
  };
}

/** This report's blank or absent cells of an instance, then its terms'. */
function currentMissing(current: ParsedReport, eq: ChainEquation): CellRef[] {
  return [...missingIn(current, eq.actual), ...missingIn(current, eq.currentTerms.map((t) => t.cell))];
}

/** Errors per instance, unchecked instances merged into one finding. */
export function evaluateChainAll(step: SeriesStep, ruleName: string, equations: readonly ChainEquation[]): CheckFinding[] {
  const findings: CheckFinding[] = [];
  const unchecked: ChainEquation[] = [];
  const rows = new Set<string>();
  const columns = new Set<string>();
  for (const eq of equations) {
    const outcome = evaluateChain(step, eq);
    if (outcome.kind === "error") findings.push(outcome.finding);
    if (outcome.kind === "unchecked") {
      unchecked.push(eq);
      rows.add(eq.row);
      columns.add(eq.column);
    }
  }
  const [first] = equations;
  if (unchecked.length > 0 && first) {
    const { current, previous } = step;
    // Which cells are missing is only worked out for the instances that have some.
    const missingNow = unchecked.flatMap((eq) => currentMissing(current, eq));
    const missingBefore = unchecked.flatMap((eq) => missingIn(previous, eq.previous));
    const description = [
      missingNow.length > 0 ? `本报告 ${describeMissing(current, missingNow)}` : "",
      missingBefore.length > 0 ? `${previous.meta.year} 年报告 ${describeMissing(previous, missingBefore)}` : "",
    ].filter(Boolean);
    findings.push({
      rule: first.rule,
      severity: "unchecked",
      table: first.table,
      row: rows.size === 1 ? [...rows][0] ?? ALL : ALL,
      column: columns.size === 1 ? [...columns][0] ?? ALL : ALL,
      expected: null,
      actual: null,
      message: `${ruleName}无法核对（${instances(unchecked.map((eq) => eq.instance), equations.length)}）：${description.join("；")}`,
      cells: idsOf([...missingNow, ...missingBefore]),
      lines: linesOf(current, missingNow),
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
