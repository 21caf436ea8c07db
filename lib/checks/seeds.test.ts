// The five seed reports, built by hand from the sources
// (`sed 's/\t/→/g' /work/shared/seeds/FILE | cat -n`), and the findings they
// really contain, worked out by hand:
// - 000 (鄞州区卫生健康局 2021): 自然人 outcomes 予以公开 1 + 其他法律行政法规禁止公开 1
//   + 过程性信息 1 + 信访举报投诉 1 = 4 but （七）总计 3, and the same in 总计 → two
//   outcome-sum errors. Balance holds (3 + 0 = 3 + 0). Every row's total holds.
//   Narrative line 9 “2020年，我单位接到依申请公开3条” in a 2021 report → narrative-year.
// - 001 (临渭区卫生健康局 2021): all zeros; table 四's 行政复议 group is blank → one
//   unchecked group-total.
// - 002 (海盐县卫生健康局 2020, 2019 template): all zeros, nothing.
// - 003 (乐清市卫生健康局 2021): （四）1.本机关不掌握 is 1 0 0 0 0 0 0 → row-total
//   (expected 1, printed 0); the 总计 column's outcomes then sum to 0 against
//   （七）总计 1 → outcome-sum for 总计. 自然人 outcomes sum to 1 = （七） 1; balance holds.
// - 004 (慈溪市卫生健康局 2019, 2019 template): zeros; 行政复议 1 0 0 0 1 holds; the
//   narrative's 未收到…申请 (0) and 行政复议1件 agree with the tables.
import { describe, expect, it } from "vitest";
import type { CheckFinding } from "../model";
import { checkCorpus, checkReport } from "./index";
import { buildReport, ZERO_5, ZERO_7, type RowLines, type Values } from "./testing/buildReport";

const ROWS_SINGLE = [
  "newReceived",
  "carriedOver",
  "granted",
  "partiallyGranted",
  "deniedStateSecret",
  "deniedLawProhibited",
  "deniedSecurityStability",
  "deniedThirdParty",
  "deniedInternalAffairs",
  "deniedProcessInfo",
  "deniedEnforcementFile",
  "deniedQueryMatter",
  "unavailableNotHeld",
  "unavailableNeedsCreation",
  "unavailableUnclear",
  "notProcessedPetition",
  "notProcessedRepeat",
  "notProcessedPublication",
  "notProcessedExcessive",
  "notProcessedReconfirm",
  "otherProcessing",
  "totalProcessed",
  "carriedForward",
];
const ROWS_SPLIT = ROWS_SINGLE.flatMap((row) =>
  row === "otherProcessing" ? ["otherOverdueCorrection", "otherOverdueFee", "otherMisc"] : [row],
);

/** Rows all zero except `nonZero`. */
function table3(rows: string[], nonZero: Record<string, number[]>): Record<string, Values> {
  return Object.fromEntries(rows.map((row) => [row, nonZero[row] ?? ZERO_7]));
}

/** First-cell lines of each row, one cell per source line. */
function linesFrom(rows: string[], firstCellLines: number[]): Record<string, RowLines> {
  return Object.fromEntries(rows.map((row, i) => [row, { line: firstCellLines[i] ?? 0, stride: 1 }]));
}

