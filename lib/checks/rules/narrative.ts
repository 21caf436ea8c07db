// The narrative against the tables, as warnings: a narrative can be loosely
// worded, so these never count as errors.
// - narrative-mismatch: a number the narrative states for the report's own year
//   (新收申请 N 件, 行政复议 N 件, 行政诉讼 N 件; 未收到…申请 = 0) differs from the
//   table. `expected` = the narrative's number, `actual` = the table's value.
//   A statement dated another year, comparing periods, or whose cells are blank
//   is not compared.
// - narrative-year: a sentence that states the report's statistics under a
//   year other than meta.year (a report copied from last year's and not
//   updated). `expected` = meta.year, `actual` = the sentence's year.
import type { CheckFinding, NarrativeLine, TableId } from "../../model";
import { cellRef, cellValues, formatNumber, idsOf, linesOf, sameNumber, sumOf, type CellRef } from "../cells";
import { narrativeStatements, type NarrativeStatement, type StatementKind } from "../narrativeStatements";
import type { ReportRule } from "../rule";

interface Target {
  table: TableId;
  row: string;
  cells: CellRef[];
  label: string;
}

const TARGETS: Record<Exclude<StatementKind, "active">, Target> = {
  newReceived: {
    table: "applications",
    row: "newReceived",
    cells: [cellRef("applications", "newReceived", "total")],
    label: "表三 一、本年新收政府信息公开申请数量（总计）",
  },
  review: {
    table: "reviewLitigation",
    row: "review",
    cells: [cellRef("reviewLitigation", "review", "total")],
    label: "表四 行政复议（总计）",
  },
  litigation: {
    table: "reviewLitigation",
    row: "litigationDirect+litigationAfterReview",
    cells: [cellRef("reviewLitigation", "litigationDirect", "total"), cellRef("reviewLitigation", "litigationAfterReview", "total")],
    label: "表四 行政诉讼（未经复议直接起诉+复议后起诉，总计）",
  },
};

const STATED: Record<Exclude<StatementKind, "active">, string> = {
  newReceived: "新收政府信息公开申请",
  review: "行政复议",
  litigation: "行政诉讼",
};

// Both rules read the same narrative's statements: find them once per narrative.
const statementsCache = new WeakMap<readonly NarrativeLine[], NarrativeStatement[]>();

function statementsOf(narrative: readonly NarrativeLine[]): NarrativeStatement[] {
  let statements = statementsCache.get(narrative);
  if (!statements) {
    statements = narrativeStatements(narrative);
    statementsCache.set(narrative, statements);
  }
  return statements;
}

const TABLE_OF: Record<StatementKind, TableId> = {
  newReceived: "applications",
  review: "reviewLitigation",
  litigation: "reviewLitigation",
  active: "active",
};

export const narrativeMismatchRule: ReportRule = {
  id: "narrative-mismatch",
  check(report, narrative, values = cellValues(report)) {
    const findings: CheckFinding[] = [];
    const seen = new Set<string>();
    for (const s of statementsOf(narrative)) {
      if (s.kind === "active" || s.comparative) continue;
      if (s.year !== null && s.year !== report.meta.year) continue;
      const target = TARGETS[s.kind];
      const table = sumOf(values, target.cells);
      if (table === null || sameNumber(table, s.value)) continue;
      const key = `${s.kind}|${s.value}|${s.line}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push({
        rule: "narrative-mismatch",
        severity: "warning",
        table: target.table,
        row: target.row,
        column: "total",
        expected: s.value,
        actual: table,
        message: `正文称${STATED[s.kind]} ${formatNumber(s.value)} 件，${target.label}为 ${formatNumber(table)}`,
        cells: idsOf(target.cells),
        lines: withLine(linesOf(report, target.cells), s.line),
      });
    }
    return findings;
  },
};

export const narrativeYearRule: ReportRule = {
  id: "narrative-year",
  check(report, narrative) {
    const year = report.meta.year;
    if (year === null) return [];
    const findings: CheckFinding[] = [];
    const flagged = new Set<string>();
    for (const s of statementsOf(narrative)) {
      if (s.year === null || s.year === year || s.comparative) continue;
      const key = `${s.line}|${s.sentence}`;
      if (flagged.has(key)) continue;
      flagged.add(key);
      findings.push(yearFinding(s, year));
    }
    return findings;
  },
};

function yearFinding(s: NarrativeStatement, year: number): CheckFinding {
  const where = s.line === null ? "正文" : `正文第 ${s.line} 行`;
  return {
    rule: "narrative-year",
    severity: "warning",
    table: TABLE_OF[s.kind],
    row: "narrative",
    column: "year",
    expected: year,
    actual: s.year,
    message: `${where}以 ${s.year} 年陈述本年数据（“${excerpt(s.sentence)}”），报告年度为 ${year}`,
    cells: [],
    lines: withLine([], s.line),
  };
}

function excerpt(sentence: string): string {
  return sentence.length > 40 ? `${sentence.slice(0, 40)}…` : sentence;
}

function withLine(lines: number[], line: number | null): number[] {
  return line === null ? lines : [...new Set([...lines, line])].sort((a, b) => a - b);
}
