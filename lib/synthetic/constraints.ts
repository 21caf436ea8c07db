// Every instance of the consistency rules (report-model.md) over a series of
// reports of one agency, each with the cells it reads. The generator's tests
// use it to show that clean reports hold every rule, and the error injector
// uses it to know exactly which rule instances a change breaks.
import type { Active2021, RuleId, TableId } from "../model";
import { cellValue } from "../model";
import type { SyntheticReport } from "./generateReport";
import { APPLICANT_COLUMNS, APPLICANT_PARTS, OUTCOME_PARTS, REVIEW_GROUPS, applicationRows, otherLayoutOf, outcomeRows } from "./rows";

/** A cell of one report of the series: `report` is its index. */
export interface CellRef {
  report: number;
  id: string;
}

export interface Constraint {
  rule: RuleId;
  /** The report the finding belongs to (for chains: the later year). */
  report: number;
  table: TableId;
  /**
   * Where a finding is reported: row-total → (row, "total"); outcome-sum →
   * ("totalProcessed", column); balance → ("carriedForward", column); group-total →
   * (group, "total"); carry-chain → ("carriedOver", column); in-force-chain → (row, "inForce").
   */
  row: string;
  column: string;
  /** Cells on each side of the equation: sum(left) must equal sum(right). */
  left: CellRef[];
  right: CellRef[];
}

export type ConstraintStatus = "holds" | "broken" | "unchecked";

const ref = (report: number, id: string): CellRef => ({ report, id });

export function seriesConstraints(reports: readonly SyntheticReport[]): Constraint[] {
  const out: Constraint[] = [];
  reports.forEach((report, i) => {
    out.push(...reportConstraints(report, i));
    const previous = i > 0 ? reports[i - 1] : undefined;
    if (!previous || previous.meta.year === null || report.meta.year !== previous.meta.year + 1) return;
    if (report.applications && previous.applications) {
      for (const column of APPLICANT_COLUMNS) {
        out.push({
          rule: "carry-chain",
          report: i,
          table: "applications",
          row: "carriedOver",
          column,
          left: [ref(i, `applications.carriedOver.${column}`)],
          right: [ref(i - 1, `applications.carriedForward.${column}`)],
        });
      }
    }
    if (report.meta.template === "2021" && previous.meta.template === "2021") {
      for (const row of ["regulations", "normativeDocuments"] as const) {
        if (!(report.active as Active2021 | undefined)?.[row] || !(previous.active as Active2021 | undefined)?.[row]) continue;
        out.push({
          rule: "in-force-chain",
          report: i,
          table: "active",
          row,
          column: "inForce",
          // inForce + repealed = last inForce + made, so that every side is a plain sum.
          left: [ref(i, `active.${row}.inForce`), ref(i, `active.${row}.repealed`)],
          right: [ref(i - 1, `active.${row}.inForce`), ref(i, `active.${row}.made`)],
        });
      }
    }
  });
  return out;
}

function reportConstraints(report: SyntheticReport, i: number): Constraint[] {
  const out: Constraint[] = [];
  const apps = report.applications;
  if (apps) {
    const layout = otherLayoutOf(apps);
    for (const row of applicationRows(layout)) {
      out.push({
        rule: "row-total",
        report: i,
        table: "applications",
        row,
        column: "total",
        left: [ref(i, `applications.${row}.total`)],
        right: APPLICANT_PARTS.map((c) => ref(i, `applications.${row}.${c}`)),
      });
    }
    for (const column of APPLICANT_COLUMNS) {
      const id = (row: string) => ref(i, `applications.${row}.${column}`);
      out.push({
        rule: "balance",
        report: i,
        table: "applications",
        row: "carriedForward",
        column,
        left: [id("newReceived"), id("carriedOver")],
        right: [id("totalProcessed"), id("carriedForward")],
      });
      out.push({
        rule: "outcome-sum",
        report: i,
        table: "applications",
        row: "totalProcessed",
        column,
        left: [id("totalProcessed")],
        right: outcomeRows(layout).map(id),
      });
    }
  }
  if (report.reviewLitigation) {
    for (const group of REVIEW_GROUPS) {
      out.push({
        rule: "group-total",
        report: i,
        table: "reviewLitigation",
        row: group,
        column: "total",
        left: [ref(i, `reviewLitigation.${group}.total`)],
        right: OUTCOME_PARTS.map((c) => ref(i, `reviewLitigation.${group}.${c}`)),
      });
    }
  }
  return out;
}

export function constraintStatus(constraint: Constraint, reports: readonly SyntheticReport[]): ConstraintStatus {
  const sum = (cells: CellRef[]) => {
    let total = 0;
    for (const cell of cells) {
      const report = reports[cell.report];
      const value = report ? cellValue(report, cell.id) : undefined;
      if (value === null || value === undefined) return null;
      total += value;
    }
    return total;
  };
  const left = sum(constraint.left);
  const right = sum(constraint.right);
  if (left === null || right === null) return "unchecked";
  return left === right ? "holds" : "broken";
}

export function constraintKey(c: Constraint): string {
  return `${c.report}|${c.rule}|${c.table}|${c.row}|${c.column}`;
}
