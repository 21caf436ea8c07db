// Corrupts numbers so that known consistency rules break, for the checks'
// precision/recall tests. A change to one cell always touches two rules (a
// table-三 cell sits in its row's total and in its column's balance or outcome
// sum), so each injection moves an amount between two cells that share every
// rule but the one it targets:
// - row-total:   same column, two rows on the same side of the column's rule
//                (two outcome rows, or 本年新收 and 上年结转) → the two rows' totals break;
// - balance:     same row (本年新收/上年结转/结转下年度), two columns → the two columns' balance breaks;
// - outcome-sum: same outcome row, two columns → the two columns' outcome sum breaks;
// - group-total: a table-四 total or part changes → that group's total breaks;
// - carry-chain: 上年结转 changes together with （七）总计 and one outcome row, so
//                the report stays consistent but no longer matches last year's 结转下年度;
// - in-force-chain: 本年制发 changes, so last year's 现行有效 + 制发 − 废止 ≠ this year's.
// The set of broken rule instances is not assumed but computed by evaluating
// every rule before and after (constraints.ts); a candidate that would break
// any other rule, touch a blank cell, or touch a rule an earlier injection
// touched is discarded, so `breaks` is exactly what the checks must report.
import type { RuleId, TableId } from "../model";
import { cellValue } from "../model";
import { constraintKey, constraintStatus, seriesConstraints, type Constraint } from "./constraints";
import type { SyntheticReport } from "./generateReport";
import { createRandom, type Random } from "./random";
import { APPLICANT_PARTS, OUTCOME_COLUMNS, REVIEW_GROUPS, otherLayoutOf, outcomeRows } from "./rows";

export interface CellChange {
  /** Index of the report in the series (0 for a single report). */
  report: number;
  cell: string;
  from: number;
  to: number;
}

/** One rule instance that the checks must report as an error after the injection. */
export interface ExpectedFinding {
  rule: RuleId;
  report: number;
  table: TableId;
  row: string;
  column: string;
  /** Every cell id the rule reads (for chains, cells of two reports). */
  cells: string[];
}

export interface InjectedError {
  rule: RuleId;
  report: number;
  table: TableId;
  row: string;
  column: string;
  changes: CellChange[];
  breaks: ExpectedFinding[];
}

export interface InjectOptions {
  /** Probability of an injection per rule per report. */
  rate: number;
  seed: number;
}

const RULES: RuleId[] = ["balance", "row-total", "outcome-sum", "group-total", "carry-chain", "in-force-chain"];
const ATTEMPTS = 24;

export function injectErrors(report: SyntheticReport, options: InjectOptions): { report: SyntheticReport; injected: InjectedError[] } {
  const { reports, injected } = injectSeriesErrors([report], options);
  return { report: reports[0] ?? report, injected };
}

export function injectSeriesErrors(
  series: readonly SyntheticReport[],
  options: InjectOptions,
): { reports: SyntheticReport[]; injected: InjectedError[] } {
  const random = createRandom(options.seed);
  const reports = structuredClone(series) as SyntheticReport[];
  const constraints = seriesConstraints(reports);
  const byCell = new Map<string, Constraint[]>();
  for (const c of constraints) {
    for (const cell of [...c.left, ...c.right]) {
      const key = `${cell.report}|${cell.id}`;
      byCell.set(key, [...(byCell.get(key) ?? []), c]);
    }
  }
  const used = new Set<string>();
  const injected: InjectedError[] = [];

  reports.forEach((_, index) => {
    for (const rule of RULES) {
      if (!random.chance(options.rate)) continue;
      for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
        const deltas = candidate(rule, reports, index, random);
        const result = deltas && tryApply(rule, deltas);
        if (result) {
          injected.push(result);
          break;
        }
      }
    }
  });
  return { reports, injected };

  function tryApply(rule: RuleId, deltas: Delta[]): InjectedError | null {
    const changes: CellChange[] = [];
    for (const d of deltas) {
      const from = cellValue(reports[d.report] ?? {}, d.id);
      if (typeof from !== "number" || from + d.delta < 0) return null;
      changes.push({ report: d.report, cell: d.id, from, to: from + d.delta });
    }
    const touched = new Map<string, Constraint>();
    for (const change of changes) {
      for (const c of byCell.get(`${change.report}|${change.cell}`) ?? []) touched.set(constraintKey(c), c);
    }
    for (const [key, c] of touched) {
      if (used.has(key) || constraintStatus(c, reports) !== "holds") return null;
    }
    for (const change of changes) setCell(reports, change.report, change.cell, change.to);
    const broken = [...touched.values()].filter((c) => constraintStatus(c, reports) === "broken");
    if (broken.length === 0 || broken.some((c) => c.rule !== rule)) {
      for (const change of changes) setCell(reports, change.report, change.cell, change.from);
      return null;
    }
    for (const key of touched.keys()) used.add(key);
    const [first] = changes;
    const [, row = "", column = ""] = (first?.cell ?? "").split(".");
    return {
      rule,
      report: first?.report ?? 0,
      table: (first?.cell.split(".")[0] ?? "applications") as TableId,
      row,
      column,
      changes,
      breaks: broken.map((c) => ({
        rule: c.rule,
        report: c.report,
        table: c.table,
        row: c.row,
        column: c.column,
        cells: [...c.left, ...c.right].map((cell) => cell.id),
      })),
    };
  }
}

