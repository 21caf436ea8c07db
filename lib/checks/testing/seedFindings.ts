// The findings the five seed reports really contain, worked out by hand from
// the sources (`sed 's/\t/→/g' /work/shared/seeds/FILE | cat -n`), never pasted
// from output. Used against hand-built reports (seeds.test.ts) and against the
// parser's reports of the same files (seedsParsed.test.ts).
// - 000 (宁波市鄞州区卫生健康局 2021): 自然人 outcomes 予以公开 1 + 其他法律行政法规禁止公开 1
//   + 过程性信息 1 + 信访举报投诉 1 = 4 but （七）总计 3, and the same in 总计 → two
//   outcome-sum errors. Balance holds (3 + 0 = 3 + 0); every row's total holds.
//   Narrative line 9 “2020年，我单位接到依申请公开3条” in a 2021 report → narrative-year.
// - 001 (临渭区卫生健康局 2021): all zeros; table 四's 行政复议 group is blank → one
//   unchecked group-total.
// - 002 (海盐县卫生健康局 2020, 2019 template): all zeros, nothing.
// - 003 (乐清市卫生健康局 2021): （四）1.本机关不掌握 is 1 0 0 0 0 0 0 → row-total
//   (expected 1, printed 0); the 总计 column's outcomes then sum to 0 against
//   （七）总计 1 → outcome-sum for 总计. 自然人 outcomes sum to 1 = （七） 1; balance holds.
// - 004 (慈溪市卫生健康局 2019, 2019 template): zeros; 行政复议 1 0 0 0 1 holds; the
//   narrative's 未收到…申请 (0) and 行政复议1件 agree with the tables.
import type { CheckFinding } from "../../model";

export type ProjectedFinding = Pick<CheckFinding, "rule" | "severity" | "table" | "row" | "column" | "expected" | "actual" | "message" | "lines">;

export function project(f: CheckFinding): ProjectedFinding {
  const { rule, severity, table, row, column, expected, actual, message, lines } = f;
  return { rule, severity, table, row, column, expected, actual, message, lines };
}

export const SEED_FINDINGS: Record<string, ProjectedFinding[]> = {
  "000_37e37f6984e2b857.txt": [
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
  ],
  "001_98e8607b8980a40f.txt": [
    {
      rule: "group-total",
      severity: "unchecked",
      table: "reviewLitigation",
      row: "review",
      column: "total",
      expected: null,
      actual: null,
      message: "复议诉讼合计无法核对（行政复议）：行政复议 整行空白",
      lines: [],
    },
  ],
  "002_9e69f5a6fc9c8b8d.txt": [],
  "003_0a91ce1974c0f436.txt": [
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
  ],
  "004_309576c5c0f6d228.txt": [],
};