const seed000 = buildReport({
  file: "data/reports/seeds/000_37e37f6984e2b857.txt",
  meta: { agency: "宁波市鄞州区卫生健康局", year: 2021, template: "2021" },
  active: {
    regulations: { made: 0, repealed: 0, inForce: 0 },
    normativeDocuments: { made: 3, repealed: 1, inForce: 24 },
    licensing: { decisions: 12581 },
    punishment: { decisions: 1315 },
    coercion: { decisions: 0 },
    fees: { amount: 0 },
  },
  applications: table3(ROWS_SINGLE, {
    newReceived: [3, 0, 0, 0, 0, 0, 3],
    granted: [1, 0, 0, 0, 0, 0, 1],
    deniedLawProhibited: [1, 0, 0, 0, 0, 0, 1],
    deniedProcessInfo: [1, 0, 0, 0, 0, 0, 1],
    notProcessedPetition: [1, 0, 0, 0, 0, 0, 1],
    totalProcessed: [3, 0, 0, 0, 0, 0, 3],
  }),
  reviewLitigation: { review: ZERO_5, litigationDirect: ZERO_5, litigationAfterReview: ZERO_5 },
  lines: {
    ...linesFrom(
      ROWS_SINGLE,
      [85, 94, 104, 114, 125, 136, 147, 158, 169, 180, 191, 202, 213, 224, 235, 246, 257, 268, 279, 290, 300, 310, 319],
    ),
    review: { line: 359, stride: 1 },
    litigationDirect: { line: 364, stride: 1 },
    litigationAfterReview: { line: 369, stride: 1 },
  },
});
const narrative000 = [
  { text: "2021年，主动公开政府信息114条。其中，政府信息公开网站284条", line: 6 },
  { text: "2020年，我单位接到依申请公开3条，均及时办结，无行政复议和提起诉讼情况。", line: 9 },
];

const seed001 = buildReport({
  file: "data/reports/seeds/001_98e8607b8980a40f.txt",
  meta: { agency: "临渭区卫生健康局", year: 2021, template: "2021" },
  active: {
    regulations: { made: 0, repealed: 0, inForce: 0 },
    normativeDocuments: { made: 3, repealed: 1, inForce: 2 },
    licensing: { decisions: 0 },
    punishment: { decisions: 143 },
    coercion: { decisions: 0 },
    fees: { amount: 0 },
  },
  applications: table3(ROWS_SPLIT, {}),
  reviewLitigation: { review: [null, null, null, null, null], litigationDirect: ZERO_5, litigationAfterReview: ZERO_5 },
  // Tab-separated: each row on one line; table 四's data row is line 99.
  lines: {
    ...Object.fromEntries(
      ROWS_SPLIT.map((row, i) => [row, { line: [67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92][i] ?? 0, stride: 0 }]),
    ),
    litigationDirect: { line: 99, stride: 0 },
    litigationAfterReview: { line: 99, stride: 0 },
  },
});
const narrative001 = [
  { text: "截止 2021 年 12 月 31 日，主动公开各类政府信息 210 条", line: 13 },
  { text: "2021年，我局共收到人大代表建议8件和政协委员提案20件。", line: 15 },
  { text: "区卫健局2021年未收到政府信息公开申请。", line: 19 },
];

const seed002 = buildReport({
  file: "data/reports/seeds/002_9e69f5a6fc9c8b8d.txt",
  meta: { agency: "海盐县卫生健康局", year: 2020, template: "2019" },
  active: {
    regulations: { newMade: 0, newPublished: 0, totalPublished: 0 },
    normativeDocuments: { newMade: 0, newPublished: 0, totalPublished: 0 },
    licensing: { prevItems: 16, change: 0, decisions: 1300 },
    otherServices: { prevItems: 0, change: 0, decisions: 0 },
    punishment: { prevItems: 50, change: 1, decisions: 430 },
    coercion: { prevItems: 0, change: 0, decisions: 0 },
    fees: { prevItems: 1, change: 0 },
    procurement: { projects: 3, amount: 3568.64 },
  },
  applications: table3(ROWS_SINGLE, {}),
  reviewLitigation: { review: ZERO_5, litigationDirect: ZERO_5, litigationAfterReview: ZERO_5 },
});
const narrative002 = [
  { text: "我局认真贯彻落实国办《关于做好政府信息依申请公开工作的意见》，高度重视依申请公开工作，加强依申请政府信息公开工作。2020年度，我局未收到依申请公开事项。", line: 13 },
  { text: "2020年，未发生与我局政府信息公开工作引发的行政复议、诉讼和申诉事项。", line: 17 },
  { text: "（三）2021年进一步改进措施。我局将继续贯彻落实国家、省、市有关要求，围绕政府中心工作，强化服务意识，提高服务质量，进一步做好政务公开工作。", line: 417 },
];

