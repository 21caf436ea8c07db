import { describe, expect, it } from "vitest";
import type { NarrativeLine } from "../../model";
import { narrativeStatements } from "../narrativeStatements";
import { buildReport, consistentApplications, consistentReviewLitigation } from "../testing/buildReport";
import { narrativeMismatchRule, narrativeYearRule } from "./narrative";

// newReceived.total 3, review.total 2, litigation totals 1 + 0.
const report = buildReport({
  meta: { year: 2021 },
  applications: consistentApplications(),
  reviewLitigation: consistentReviewLitigation(),
  lines: { newReceived: { line: 40, stride: 0 }, review: { line: 80, stride: 0 } },
});
const lines = (...texts: string[]): NarrativeLine[] => texts.map((text, i) => ({ text, line: i + 1 }));
const mismatch = (...texts: string[]) => narrativeMismatchRule.check(report, lines(...texts));
const year = (...texts: string[]) => narrativeYearRule.check(report, lines(...texts));

describe("narrativeStatements", () => {
  it("reads the numbers the narrative ties to table cells", () => {
    const found = narrativeStatements(
      lines(
        "2021年，共收到政府信息公开申请 15 件，其中当面申请2件。",
        "因政府信息公开被申请行政复议1件，提起行政诉讼2起。",
        "2021年我局未收到依申请公开事项。",
        "截止 2021 年 12 月 31 日，主动公开各类政府信息 210 条",
      ),
    );
    expect(found.map((s) => [s.kind, s.value, s.year, s.line])).toEqual([
      ["newReceived", 15, 2021, 1],
      ["review", 1, null, 2],
      ["litigation", 2, null, 2],
      ["newReceived", 0, 2021, 3],
      ["active", 210, 2021, 4],
    ]);
  });

  it("does not read numbers it cannot tie to a cell", () => {
    expect(
      narrativeStatements(
        lines(
          "2021年，我局共收到人大代表建议8件和政协委员提案20件。",
          "我局未收到因政府信息公开申请引起的行政复议。",
          "行政复议纠错1件，行政复议、行政诉讼共2件。",
          "依据《2020年政府信息公开工作要点》开展工作，登记企业申报信息207件。",
          "行政复议 0 0 0 0 0",
        ),
      ),
    ).toEqual([]);
  });
});

describe("narrative-mismatch", () => {
  it("warns when the narrative's 新收申请 differs from table 三", () => {
    expect(mismatch("2021年，我局共受理政府信息公开申请5件。")).toEqual([
      {
        rule: "narrative-mismatch",
        severity: "warning",
        table: "applications",
        row: "newReceived",
        column: "total",
        expected: 5,
        actual: 3,
        message: "正文称新收政府信息公开申请 5 件，表三 一、本年新收政府信息公开申请数量（总计）为 3",
        cells: ["applications.newReceived.total"],
        lines: [1, 40],
      },
    ]);
  });

  it("reads 未收到…申请 as 0", () => {
    expect(mismatch("本年度未收到政府信息公开申请。").map((f) => [f.expected, f.actual])).toEqual([[0, 3]]);
  });

  it("compares 行政复议 and 行政诉讼 with table 四", () => {
    const findings = mismatch("发生行政复议3件，行政诉讼1件。", "行政诉讼案件共4件。");
    expect(findings.map((f) => [f.row, f.expected, f.actual, f.lines])).toEqual([
      ["review", 3, 2, [1, 80]],
      ["litigationDirect+litigationAfterReview", 4, 1, [2]],
    ]);
  });

  it("stays quiet when the narrative agrees", () => {
    expect(mismatch("2021年，我局收到依申请公开3条，行政复议2件，行政诉讼1件。")).toEqual([]);
  });

  it("does not compare a statement dated another year or comparing periods", () => {
    expect(mismatch("2020年，我局收到依申请公开8件。", "收到申请数量较上年减少2件。", "共收到申请5件（含上年结转2件）。")).toEqual(
      [],
    );
  });

  it("does not compare with a blank table cell", () => {
    const blank = buildReport({ applications: { ...consistentApplications(), newReceived: [2, 1, 0, 0, 0, 0, null] } });
    expect(narrativeMismatchRule.check(blank, lines("共收到政府信息公开申请5件。"))).toEqual([]);
  });
});

describe("narrative-year", () => {
  it("warns when the report's statistics are stated under another year", () => {
    expect(year("2020年，我单位接到依申请公开3条，均及时办结。")).toEqual([
      {
        rule: "narrative-year",
        severity: "warning",
        table: "applications",
        row: "narrative",
        column: "year",
        expected: 2021,
        actual: 2020,
        message: "正文第 1 行以 2020 年陈述本年数据（“2020年，我单位接到依申请公开3条，均及时办结”），报告年度为 2021",
        cells: [],
        lines: [1],
      },
    ]);
  });

  it("ignores years in sentences without statistics, comparisons and document titles", () => {
    expect(
      year(
        "2022年，我局将进一步做好政务公开工作。",
        "2021年主动公开信息300条，较2020年主动公开信息增加20条。",
        "根据《2020年政务公开工作要点》，2021年我局收到申请3件。",
        "2019年以来累计主动公开政府信息1000条。",
        "2021年共发布600余条资讯。",
      ),
    ).toEqual([]);
  });

  it("does not take the year a figure is compared with for the figure's year", () => {
    expect(
      year(
        "2021年，全县共主动公开政府信息8,412条，较2020年增长15%；共收到申请190件。",
        "2021年，与2020年相比，共收到申请增加，行政复议2件。",
        "2021年比2020年同期多收到申请3件。",
      ),
    ).toEqual([]);
    expect(year("较2021年，2020年共收到申请3件。").map((f) => f.actual)).toEqual([2020]);
  });
});
