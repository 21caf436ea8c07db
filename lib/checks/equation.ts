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

/** Both sides of an instance, summed; `missing` lists the blank or absent cells of either side. */
interface Sides {
  actual: number | null;
  expected: number | null;
  missing: string[];
}

function sides(report: ParsedReport, eq: Equation): Sides {
  const actual = sumCells(report, eq.actualIds);
  const expected = sumCells(report, eq.expectedIds);
  const missing = actual.missing.length + expected.missing.length === 0 ? actual.missing : [...actual.missing, ...expected.missing];
  return { actual: actual.value, expected: expected.value, missing };
}

function errorFinding(report: ParsedReport, eq: Equation, actual: number, expected: number): CheckFinding {
  const cells = [...eq.actualIds, ...eq.expectedIds];
  return {
    rule: eq.rule,
    table: eq.table,
    row: eq.row,
    column: eq.column,
    severity: "error",
    expected,
    actual,
    message: eq.message(actual, expected),
    cells,
    lines: linesOf(report, cells),
  };
}

export function evaluateEquation(report: ParsedReport, eq: Equation): CheckFinding | null {
  const s = sides(report, eq);
  if (s.actual === null || s.expected === null) {
    return {
      rule: eq.rule,
      table: eq.table,
      row: eq.row,
      column: eq.column,
      severity: "unchecked",
      expected: null,
      actual: null,
      message: `无法核对（${eq.instance}）：${describeMissing(report, s.missing)}`,
      cells: s.missing,
      lines: linesOf(report, s.missing),
    };
  }
  if (sameNumber(s.actual, s.expected)) return null;
  return errorFinding(report, eq, s.actual, s.expected);
}

/**
 * Evaluates every instance of a rule and merges its unchecked instances into one
 * finding (row or column becomes `*` where they differ); `cells` of an
 * unchecked finding are the blank or absent cells.
 */
export function evaluateAll(report: ParsedReport, ruleName: string, equations: readonly Equation[]): CheckFinding[] {
  const errors: CheckFinding[] = [];
  // Unchecked instances are only described once, merged: a per-instance message would be thrown away.
  const unchecked: { eq: Equation; missing: string[] }[] = [];
  for (const eq of equations) {
    const s = sides(report, eq);
    if (s.actual === null || s.expected === null) unchecked.push({ eq, missing: s.missing });
    else if (!sameNumber(s.actual, s.expected)) errors.push(errorFinding(report, eq, s.actual, s.expected));
  }
  const [first] = unchecked;
  if (!first) return errors;
  const missing = unchecked.flatMap((u) => u.missing);
  const same = (key: "row" | "column") => unchecked.every(({ eq }) => eq[key] === first.eq[key]);
  const merged: CheckFinding = {
    rule: first.eq.rule,
    table: first.eq.table,
    row: same("row") ? first.eq.row : ALL,
    column: same("column") ? first.eq.column : ALL,
    severity: "unchecked",
    expected: null,
    actual: null,
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