const seed003 = buildReport({
  file: "data/reports/seeds/003_0a91ce1974c0f436.txt",
  meta: { agency: "乐清市卫生健康局", year: 2021, template: "2021" },
  active: {
    regulations: { made: 0, repealed: 0, inForce: 0 },
    normativeDocuments: { made: 2, repealed: 0, inForce: 19 },
    licensing: { decisions: 4718 },
    punishment: { decisions: 1193 },
    coercion: { decisions: 0 },
    fees: { amount: 0 },
  },
  applications: table3(ROWS_SPLIT, {
    newReceived: [1, 0, 0, 0, 0, 0, 1],
    unavailableNotHeld: [1, 0, 0, 0, 0, 0, 0],
    totalProcessed: [1, 0, 0, 0, 0, 0, 1],
  }),
  reviewLitigation: { review: ZERO_5, litigationDirect: ZERO_5, litigationAfterReview: ZERO_5 },
  lines: linesFrom(
    ROWS_SPLIT,
    [87, 96, 106, 116, 127, 138, 149, 160, 171, 182, 193, 204, 215, 226, 237, 248, 259, 270, 281, 292, 303, 314, 325, 335, 344],
  ),
});
const narrative003 = [
  { text: "2021年，我局主动公开政务信息共311条，其中机构设置7条", line: 15 },
  { text: "本报告中所列数据的统计限自2021年1月1日至2021年12月31日止。", line: 5 },
];

const seed004 = buildReport({
  file: "data/reports/seeds/004_309576c5c0f6d228.txt",
  meta: { agency: "慈溪市卫生健康局", year: 2019, template: "2019" },
  active: {
    regulations: { newMade: 0, newPublished: 0, totalPublished: 0 },
    normativeDocuments: { newMade: 1, newPublished: 1, totalPublished: 23 },
    licensing: { prevItems: 42, change: 21, decisions: 5037 },
    otherServices: { prevItems: 10, change: 55, decisions: 34 },
    punishment: { prevItems: 39, change: 5, decisions: 570 },
    coercion: { prevItems: 8, change: 2, decisions: 0 },
    fees: { prevItems: 16, change: 0 },
    procurement: { projects: 3, amount: 925 },
  },
  applications: table3(ROWS_SINGLE, {}),
  reviewLitigation: { review: [1, 0, 0, 0, 1], litigationDirect: ZERO_5, litigationAfterReview: ZERO_5 },
  lines: { review: { line: 397, stride: 1 } },
});
const narrative004 = [
  { text: "（一）主动公开情况。2019年，我局主动公开政府信息1210条（微博425条，微信178条）", line: 3 },
  { text: "（二）依申请公开情况。2019年，我局未收到政府信息公开申请，因申请信息公开引起的行政复议1件。", line: 7 },
];

const project = (f: CheckFinding) => ({
  rule: f.rule,
  severity: f.severity,
  table: f.table,
  row: f.row,
  column: f.column,
  expected: f.expected,
  actual: f.actual,
  message: f.message,
  lines: f.lines,
});

