// The five seed reports, built by hand from the sources, against the findings
// worked out by hand in testing/seedFindings.ts.
import { describe, expect, it } from "vitest";
import { checkCorpus, checkReport } from "./index";
import { buildReport, ZERO_5, ZERO_7, type RowLines, type Values } from "./testing/buildReport";
import { project, SEED_FINDINGS } from "./testing/seedFindings";

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

const SEEDS = [
  { name: "000_37e37f6984e2b857.txt", report: seed000, narrative: narrative000 },
  { name: "001_98e8607b8980a40f.txt", report: seed001, narrative: narrative001 },
  { name: "002_9e69f5a6fc9c8b8d.txt", report: seed002, narrative: narrative002 },
  { name: "003_0a91ce1974c0f436.txt", report: seed003, narrative: narrative003 },
  { name: "004_309576c5c0f6d228.txt", report: seed004, narrative: narrative004 },
];

describe("the seeds, built by hand", () => {
  for (const { name, report, narrative } of SEEDS) {
    it(`${name} has exactly the findings worked out by hand`, () => {
      expect(checkReport(report, narrative).map(project)).toEqual(SEED_FINDINGS[name]);
    });
  }

  it("000's outcome-sum names every cell it read, the printed total first", () => {
    const [first] = checkReport(seed000, narrative000);
    expect(first?.cells[0]).toBe("applications.totalProcessed.naturalPerson");
    expect(first?.cells).toHaveLength(20);
    expect(first?.cells).toContain("applications.otherProcessing.naturalPerson");
  });

  it("001's unchecked finding names the five blank cells", () => {
    expect(checkReport(seed001, narrative001)[0]?.cells).toEqual([
      "reviewLitigation.review.total",
      "reviewLitigation.review.upheld",
      "reviewLitigation.review.corrected",
      "reviewLitigation.review.other",
      "reviewLitigation.review.pending",
    ]);
  });

  it("as a corpus have no cross-report findings: five agencies, one report each", () => {
    expect(checkCorpus(SEEDS.map((s) => s.report))).toEqual([]);
  });
});
