// The shape shared by the table rules: one instance compares a printed value
// (`actual`, the sum of the `actual` cells) with what the other cells say it should
// be (`expected`, the sum of the `expected` cells). A blank or absent cell makes the
// instance `unchecked`, never a pass; a rule's unchecked instances are merged
// into one finding so that a blank column does not flood the list.
import type { CheckFinding, ParsedReport, RuleId, TableId } from "../model";
import { ALL, describeMissing, idsOf, linesOf, missingOf, sameNumber, sumOf, type CellRef, type CellValues } from "./cells";

export interface Equation {
  rule: RuleId;
  table: TableId;
  row: string;
  column: string;
  actual: readonly CellRef[];
  expected: readonly CellRef[];
  /** Names the instance in an unchecked message, e.g. `自然人`. */
  instance: string;
  /** The error message for a broken instance. */
  message(actual: number, expected: number): string;
}

function errorFinding(report: ParsedReport, eq: Equation, actual: number, expected: number): CheckFinding {
  const cells = [...eq.actual, ...eq.expected];
  return {
    rule: eq.rule,
    table: eq.table,
    row: eq.row,
    column: eq.column,
    severity: "error",
    expected,
    actual,
    message: eq.message(actual, expected),
    cells: idsOf(cells),
    lines: linesOf(report, cells),
  };
}

/**
 * Evaluates every instance of a rule and merges its unchecked instances into one
 * finding (row or column becomes `*` where they differ); `cells` of an
 * unchecked finding are the blank or absent cells of either side.
 */
export function evaluateAll(report: ParsedReport, values: CellValues, ruleName: string, equations: readonly Equation[]): CheckFinding[] {
  const errors: CheckFinding[] = [];
  const unchecked: Equation[] = [];
  for (const eq of equations) {
    const actual = sumOf(values, eq.actual);
    const expected = sumOf(values, eq.expected);
    if (actual === null || expected === null) unchecked.push(eq);
    else if (!sameNumber(actual, expected)) errors.push(errorFinding(report, eq, actual, expected));
  }
  const [first] = unchecked;
  if (!first) return errors;
  // Which cells are missing is only worked out for the instances that have some.
  const missing = unchecked.flatMap((eq) => [...missingOf(values, eq.actual), ...missingOf(values, eq.expected)]);
  const same = (key: "row" | "column") => unchecked.every((eq) => eq[key] === first[key]);
  const merged: CheckFinding = {
    rule: first.rule,
    table: first.table,
    row: same("row") ? first.row : ALL,
    column: same("column") ? first.column : ALL,
    severity: "unchecked",
    expected: null,
    actual: null,
    message: `${ruleName}无法核对（${instances(unchecked.map((eq) => eq.instance), equations.length)}）：${describeMissing(report, missing)}`,
    cells: idsOf(missing),
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
