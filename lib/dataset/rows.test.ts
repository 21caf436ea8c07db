import { describe, expect, it } from "vitest";
import { CELLS, SCHEMA_VERSION, type ParsedReport } from "../model";
import { checkRow, diagnosticRow, forEachPrintedCell, identityOf, reportRow } from "./rows";
import { CHECK_COLUMNS, DIAGNOSTIC_COLUMNS, REPORT_COLUMNS } from "./tables";

function report(overrides: Partial<ParsedReport> = {}): ParsedReport {
  return {
    schemaVersion: SCHEMA_VERSION,
    meta: {
      agency: "某市某局",
      agencySource: "title",
      year: 2021,
      template: "2021",
      region: { province: "浙江省", city: null, county: null, code: null },
      source: { file: "data/reports/x.txt", format: "text", sha256: "ab" },
      synthetic: false,
    },
    active: { punishment: { decisions: 1315 }, fees: { amount: 3568.64 } },
    applications: { granted: { naturalPerson: 1, commercial: null, research: 0, nonprofit: 0, legalServices: 0, otherOrg: 0, total: 1 } },
    provenance: { "active.punishment.decisions": { raw: "1315", line: 40 }, "active.fees.amount": { raw: "3568.64（万元）", line: 44 } },
    diagnostics: [{ code: "x", severity: "warning", message: "m", line: 3 }],
    checks: [],
    ...overrides,
  };
}

describe("reportRow", () => {
  it("has one value per reports column, NULL for blank and absent cells", () => {
    const row = reportRow(report(), "id1");
    expect(row).toHaveLength(REPORT_COLUMNS.length);
    const value = (name: string) => row[REPORT_COLUMNS.findIndex((c) => c.name === name)];
    expect(value("report_id")).toBe("id1");
    expect(value("diagnostics")).toBe(1);
    expect(value("active_punishment_decisions")).toBe(1315);
    expect(value("active_fees_amount")).toBe(3568.64);
    expect(value("applications_granted_commercial")).toBeNull();
    expect(value("applications_granted_research")).toBe(0);
    expect(value("applications_newReceived_total")).toBeNull();
  });

  it("refuses a non-integer count, naming the file and cell", () => {
    const bad = report({ active: { punishment: { decisions: 1.5 } } });
    expect(() => reportRow(bad, "id1")).toThrow("data/reports/x.txt: count cell active.punishment.decisions holds 1.5");
  });
});

describe("forEachPrintedCell", () => {
  it("visits each printed cell once in catalogue order, blank cells included, with raw text and line", () => {
    const visited: [string, number | null, string | null, number | null][] = [];
    const indexes: number[] = [];
    forEachPrintedCell(report(), (index, value, raw, line) => {
      indexes.push(index);
      visited.push([CELLS[index]!.id, value, raw, line]);
    });
    expect(visited).toHaveLength(2 + 7);
    expect(visited[0]).toEqual(["active.punishment.decisions", 1315, "1315", 40]);
    expect(visited.find((v) => v[0] === "applications.granted.commercial")).toEqual(["applications.granted.commercial", null, null, null]);
    expect(indexes).toEqual([...new Set(indexes)].sort((a, b) => a - b));
  });

  it("refuses a non-integer count, naming the file and cell", () => {
    const bad = report({ active: { punishment: { decisions: 1.5 } } });
    expect(() => forEachPrintedCell(bad, () => {})).toThrow("data/reports/x.txt: count cell active.punishment.decisions holds 1.5");
  });
});

describe("checkRow", () => {
  it("joins cells and lines and keeps the related file", () => {
    const row = checkRow(identityOf(report(), "id1"), {
      rule: "carry-chain",
      severity: "error",
      table: "applications",
      row: "carriedOver",
      column: "total",
      expected: 4,
      actual: 3,
      message: "m",
      cells: ["applications.carriedOver.total", "applications.carriedForward.total"],
      lines: [10, 20],
      relatedFile: "data/reports/y.txt",
    });
    expect(row).toHaveLength(CHECK_COLUMNS.length);
    expect(row).toEqual([
      "id1", "data/reports/x.txt", "某市某局", 2021, "carry-chain", "error", "applications", "carriedOver", "total", 4, 3, "m",
      "applications.carriedOver.total,applications.carriedForward.total", "10,20", "data/reports/y.txt",
    ]);
  });
});

describe("diagnosticRow", () => {
  it("has one value per diagnostics column, NULL where the diagnostic names no table, row or column", () => {
    const owner = identityOf(report(), "id1");
    const cell = diagnosticRow(owner, {
      code: "non-numeric-cell",
      severity: "warning",
      message: 'active.punishment.decisions: "一千三百" is not a number; read as blank (null)',
      line: 51,
      table: "active",
      row: "punishment",
      column: "decisions",
    });
    expect(cell).toHaveLength(DIAGNOSTIC_COLUMNS.length);
    expect(cell).toEqual([
      "id1", "data/reports/x.txt", "某市某局", 2021, "non-numeric-cell", "warning", "active", "punishment", "decisions", 51,
      'active.punishment.decisions: "一千三百" is not a number; read as blank (null)',
    ]);
    const report_ = diagnosticRow(owner, { code: "agency-inferred", severity: "warning", message: "m", line: null });
    expect(report_).toEqual(["id1", "data/reports/x.txt", "某市某局", 2021, "agency-inferred", "warning", null, null, null, null, "m"]);
  });
});