describe("seed 000 (宁波市鄞州区卫生健康局 2021)", () => {
  const findings = checkReport(seed000, narrative000);

  it("has exactly the two outcome-sum errors", () => {
    expect(findings.filter((f) => f.severity === "error").map(project)).toEqual([
      {
        rule: "outcome-sum",
        severity: "error",
        table: "applications",
        row: "totalProcessed",
        column: "naturalPerson",
        expected: 4,
        actual: 3,
        message: "（七）总计 3 ≠ 各办理结果之和 4（自然人）",
        lines: [104, 114, 125, 136, 147, 158, 169, 180, 191, 202, 213, 224, 235, 246, 257, 268, 279, 290, 300, 310],
      },
      {
        rule: "outcome-sum",
        severity: "error",
        table: "applications",
        row: "totalProcessed",
        column: "total",
        expected: 4,
        actual: 3,
        message: "（七）总计 3 ≠ 各办理结果之和 4（总计）",
        lines: [110, 120, 131, 142, 153, 164, 175, 186, 197, 208, 219, 230, 241, 252, 263, 274, 285, 296, 306, 316],
      },
    ]);
  });

  it("names every cell the outcome sum read, the printed total first", () => {
    const [first] = findings;
    expect(first?.cells[0]).toBe("applications.totalProcessed.naturalPerson");
    expect(first?.cells).toHaveLength(20);
    expect(first?.cells).toContain("applications.otherProcessing.naturalPerson");
  });

  it("warns that the narrative states the statistics as 2020's", () => {
    expect(findings.filter((f) => f.severity === "warning").map(project)).toEqual([
      {
        rule: "narrative-year",
        severity: "warning",
        table: "applications",
        row: "narrative",
        column: "year",
        expected: 2021,
        actual: 2020,
        message: "正文第 9 行以 2020 年陈述本年数据（“2020年，我单位接到依申请公开3条，均及时办结，无行政复议和提起诉讼情况”），报告年度为 2021",
        lines: [9],
      },
    ]);
  });

  it("has nothing unchecked", () => {
    expect(findings.filter((f) => f.severity === "unchecked")).toEqual([]);
  });
});

describe("seed 001 (临渭区卫生健康局 2021)", () => {
  const findings = checkReport(seed001, narrative001);

  it("reports the blank 行政复议 group as one unchecked group-total, and nothing else", () => {
    expect(findings.map(project)).toEqual([
      {
        rule: "group-total",
        severity: "unchecked",
        table: "reviewLitigation",
        row: "review",
        column: "total",
        expected: null,
        actual: null,
        message: "复议诉讼合计无法核对（行政复议）：行政复议（总计、结果维持、结果纠正、其他结果、尚未审结）空白",
        lines: [],
      },
    ]);
    expect(findings[0]?.cells).toEqual([
      "reviewLitigation.review.total",
      "reviewLitigation.review.upheld",
      "reviewLitigation.review.corrected",
      "reviewLitigation.review.other",
      "reviewLitigation.review.pending",
    ]);
  });
});

describe("seed 002 (海盐县卫生健康局 2020, 2019 template)", () => {
  it("has no findings", () => {
    expect(checkReport(seed002, narrative002)).toEqual([]);
  });
});

describe("seed 003 (乐清市卫生健康局 2021)", () => {
  const findings = checkReport(seed003, narrative003);

  it("has exactly the row-total and the 总计 outcome-sum errors", () => {
    expect(findings.map(project)).toEqual([
      {
        rule: "row-total",
        severity: "error",
        table: "applications",
        row: "unavailableNotHeld",
        column: "total",
        expected: 1,
        actual: 0,
        message: "（四）无法提供 1.本机关不掌握相关政府信息：总计 0 ≠ 各类申请人之和 1",
        lines: [215, 216, 217, 218, 219, 220, 221],
      },
      {
        rule: "outcome-sum",
        severity: "error",
        table: "applications",
        row: "totalProcessed",
        column: "total",
        expected: 0,
        actual: 1,
        message: "（七）总计 1 ≠ 各办理结果之和 0（总计）",
        lines: [112, 122, 133, 144, 155, 166, 177, 188, 199, 210, 221, 232, 243, 254, 265, 276, 287, 298, 309, 320, 331, 341],
      },
    ]);
  });
});

describe("seed 004 (慈溪市卫生健康局 2019, 2019 template)", () => {
  it("has no findings: the narrative's 0 applications and 1 review agree with the tables", () => {
    expect(checkReport(seed004, narrative004)).toEqual([]);
  });
});

describe("the five seeds as a corpus", () => {
  it("has no cross-report findings: five agencies, one report each", () => {
    expect(checkCorpus([seed000, seed001, seed002, seed003, seed004])).toEqual([]);
  });
});
