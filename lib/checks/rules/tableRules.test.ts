import { describe, expect, it } from "vitest";
import { checkReport } from "../index";
import { buildReport, consistentApplications, consistentReviewLitigation, ZERO_7, type Values } from "../testing/buildReport";
import { balanceRule } from "./balance";
import { countValueRule } from "./countValue";
import { groupTotalRule } from "./groupTotal";
import { outcomeSumRule } from "./outcomeSum";
import { rowTotalRule } from "./rowTotal";

function withRows(change: Record<string, Values | undefined>) {
  const applications = { ...consistentApplications(), ...change };
  for (const [row, values] of Object.entries(change)) if (values === undefined) delete applications[row];
  return buildReport({ applications: applications as Record<string, Values>, reviewLitigation: consistentReviewLitigation() });
}

describe("a consistent report", () => {
  it("has no findings at all", () => {
    expect(checkReport(withRows({}))).toEqual([]);
  });
});

describe("balance", () => {
  it("reports a column whose 第一项+第二项 differs from 第三项+第四项", () => {
    const report = withRows({ carriedForward: [2, 0, 0, 0, 0, 0, 2] });
    expect(balanceRule.check(report, [])).toMatchObject([
      { rule: "balance", severity: "error", row: "carriedForward", column: "naturalPerson", expected: 3, actual: 4, message: "第一项+第二项 3 ≠ 第三项+第四项 4（自然人）" },
      { rule: "balance", severity: "error", row: "carriedForward", column: "total", expected: 4, actual: 5, message: "第一项+第二项 4 ≠ 第三项+第四项 5（总计）" },
    ]);
  });

  it("names the cells it read", () => {
    const [finding] = balanceRule.check(withRows({ carriedForward: [2, 0, 0, 0, 0, 0, 1] }), []);
    expect(finding?.cells).toEqual([
      "applications.totalProcessed.naturalPerson",
      "applications.carriedForward.naturalPerson",
      "applications.newReceived.naturalPerson",
      "applications.carriedOver.naturalPerson",
    ]);
  });

  it("is unchecked, not passed, for a column with a blank cell", () => {
    const report = withRows({ carriedOver: [1, 0, null, 0, 0, 0, 1] });
    expect(balanceRule.check(report, [])).toEqual([
      {
        rule: "balance",
        severity: "unchecked",
        table: "applications",
        row: "carriedForward",
        column: "research",
        expected: null,
        actual: null,
        message: "勾稽关系无法核对（科研机构）：二、上年结转政府信息公开申请数量（科研机构）空白",
        cells: ["applications.carriedOver.research"],
        lines: [],
      },
    ]);
  });

  it("merges blank columns into one unchecked finding and still reports errors elsewhere", () => {
    const report = withRows({ carriedOver: [2, 0, null, null, 0, 0, 1] });
    const findings = balanceRule.check(report, []);
    expect(findings.map((f) => [f.severity, f.column, f.message])).toEqual([
      ["error", "naturalPerson", "第一项+第二项 4 ≠ 第三项+第四项 3（自然人）"],
      ["unchecked", "*", "勾稽关系无法核对（科研机构、社会公益组织）：二、上年结转政府信息公开申请数量（科研机构、社会公益组织）空白"],
    ]);
  });

  it("names a missing row once", () => {
    const findings = balanceRule.check(withRows({ carriedForward: undefined }), []);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "unchecked", column: "*" });
    expect(findings[0]?.message).toBe(
      "勾稽关系无法核对（全部 7 项）：四、结转下年度继续办理 无此行",
    );
  });

  it("gives one unchecked finding per rule when table 三 is missing", () => {
    const findings = checkReport(buildReport({ reviewLitigation: consistentReviewLitigation() }));
    expect(findings.map((f) => [f.rule, f.severity, f.row, f.column, f.message])).toEqual([
      ["balance", "unchecked", "carriedForward", "*", "表三缺失，勾稽关系无法核对"],
      ["row-total", "unchecked", "*", "total", "表三缺失，行合计无法核对"],
      ["outcome-sum", "unchecked", "totalProcessed", "*", "表三缺失，办理结果合计无法核对"],
    ]);
  });
});