interface Delta {
  report: number;
  id: string;
  delta: number;
}

function candidate(rule: RuleId, reports: SyntheticReport[], i: number, random: Random): Delta[] | null {
  const report = reports[i];
  const apps = report?.applications;
  const d = random.int(1, 3);
  const at = (row: string, column: string, delta: number, table = "applications", index = i): Delta => ({
    report: index,
    id: `${table}.${row}.${column}`,
    delta,
  });
  const twoParts = () => {
    const a = random.pick(APPLICANT_PARTS);
    const b = random.pick(APPLICANT_PARTS.filter((c) => c !== a));
    return [a, b] as const;
  };
  switch (rule) {
    case "row-total": {
      if (!apps) return null;
      const column = random.pick(APPLICANT_PARTS);
      const outcomes = outcomeRows(otherLayoutOf(apps));
      const [r1, r2] = random.chance(0.8)
        ? [random.pick(outcomes), random.pick(outcomes)]
        : random.chance(0.5)
          ? ["newReceived", "carriedOver"]
          : ["carriedOver", "newReceived"];
      if (r1 === r2) return null;
      return [at(r1, column, d), at(r2, column, -d)];
    }
    case "balance": {
      if (!apps) return null;
      const row = random.pick(["newReceived", "carriedOver", "carriedForward"]);
      const [a, b] = twoParts();
      return [at(row, a, d), at(row, b, -d)];
    }
    case "outcome-sum": {
      if (!apps) return null;
      const row = random.pick(outcomeRows(otherLayoutOf(apps)));
      const [a, b] = twoParts();
      return [at(row, a, d), at(row, b, -d)];
    }
    case "group-total": {
      if (!report?.reviewLitigation) return null;
      const group = random.pick(REVIEW_GROUPS);
      return [at(group, random.pick(OUTCOME_COLUMNS), random.chance(0.5) ? d : -d, "reviewLitigation")];
    }
    case "carry-chain": {
      if (!apps || i === 0) return null;
      const row = random.pick(outcomeRows(otherLayoutOf(apps)));
      if (random.chance(0.5)) {
        const [a, b] = twoParts();
        return ["carriedOver", "totalProcessed", row].flatMap((r) => [at(r, a, d), at(r, b, -d)]);
      }
      const a = random.pick(APPLICANT_PARTS);
      return ["carriedOver", "totalProcessed", row].flatMap((r) => [at(r, a, d), at(r, "total", d)]);
    }
    case "in-force-chain": {
      if (i === 0 || report?.meta.template !== "2021") return null;
      return [at(random.pick(["regulations", "normativeDocuments"]), "made", d, "active")];
    }
    default:
      return null;
  }
}

function setCell(reports: SyntheticReport[], index: number, id: string, value: number): void {
  const [table, row, field] = id.split(".") as [string, string, string];
  const report = reports[index] as unknown as Record<string, Record<string, Record<string, number | null>>> | undefined;
  const target = report?.[table]?.[row];
  if (!target || !(field in target)) throw new Error(`injectErrors: report ${index} has no cell ${id}`);
  target[field] = value;
}
