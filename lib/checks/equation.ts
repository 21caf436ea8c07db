// The shape shared by the table rules: one instance compares a printed value
// (`actual`, the sum of `actualIds`) with what the other cells say it should be
// (`expected`, the sum of `expectedIds`). A blank or absent cell makes the
// instance `unchecked`, never a pass; a rule's unchecked instances are merged
// into one finding so that a blank column does not flood the list.
import type { CheckFinding, ParsedReport, RuleId, TableId } from "../model";
import { ALL, describeMissing, linesOf, sameNumber, sumCells } from "./cells";

export interface Equation {
  rule: RuleId;
  table: TableId;
  row: string;
  column: string;
  actualIds: string[];
  expectedIds: string[];
  /** Names the instance in an unchecked message, e.g. `自然人`. */
  instance: string;
  /** The error message for a broken instance. */
  message(actual: number, expected: number): string;
}

export function evaluateEquation(report: ParsedReport, eq: Equation): CheckFinding | null {
  const actual = sumCells(report, eq.actualIds);
  const expected = sumCells(report, eq.expectedIds);
  const base = { rule: eq.rule, table: eq.table, row: eq.row, column: eq.column };
  if (actual.value === null || expected.value === null) {
    const missing = [...actual.missing, ...expected.missing];
    return {
      ...base,
      severity: "unchecked",
      expected: null,
      actual: null,
      message: `无法核对（${eq.instance}）：${describeMissing(report, missing)}`,
      cells: missing,
      lines: linesOf(report, missing),
    };
  }
  if (sameNumber(actual.value, expected.value)) return null;
  const cells = [...eq.actualIds, ...eq.expectedIds];
  return {
    ...base,
    severity: "error",
    expected: expected.value,
    actual: actual.value,
    message: eq.message(actual.value, expected.value),
    cells,
    lines: linesOf(report, cells),
  };
}

/**
 * Evaluates every instance of a rule and merges its unchecked instances into one
 * finding (row or column becomes `*` where they differ); `cells` of an
 * unchecked finding are the blank or absent cells.
 */
export function evaluateAll(report: ParsedReport, ruleName: string, equations: readonly Equation[]): CheckFinding[] {
  const errors: CheckFinding[] = [];
  const unchecked: { eq: Equation; finding: CheckFinding }[] = [];
  for (const eq of equations) {
    const finding = evaluateEquation(report, eq);
    if (!finding) continue;
    if (finding.severity === "unchecked") unchecked.push({ eq, finding });
    else errors.push(finding);
  }
  const [first] = unchecked;
  if (!first) return errors;
  const missing = unchecked.flatMap(({ finding }) => finding.cells);
  const same = (key: "row" | "column") => unchecked.every(({ eq }) => eq[key] === first.eq[key]);
  const merged: CheckFinding = {
    ...first.finding,
    row: same("row") ? first.eq.row : ALL,
    column: same("column") ? first.eq.column : ALL,
    message: `${ruleName}无法核对（${instances(unchecked.map(({ eq }) => eq.instance), equations.length)}）：${describeMissing(report, missing)}`,
    cells: missing,
    lines: linesOf(report, missing),
  };
  return [...errors, merged];
}

/** The one finding for a rule whose whole table is missing. */
export function tableMissing(rule: RuleId, table: TableId, row: string, column: string, message: string): CheckFinding {
  return { rule, severity: "unchecked", table, row, column, expected: null, actual: null, message, cells: [], lines: [] };
}

/** The unchecked instances by name, or `全部 N 项` when none could be checked. */
export function instances(names: readonly string[], of: number): string {
  return names.length === of && of > 2 ? `全部 ${of} 项` : names.join("、");
}