describe("row-total", () => {
  it("says once that a table printed without numbers is blank", () => {
    const blank = Object.fromEntries(Object.keys(consistentApplications()).map((row) => [row, [null, null, null, null, null, null, null]]));
    const findings = checkReport(buildReport({ applications: blank, reviewLitigation: consistentReviewLitigation() }));
    expect(findings.map((f) => f.message)).toEqual([
      "勾稽关系无法核对（全部 7 项）：4 行整行空白（（七）总计 等）",
      "行合计无法核对（全部 23 项）：23 行整行空白（一、本年新收政府信息公开申请数量 等）",
      "办理结果合计无法核对（全部 7 项）：20 行整行空白（（七）总计 等）",
    ]);
  });

  it("reports a row whose 总计 is not the sum of its six columns", () => {
    const report = withRows({ unavailableNotHeld: [1, 0, 0, 0, 0, 0, 0] });
    expect(rowTotalRule.check(report, [])).toMatchObject([
      {
        rule: "row-total",
        severity: "error",
        row: "unavailableNotHeld",
        column: "total",
        expected: 1,
        actual: 0,
        message: "（四）无法提供 1.本机关不掌握相关政府信息：总计 0 ≠ 各类申请人之和 1",
      },
    ]);
  });

  it("checks only the rows the report prints", () => {
    expect(rowTotalRule.check(withRows({ deniedQueryMatter: undefined }), [])).toEqual([]);
  });

  it("merges rows with blanks into one unchecked finding", () => {
    const report = withRows({ partiallyGranted: [0, null, 0, 0, 0, 0, 0], deniedStateSecret: [0, 0, 0, 0, 0, 0, null] });
    const findings = rowTotalRule.check(report, []);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "unchecked", row: "*", column: "total" });
    expect(findings[0]?.message).toBe(
      "行合计无法核对（（二）部分公开、（三）不予公开 1.属于国家秘密）：（二）部分公开（商业企业）空白；（三）不予公开 1.属于国家秘密（总计）空白",
    );
  });
});

describe("outcome-sum", () => {
  it("reports a column whose （七）总计 differs from the outcome rows", () => {
    const report = withRows({ totalProcessed: [3, 1, 0, 0, 0, 0, 4], carriedForward: [0, 0, 0, 0, 0, 0, 0] });
    expect(outcomeSumRule.check(report, [])).toMatchObject([
      { column: "naturalPerson", expected: 2, actual: 3, message: "（七）总计 3 ≠ 各办理结果之和 2（自然人）" },
      { column: "total", expected: 3, actual: 4, message: "（七）总计 4 ≠ 各办理结果之和 3（总计）" },
    ]);
  });

  it("sums the three （六） sub-rows in the split layout", () => {
    const split = {
      otherProcessing: undefined,
      otherOverdueCorrection: ZERO_7,
      otherOverdueFee: [0, 1, 0, 0, 0, 0, 1],
      otherMisc: ZERO_7,
    };
    const findings = outcomeSumRule.check(withRows(split), []);
    expect(findings.map((f) => [f.column, f.expected, f.actual])).toEqual([
      ["commercial", 2, 1],
      ["total", 4, 3],
    ]);
    expect(findings[0]?.cells).toContain("applications.otherOverdueFee.commercial");
    expect(findings[0]?.cells).not.toContain("applications.otherProcessing.commercial");
  });

  it("says so when a report prints （六） both ways", () => {
    const both = { otherOverdueCorrection: ZERO_7, otherOverdueFee: ZERO_7, otherMisc: ZERO_7 };
    expect(outcomeSumRule.check(withRows(both), [])).toMatchObject([
      {
        severity: "warning",
        row: "otherProcessing",
        column: "*",
        message: "（六）其他处理既有单行又有三个子行，已按三个子行核对（七）总计",
      },
    ]);
  });

  it("is unchecked when an outcome row is missing", () => {
    const findings = outcomeSumRule.check(withRows({ deniedQueryMatter: undefined }), []);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "unchecked", column: "*" });
    expect(findings[0]?.message).toContain("（三）不予公开 8.属于行政查询事项 无此行");
  });
});

describe("group-total", () => {
  it("reports a group whose 总计 differs from its four parts", () => {
    const report = buildReport({
      applications: consistentApplications(),
      reviewLitigation: { ...consistentReviewLitigation(), litigationAfterReview: [1, 0, 0, 0, 0] },
    });
    expect(groupTotalRule.check(report, [])).toMatchObject([
      {
        rule: "group-total",
        severity: "error",
        table: "reviewLitigation",
        row: "litigationAfterReview",
        column: "total",
        expected: 1,
        actual: 0,
        message: "复议后起诉：总计 0 ≠ 维持+纠正+其他+尚未审结 1",
      },
    ]);
  });

  it("gives one unchecked finding when table 四 is missing", () => {
    expect(groupTotalRule.check(buildReport({ applications: consistentApplications() }), [])).toMatchObject([
      { severity: "unchecked", row: "*", message: "表四缺失，复议诉讼合计无法核对" },
    ]);
  });
});

describe("count-value", () => {
  it("flags a count printed negative or fractional, keeping the printed value, and names its cell", () => {
    const report = withRows({ granted: [5, -1, 0, 0, 0, 0, 1.315] });
    expect(countValueRule.check(report, [])).toMatchObject([
      { rule: "count-value", severity: "error", row: "granted", column: "commercial", expected: null, actual: -1, cells: ["applications.granted.commercial"] },
      { rule: "count-value", severity: "error", row: "granted", column: "total", expected: null, actual: 1.315, cells: ["applications.granted.total"] },
    ]);
    expect(report.applications?.granted?.total).toBe(1.315);
  });
});
