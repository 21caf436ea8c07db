import { describe, expect, it } from "vitest";
import type { CheckFinding } from "../model";
import { displayWidth, formatFindingsTable, summariseFindings } from "./formatFindings";

const finding = (over: Partial<CheckFinding>): CheckFinding => ({
  rule: "outcome-sum",
  severity: "error",
  table: "applications",
  row: "totalProcessed",
  column: "total",
  expected: 4,
  actual: 3,
  message: "（七）总计 3 ≠ 各办理结果之和 4（总计）",
  cells: [],
  lines: [310, 316],
  ...over,
});

describe("displayWidth", () => {
  it("counts a CJK character as two columns", () => {
    expect(displayWidth("abc")).toBe(3);
    expect(displayWidth("宁波市")).toBe(6);
    expect(displayWidth("（七）")).toBe(6);
  });
});

describe("formatFindingsTable", () => {
  it("aligns columns by display width", () => {
    const text = formatFindingsTable([
      { file: "a.txt", agency: "宁波市鄞州区卫生健康局", year: 2021, finding: finding({}) },
      { file: "b.txt", agency: "X局", year: null, finding: finding({ rule: "group-total", severity: "unchecked", expected: null, actual: null, lines: [1, 2, 3, 4, 5] }) },
    ]);
    const lines = text.split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe(
      "outcome-sum  错误    宁波市鄞州区卫生健康局  2021  applications.totalProcessed.total  310,316    4     3     （七）总计 3 ≠ 各办理结果之和 4（总计）  a.txt",
    );
    expect(lines[2]).toBe(
      "group-total  未核对  X局                     —     applications.totalProcessed.total  1,2,3,4,…  —     —     （七）总计 3 ≠ 各办理结果之和 4（总计）  b.txt",
    );
    // Every row's file column starts at the same display column.
    const fileColumn = (line: string) => displayWidth(line.slice(0, line.lastIndexOf("  ") + 2));
    expect(new Set(lines.map(fileColumn)).size).toBe(1);
  });

  it("shows the related file of a cross-report finding", () => {
    const text = formatFindingsTable([{ file: "b.txt", agency: null, year: 2022, finding: finding({ rule: "carry-chain", relatedFile: "a.txt" }) }]);
    expect(text.split("\n")[1]).toContain("（未知机关）");
    expect(text.split("\n")[1]?.endsWith("b.txt ↔ a.txt")).toBe(true);
  });
});

describe("summariseFindings", () => {
  it("counts files and findings by rule and severity", () => {
    expect(
      summariseFindings({ files: 6, parsed: 5, failed: 1 }, [
        finding({}),
        finding({}),
        finding({ rule: "group-total", severity: "unchecked" }),
        finding({ severity: "warning" }),
      ]),
    ).toBe("6 files, 5 parsed, 1 failed; 4 findings: outcome-sum 2 error 1 warning, group-total 1 unchecked");
    expect(summariseFindings({ files: 0, parsed: 0, failed: 0 }, [])).toBe("0 files, 0 parsed, 0 failed; 0 findings");
  });
});
