import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../model";
import { htmlToDocument } from "./html";
import { extractTables } from "./tables";
import { textToDocument } from "./textDocument";

const extract = (text: string) => extractTables(textToDocument(text));
const codes = (t: ReturnType<typeof extract>) => t.diagnostics.map((d) => `${d.code}:${d.row ?? ""}:${d.line ?? ""}`);
const Z7 = { naturalPerson: 0, commercial: 0, research: 0, nonprofit: 0, legalServices: 0, otherOrg: 0, total: 0 };
const N7 = { naturalPerson: null, commercial: null, research: null, nonprofit: null, legalServices: null, otherOrg: null, total: null };
const row7 = (...v: (number | null)[]) => ({
  naturalPerson: v[0], commercial: v[1], research: v[2], nonprofit: v[3], legalServices: v[4], otherOrg: v[5], total: v[6],
});

// A compact tab-separated report (2021 template) to vary in the tests below.
const ACTIVE = [
  "二、主动公开政府信息情况",
  "信息内容\t本年制发件数\t本年废止件数\t现行有效件数",
  "规章\t0\t0\t0",
  "行政规范性文件\t3\t1\t2",
  "行政许可\t5\t\t",
  "行政处罚\t143\t\t",
  "行政强制\t0\t\t",
  "行政事业性收费\t0\t\t",
];
const APPLICATION_ROWS = [
  "一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "（一）予以公开", "（二）部分公开",
  "1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
  "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项",
  "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确",
  "1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
  "5.要求行政机关确认或重新出具已获取信息", "（六）其他处理", "（七）总计", "四、结转下年度继续办理",
];
const APPLICATIONS = [
  "三、收到和处理政府信息公开申请情况",
  "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况",
  "\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计",
  ...APPLICATION_ROWS.map((label) => `${label}\t0\t0\t0\t0\t0\t0\t0`),
];
const REVIEW = [
  "四、政府信息公开行政复议、行政诉讼情况",
  "行政复议\t\t\t\t\t行政诉讼",
  "\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计",
  "1\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0",
];
const NARRATIVE = ["某某县卫生健康局2021年政府信息公开工作年度报告", "2021年，我局未发生行政复议案件。"];
const report = (...parts: string[][]) => [...NARRATIVE, ...parts.flat(), "五、存在的主要问题及改进情况", "无。"].join("\n");

describe("extractTables on tab-separated text", () => {
  it("reads a complete report without diagnostics", () => {
    const t = extract(report(ACTIVE, APPLICATIONS, REVIEW));
    expect(t.diagnostics).toEqual([]);
    expect(t.template).toBe("2021");
    expect(t.active).toMatchObject({ licensing: { decisions: 5 }, normativeDocuments: { made: 3, repealed: 1, inForce: 2 } });
    expect(Object.keys(t.applications ?? {})).toHaveLength(23);
    expect(t.reviewLitigation?.review).toEqual({ upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 });
    expect(t.provenance["applications.granted.total"]).toEqual({ raw: "0", line: 2 + ACTIVE.length + 3 + 3 });
    expect(t.narrative.map((n) => n.text)).toEqual([
      ...NARRATIVE,
      "二、主动公开政府信息情况",
      "三、收到和处理政府信息公开申请情况",
      "四、政府信息公开行政复议、行政诉讼情况",
      "五、存在的主要问题及改进情况",
      "无。",
    ]);
  });

  it.each([
    ["一、本年新收政府信息公开申请数量", "一、本年度新收政府信息公开申请数量", "newReceived"],
    ["二、上年结转政府信息公开申请数量", "二、上年度结转政府信息公开申请数量", "carriedOver"],
    ["6.属于四类过程性信息", "6.属于四类过程信息", "deniedProcessInfo"],
    ["7.属于行政执法案卷", "7.属于行政执法卷宗", "deniedEnforcementFile"],
    ["3.要求提供公开出版物", "3.要求提供公开的出版物", "notProcessedPublication"],
    ["（七）总计", "（七）合计", "totalProcessed"],
    ["四、结转下年度继续办理", "四、结转下一年度继续办理", "carriedForward"],
  ])("reads the row %s worded as %s", (label, worded, row) => {
    const values = APPLICATION_ROWS.map((_, i) => i + 1);
    const rows = APPLICATIONS.slice(0, 3).concat(APPLICATION_ROWS.map((l, i) => `${l === label ? worded : l}\t${values[i]}\t0\t0\t0\t0\t0\t${values[i]}`));
    const t = extract(report(ACTIVE, rows, REVIEW));
    expect(t.diagnostics).toEqual([]);
    expect(t.applications?.[row as keyof NonNullable<typeof t.applications>]?.naturalPerson).toBe(values[APPLICATION_ROWS.indexOf(label)]);
  });

  it("reads the first of two copies of the tables (a page with the report twice) and reports the second", () => {
    const altered = APPLICATIONS.map((line) => (line.startsWith("（一）予以公开") ? line.replace(/\t0$/, "\t9") : line));
    const text = report(ACTIVE, APPLICATIONS, REVIEW, ["五、存在的主要问题及改进情况", "无。"], ACTIVE, altered, REVIEW);
    const t = extract(text);
    expect(t.applications?.granted?.total).toBe(0);
    const lineOf = (needle: string, from: number) => text.split("\n").indexOf(needle, from) + 1;
    const second = (needle: string) => lineOf(needle, lineOf(needle, 0));
    expect(t.diagnostics.map((d) => [d.code, d.table, d.severity, d.line])).toEqual([
      ["table-repeated", "active", "info", second(ACTIVE[0]!)],
      ["table-repeated", "applications", "warning", second(APPLICATIONS[0]!)],
      ["table-repeated", "reviewLitigation", "info", second(REVIEW[0]!)],
    ]);
  });

  it("leaves a missing table out and says so, never zero-filling it", () => {
    const t = extract(report(ACTIVE, REVIEW));
    expect(t.applications).toBeUndefined();
    expect(t.active).toBeDefined();
    expect(t.reviewLitigation?.review?.upheld).toBe(1);
    expect(t.diagnostics).toContainEqual(expect.objectContaining({ code: "table-missing", table: "applications", severity: "error" }));
  });

  it("reports the rows of a truncated table as missing, and a short row as unreadable", () => {
    const lines = report(ACTIVE, APPLICATIONS.slice(0, 8));
    const truncated = lines.replace("1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0", "1.属于国家秘密\t0\t0\t0");
    const t = extract(truncated);
    expect(t.applications?.granted).toEqual(Z7);
    expect(t.applications?.deniedStateSecret).toEqual(N7);
    expect(t.applications?.carriedForward).toBeUndefined();
    const line = truncated.split("\n").findIndex((l) => l.startsWith("1.属于国家秘密")) + 1;
    expect(codes(t)).toContain(`row-truncated:deniedStateSecret:${line}`);
    expect(codes(t)).toContain("row-missing:carriedForward:");
    expect(codes(t)).toContain("table-missing::");
  });

  it("reads placeholders and stray text as null, keeping the raw text and the line", () => {
    const text = report(ACTIVE, APPLICATIONS, REVIEW)
      .replace("（一）予以公开\t0\t0\t0\t0\t0\t0\t0", "（一）予以公开\t—\t/\t无\t不适用\t见附件\t0\t0")
      .replace("行政处罚\t143", "行政处罚\t--");
    const t = extract(text);
    expect(t.applications?.granted).toEqual(row7(null, null, null, null, null, 0, 0));
    const line = text.split("\n").findIndex((l) => l.startsWith("（一）予以公开")) + 1;
    expect(t.provenance["applications.granted.naturalPerson"]).toEqual({ raw: "—", line });
    expect(t.provenance["applications.granted.legalServices"]).toEqual({ raw: "见附件", line });
    const nonNumeric = t.diagnostics.filter((d) => d.code === "non-numeric-cell");
    expect(nonNumeric.map((d) => [d.row, d.column, d.line])).toEqual([
      ["punishment", "decisions", text.split("\n").findIndex((l) => l.startsWith("行政处罚")) + 1],
      ["granted", "naturalPerson", line],
      ["granted", "commercial", line],
      ["granted", "research", line],
      ["granted", "nonprofit", line],
      ["granted", "legalServices", line],
    ]);
    expect(t.active).toMatchObject({ punishment: { decisions: null } });
  });

  it("reports an unknown row label with its line and still reads the known rows", () => {
    const text = report(ACTIVE, APPLICATIONS, REVIEW).replace("2.重复申请\t", "9.要求解释政策\t1\t0\t0\t0\t0\t0\t1\n2.重复申请\t");
    const t = extract(text);
    const line = text.split("\n").findIndex((l) => l.startsWith("9.要求解释政策")) + 1;
    expect(t.diagnostics).toContainEqual(expect.objectContaining({ code: "unknown-row", line, table: "applications" }));
    expect(t.applications?.notProcessedRepeat).toEqual(Z7);
    expect(Object.keys(t.applications ?? {})).toHaveLength(23);
  });

  it("reads the split （六） layout with the 2019 template, and keeps blank cells apart from zeros", () => {
    const active2019 = [
      "二、主动公开政府信息情况",
      "信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量",
      "规章\t0\t0\t0",
      "规范性文件\t1\t1\t23",
      "信息内容\t上一年项目数量\t本年增/减\t处理决定数量",
      "行政许可\t42\t+21\t5037",
      "其他对外管理服务事项\t10\t-5\t34",
      "行政处罚\t39\t+5\t570",
      "行政强制\t8\t\t0",
      "行政事业性收费\t16\t0",
      "政府集中采购\t3\t251000元",
    ];
    const split = APPLICATIONS.flatMap((line) =>
      line.startsWith("（六）其他处理")
        ? [
            "（六）其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t1\t0\t0\t0\t0\t0\t1",
            "\t2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0",
            "\t3.其他\t2\t0\t0\t0\t0\t0\t2",
          ]
        : [line],
    );
    const t = extract(report(active2019, split, REVIEW));
    expect(t.template).toBe("2019");
    expect(t.active).toMatchObject({
      licensing: { prevItems: 42, change: 21, decisions: 5037 },
      otherServices: { prevItems: 10, change: -5, decisions: 34 },
      coercion: { prevItems: 8, change: null, decisions: 0 },
      procurement: { projects: 3, amount: 25.1 },
    });
    expect(t.applications?.otherProcessing).toBeUndefined();
    expect(t.applications?.otherOverdueCorrection).toEqual(row7(1, 0, 0, 0, 0, 0, 1));
    expect(t.applications?.otherMisc).toEqual(row7(2, 0, 0, 0, 0, 0, 2));
    expect(t.diagnostics).toEqual([]);
  });

  it("reads table 三 printed with three applicant columns (自然人, 法人或其他组织, 总计) as 自然人 and 总计, the five kinds of organisation blank", () => {
    const rows = [
      APPLICATIONS[0]!,
      APPLICATIONS[1]!,
      "\t自然人\t法人或其他组织\t总计",
      ...APPLICATION_ROWS.map((label, i) => `${label}\t${i}\t${i % 3}\t${i + (i % 3)}`),
    ];
    const t = extract(report(ACTIVE, rows, REVIEW));
    const firstRowLine = NARRATIVE.length + ACTIVE.length + 4;
    expect(t.applications?.newReceived).toEqual(row7(0, null, null, null, null, null, 0));
    expect(t.applications?.granted).toEqual(row7(2, null, null, null, null, null, 4));
    expect(t.provenance["applications.granted.total"]).toEqual({ raw: "4", line: firstRowLine + 2 });
    expect(t.provenance["applications.granted.commercial"]).toBeUndefined();
    const notes = t.diagnostics.filter((d) => d.code === "organisations-subtotal");
    expect(notes).toHaveLength(APPLICATION_ROWS.length);
    expect(notes[2]).toMatchObject({ row: "granted", severity: "info", line: firstRowLine + 2, message: expect.stringContaining('"2"') });
    expect(t.diagnostics.filter((d) => d.code !== "organisations-subtotal")).toEqual([]);
  });

  it("keeps a three-value row of the seven-column table unread: only a header without the kinds of organisation makes three columns", () => {
    const rows = [...APPLICATIONS.slice(0, 3), ...APPLICATION_ROWS.map((label) => `${label}\t1\t0\t1`)];
    const t = extract(report(ACTIVE, rows, REVIEW));
    expect(t.applications?.granted).toEqual(N7);
    expect(codes(t)).toContain(`row-truncated:granted:${NARRATIVE.length + ACTIVE.length + 6}`);
  });

  it("reads table 四 printed as one labelled row per group", () => {
    const review = [
      "四、政府信息公开行政复议、行政诉讼情况",
      "\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计",
      "行政复议\t1\t0\t0\t0\t1",
      "未经复议直接起诉\t0\t0\t0\t1\t1",
      "复议后起诉\t\t\t\t\t",
    ];
    const t = extract(report(ACTIVE, APPLICATIONS, review));
    expect(t.reviewLitigation).toEqual({
      review: { upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 },
      litigationDirect: { upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 },
      litigationAfterReview: { upheld: null, corrected: null, other: null, pending: null, total: null },
    });
  });

  // The values of the table-四 layouts below: 行政复议 3 1 0 2 6, 直接起诉 4 0 1 0 5, 复议后起诉 1 2 0 0 3.
  const LAYOUT_REVIEW = {
    review: { upheld: 3, corrected: 1, other: 0, pending: 2, total: 6 },
    litigationDirect: { upheld: 4, corrected: 0, other: 1, pending: 0, total: 5 },
    litigationAfterReview: { upheld: 1, corrected: 2, other: 0, pending: 0, total: 3 },
  };

  it("reads table 四 printed as two tables whose titles are padded with their merged cells (行政复议⇥⇥⇥⇥)", () => {
    const review = [
      "四、政府信息公开行政复议、行政诉讼情况",
      "行政复议\t\t\t\t",
      "结果维持\t结果纠正\t其他结果\t尚未审结\t总计",
      "3\t1\t0\t2\t6",
      "行政诉讼",
      "未经复议直接起诉\t\t\t\t\t复议后起诉",
      "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计",
      "4\t0\t1\t0\t5\t1\t2\t0\t0\t3",
    ];
    const t = extract(report(ACTIVE, APPLICATIONS, review));
    expect(t.reviewLitigation).toEqual(LAYOUT_REVIEW);
    expect(t.diagnostics.filter((d) => d.table === "reviewLitigation")).toEqual([]);
  });

  it("reads table 四 printed down the page, one value per row, in text and in a table with merged group cells", () => {
    const outcomes = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
    const groups: [string, number[]][] = [["行政复议\t", [3, 1, 0, 2, 6]], ["行政诉讼\t未经复议直接起诉", [4, 0, 1, 0, 5]], ["\t复议后起诉", [1, 2, 0, 0, 3]]];
    const lines = groups.flatMap(([group, values]) => outcomes.map((o, i) => `${i === 0 ? group : "\t"}\t${o}\t${values[i]}`));
    const expected = LAYOUT_REVIEW;
    const text = extract(report(ACTIVE, APPLICATIONS, ["四、政府信息公开行政复议、行政诉讼情况", "项目\t\t\t数量（件）", ...lines]));
    expect(text.reviewLitigation).toEqual(expected);
    expect(text.diagnostics.filter((d) => d.table === "reviewLitigation")).toEqual([]);
    const rowsOf = (group: string, values: number[]) =>
      outcomes.map((o, i) => `<tr>${i === 0 ? `<td rowspan="5">${group}</td>` : ""}<td>${o}</td><td>${values[i]}</td></tr>`).join("");
    const html = `<p>四、政府信息公开行政复议、行政诉讼情况</p><table>${rowsOf("行政复议", [3, 1, 0, 2, 6])}${rowsOf("未经复议直接起诉", [4, 0, 1, 0, 5])}${rowsOf("复议后起诉", [1, 2, 0, 0, 3])}</table>`;
    expect(extractTables(htmlToDocument(html)).reviewLitigation).toEqual(expected);
  });

  it("reads table 四's values row under a stub label (数量（件）), and says the label names no group", () => {
    const review = [...REVIEW.slice(0, -1), `数量（件）\t${REVIEW.at(-1)!.replace(/^1/, "3")}`];
    const t = extract(report(ACTIVE, APPLICATIONS, review));
    expect(t.reviewLitigation?.review).toEqual({ upheld: 3, corrected: 0, other: 0, pending: 0, total: 1 });
    expect(codes(t)).toEqual([`row-label-ignored::${NARRATIVE.length + ACTIVE.length + APPLICATIONS.length + REVIEW.length}`]);
  });

  it("reads table 四 whose group header names 行政诉讼 with the kind in brackets: 行政诉讼（复议后起诉）", () => {
    const review = [
      "四、政府信息公开行政复议、行政诉讼情况",
      "行政复议\t\t\t\t\t行政诉讼（未经复议直接起诉）\t\t\t\t\t行政诉讼（复议后起诉）",
      "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计",
      "1\t1\t0\t1\t3\t0\t0\t1\t0\t1\t1\t0\t0\t0\t1",
    ];
    const t = extract(report(ACTIVE, APPLICATIONS, review));
    expect(t.reviewLitigation).toEqual({
      review: { upheld: 1, corrected: 1, other: 0, pending: 1, total: 3 },
      litigationDirect: { upheld: 0, corrected: 0, other: 1, pending: 0, total: 1 },
      litigationAfterReview: { upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 },
    });
  });

  it("ignores merged-cell (spanned) cells among values, as HTML readers mark them", () => {
    const doc: SourceDocument = {
      format: "html",
      rows: [
        { cells: [{ text: "二、主动公开政府信息情况", line: 1 }] },
        { cells: ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"].map((text) => ({ text, line: 2 })), fromTable: true },
        {
          cells: [
            { text: "规章", line: 3 }, { text: "", line: 3, spanned: true },
            { text: "1", line: 3 }, { text: "", line: 3 }, { text: "4", line: 3 },
          ],
          fromTable: true,
        },
        { cells: [{ text: "行政许可", line: 4 }, { text: "7", line: 4 }, { text: "", line: 4, spanned: true }], fromTable: true },
      ],
    };
    const t = extractTables(doc);
    expect(t.active).toMatchObject({ regulations: { made: 1, repealed: null, inForce: 4 }, licensing: { decisions: 7 } });
  });
});

describe("extractTables on PDF text", () => {
  const text = readFileSync(new URL("../../data/fixtures/pdf-text/report.txt", import.meta.url), "utf8");
  const lineOf = (start: string) => text.split("\n").findIndex((l) => l.startsWith(start)) + 1;
  const t = extract(text);

  it("reads table 二 with wrapped labels, thousands separators, placeholders and money in 元", () => {
    expect(t.template).toBe("2021");
    expect(t.active).toEqual({
      regulations: { made: 0, repealed: 0, inForce: 0 },
      normativeDocuments: { made: 3, repealed: 1, inForce: 24 },
      licensing: { decisions: 12581 },
      punishment: { decisions: 1315 },
      coercion: { decisions: null },
      fees: { amount: 25.1 },
    });
    expect(t.provenance["active.fees.amount"]).toEqual({ raw: "251000元", line: lineOf("行政事业性收费") });
    expect(t.provenance["active.normativeDocuments.inForce"]).toEqual({ raw: "24", line: lineOf("件 3 1 24") });
  });

  it("reads table 三 across vertical labels, wrapped labels and page footers", () => {
    const a = t.applications;
    expect(a?.newReceived).toEqual(row7(3, 0, 0, 0, 0, 0, 3));
    expect(a?.granted).toEqual(row7(1, 0, 0, 0, 0, 0, 1));
    expect(a?.partiallyGranted).toEqual(Z7);
    expect(a?.deniedLawProhibited).toEqual(row7(1, 0, 0, 0, 0, 0, 1));
    expect(a?.deniedProcessInfo).toEqual(row7(1, 0, 0, 0, 0, 0, 1));
    expect(a?.unavailableNotHeld).toEqual(Z7);
    expect(a?.notProcessedPetition).toEqual(row7(1, 0, 0, 0, 0, 0, 1));
    expect(a?.otherProcessing).toBeUndefined();
    expect(a?.otherOverdueCorrection).toEqual(Z7);
    expect(a?.otherOverdueFee).toEqual(Z7);
    expect(a?.otherMisc).toEqual(Z7);
    expect(a?.totalProcessed).toEqual(row7(3, 0, 0, 0, 0, 0, 3));
    expect(a?.carriedForward).toEqual(Z7);
    expect(Object.keys(a ?? {})).toHaveLength(25);
  });

  it("makes a row with fewer values than columns all null, with a diagnostic, never guessing positions", () => {
    expect(t.applications?.unavailableUnclear).toEqual(N7);
    expect(codes(t)).toContain(`row-truncated:unavailableUnclear:${lineOf("3.补正后")}`);
    expect(t.provenance["applications.unavailableUnclear.naturalPerson"]).toBeUndefined();
  });

  it("keeps blank cells copied one per line in place, and never shifts a row whose blank could be its first or its last", () => {
    // Table 三 copied cell by cell, a tab before each cell and no blank line between rows: a tab alone is a blank cell.
    const cells = (label: string, values: string[]) => [`\t${label}`, ...values.map((v) => `\t${v}`)];
    const zeros = ["0", "0", "0", "0", "0", "0", "0"];
    const lines = APPLICATION_ROWS.flatMap((label) => {
      // A blank first cell, nothing after the last value: the blank is the row's own.
      if (label === "二、上年结转政府信息公开申请数量") return cells(label, ["", "2", "0", "0", "0", "0", "2"]);
      // A blank after the label (its blank column, or a blank first cell?) and a blank after the values
      // (a blank last cell, or the next row's?): either reading fits, so the row is not read.
      if (label === "（一）予以公开") return cells(label, ["", "1", "1", "1", "1", "1", "1", ""]);
      return cells(label, zeros);
    });
    const t = extract(report(ACTIVE, ["三、收到和处理政府信息公开申请情况", ...lines], REVIEW));
    expect(t.applications?.carriedOver).toEqual(row7(null, 2, 0, 0, 0, 0, 2));
    expect(t.applications?.granted).toEqual(N7);
    expect(codes(t).some((c) => c.startsWith("row-truncated:granted:"))).toBe(true);
    expect(t.applications?.partiallyGranted).toEqual(Z7);
  });

  it("reads table 四 wrapped over two lines", () => {
    expect(t.reviewLitigation).toEqual({
      review: { upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 },
      litigationDirect: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
      litigationAfterReview: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
    });
  });

  it("reports only what it could not read", () => {
    expect(codes(t).sort()).toEqual(
      [`non-numeric-cell:coercion:${lineOf("行政强制")}`, `row-truncated:unavailableUnclear:${lineOf("3.补正后")}`].sort(),
    );
  });

  it("keeps the running text as narrative", () => {
    expect(t.narrative[0]?.text).toBe("宁波市鄞州区卫生健康局2021年政府信息公开工作年度报告");
    expect(t.narrative.some((n) => n.text.includes("本单位无其他需要报告的事项"))).toBe(true);
  });
});

describe("extractTables on text a PDF converter laid out (pdftotext -layout)", () => {
  // Wrapped labels print their values on the first line of the label, on the last, or on a line of their own.
  const text = report(ACTIVE, [
    "三、收到和处理政府信息公开申请情况",
    "                    申请人情况",
    "          自然人  商业企业  科研机构  社会公益组织  法律服务机构  其他  总计",
    "一、本年新收政府信息公开申请数量   5   1   0   0   0   0   6",
    "二、上年结转政府信息公开申请数量   0   0   0   0   0   0   0",
    "（一）予以公开   2   1   0   0   0   0   3",
    "（二）部分公开（区分处理的，只计这一情形，不计其他",
    "1   0   0   0   0   0   1",
    "情形）",
    "（三）不予公开   1.属于国",
    "0   0   0   0   0   0   0",
    "家秘密",
    "2.其他法律行政法规禁    1   0   0   0   0   0   1",
    "止公开",
    ...APPLICATION_ROWS.slice(6).map((label) => `${label}   0   0   0   0   0   0   0`),
  ], REVIEW);
  const t = extract(text);

  it("joins the end of a label printed below its values", () => {
    expect(t.applications?.newReceived).toEqual(row7(5, 1, 0, 0, 0, 0, 6));
    expect(t.applications?.granted).toEqual(row7(2, 1, 0, 0, 0, 0, 3));
    expect(t.applications?.partiallyGranted).toEqual(row7(1, 0, 0, 0, 0, 0, 1));
    expect(t.applications?.deniedStateSecret).toEqual(Z7);
    expect(t.applications?.deniedLawProhibited).toEqual(row7(1, 0, 0, 0, 0, 0, 1));
    expect(t.applications?.deniedSecurityStability).toEqual(Z7);
    expect(t.diagnostics.filter((d) => d.table === "applications")).toEqual([]);
  });
});

describe("locating tables", () => {
  it("is not misled by running text that wraps section names onto short lines", () => {
    const intro = [
      "本报告由某县卫生健康局根据《中华人民共和国政府信息公开条例》（",
      "以下简称《条例》）和有关规定编制。全文包括总体情况、主动公开政府信息情况、",
      "收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的",
      "、存在的主要问题及改进情况、其他需要报告的事项。",
    ];
    const t = extract([...intro, ...ACTIVE, ...APPLICATIONS, ...REVIEW].join("\n"));
    expect(t.diagnostics).toEqual([]);
    expect(t.active).toMatchObject({ licensing: { decisions: 5 } });
    expect(t.narrative.slice(0, 4).map((n) => n.text)).toEqual(intro);
  });
});

describe("extractTables on cell-per-line text", () => {
  it("reads a （六）其他处理 heading row above its three sub-rows as the split layout", () => {
    const cells = (...c: string[]) => c.map((x) => `\t${x}`).join("\n");
    const text = [
      "三、收到和处理政府信息公开申请情况",
      "",
      cells("一、本年新收政府信息公开申请数量", "2", "0", "0", "0", "0", "0", "2"),
      "",
      cells("", "（六）其他处理"),
      "",
      cells("", "", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "1", "0", "0", "0", "0", "0", "1"),
      "",
      cells("", "", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "0", "0", "0", "0", "0", "0", "0"),
      "",
      cells("", "", "3.其他", "", "", "", "", "", "", ""),
      "",
      cells("", "（七）总计", "1", "0", "0", "0", "0", "0", "1"),
    ].join("\n");
    const t = extract(text);
    expect(t.applications?.otherProcessing).toBeUndefined();
    expect(t.applications?.otherOverdueCorrection).toEqual(row7(1, 0, 0, 0, 0, 0, 1));
    expect(t.applications?.otherMisc).toEqual(N7);
    expect(t.applications?.totalProcessed).toEqual(row7(1, 0, 0, 0, 0, 0, 1));
    expect(t.diagnostics.filter((d) => d.code !== "row-missing" && d.code !== "table-missing")).toEqual([]);
  });
});

describe("provenance ids", () => {
  it("name the fields of the report's own template, whichever template was read before", () => {
    const active = (template: "2019" | "2021") => {
      const fields = template === "2019" ? "本年新制作数量\t本年新公开数量\t对外公开总数量" : "本年制发件数\t本年废止件数\t现行有效件数";
      return textToDocument(
        ["二、主动公开政府信息情况", `信息内容\t${fields}`, "规章\t1\t2\t3", "规范性文件\t4\t5\t6"].join("\n"),
      );
    };
    for (const template of ["2021", "2019", "2021"] as const) {
      const { active: table, provenance } = extractTables(active(template));
      const regulations = Object.keys(table?.regulations ?? {});
      expect(regulations).toHaveLength(3);
      expect(Object.keys(provenance).filter((id) => id.startsWith("active.regulations."))).toEqual(
        regulations.map((field) => `active.regulations.${field}`),
      );
    }
  });
});

describe("seeds 000 and 004 with headers and labels worded as other reports word them", () => {
  const seed = readFileSync(new URL("../../data/reports/seeds/000_37e37f6984e2b857.txt", import.meta.url), "utf8");
  const golden = extract(seed);
  const seed004 = readFileSync(new URL("../../data/reports/seeds/004_309576c5c0f6d228.txt", import.meta.url), "utf8");

  it("004's 政府集中采购 as 政府采购: its row read", () => {
    const t = extract(seed004.replace("政府集中采购", "政府采购"));
    expect(t.active).toMatchObject({ procurement: { projects: 3, amount: 925 } });
    expect(t.diagnostics).toEqual(extract(seed004).diagnostics);
  });

  it.each([
    ["行政复议", "行政复议情况"],
    ["行政诉讼", "行政诉讼情况"],
  ])("%s as %s: every cell as in the seed, no diagnostic", (from, to) => {
    const t = extract(seed.replaceAll(from, to));
    expect(t.diagnostics).toEqual([]);
    expect(t.reviewLitigation).toEqual(golden.reviewLitigation);
    expect(t.applications).toEqual(golden.applications);
  });
});

describe("OCR'd and bordered PDF text", () => {
  // Space-aligned rows as pdftotext -layout or OCR writes them.
  const spaced = (line: string) => line.replace(/\t/g, "    ");
  const layout = (parts: string[][]) => report(...parts.map((part) => part.map(spaced)));

  it("reads a digit misread as a letter (O, l, I) as a blank cell with a diagnostic, the row's other values in their columns", () => {
    const applications = APPLICATIONS.map((line) => (line.startsWith("（一）予以公开") ? "（一）予以公开\t5\tO\t0\t0\t0\t0\tl5" : line));
    const review = [...REVIEW.slice(0, 3), "1\t0\t0\tO\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0"];
    const t = extract(layout([ACTIVE, applications, review]));
    expect(t.applications?.granted).toEqual(row7(5, null, 0, 0, 0, 0, null));
    expect(t.reviewLitigation?.review).toEqual({ upheld: 1, corrected: 0, other: 0, pending: null, total: 1 });
    expect(t.reviewLitigation?.litigationAfterReview).toEqual({ upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 });
    expect(t.diagnostics.map((d) => [d.code, d.row, d.column, d.message.slice(d.message.indexOf('"'))])).toEqual([
      ["non-numeric-cell", "granted", "commercial", '"O" is not a number; read as blank (null)'],
      ["non-numeric-cell", "granted", "total", '"l5" is not a number; read as blank (null)'],
      ["non-numeric-cell", "review", "pending", '"O" is not a number; read as blank (null)'],
    ]);
  });

  it("drops a table border left at a row's start or end", () => {
    const applications = APPLICATIONS.map((line) => (line.startsWith("（一）予以公开") ? "|（一）予以公开\t5\t0\t0\t0\t0\t0\t5  |" : line));
    const t = extract(layout([ACTIVE, applications, REVIEW]));
    expect(t.applications?.granted).toEqual(row7(5, 0, 0, 0, 0, 0, 5));
    expect(t.diagnostics).toEqual([]);
  });
});

describe("（六）其他处理 split into sub-rows numbered ①②③", () => {
  it("reads ③其他 as otherMisc", () => {
    const split = [
      "（六）其他处理\t①申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0",
      "\t②申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0",
      "\t③其他\t0\t1\t0\t0\t0\t0\t1",
    ];
    const applications = APPLICATIONS.flatMap((line) => (line.startsWith("（六）其他处理") ? split : [line]));
    const t = extract(report(ACTIVE, applications, REVIEW));
    expect(t.applications?.otherMisc).toEqual(row7(0, 1, 0, 0, 0, 0, 1));
    expect(t.applications?.otherOverdueFee).toEqual(Z7);
    expect(t.applications?.otherProcessing).toBeUndefined();
  });
});

describe("laid-out PDF text (pdftotext -layout) whose rows leave cells blank", () => {
  // Table 三 with its seven columns at fixed character positions, as -layout prints them.
  const COLUMNS = [40, 49, 58, 67, 76, 85, 94];
  const laidOut = (label: string, values: (string | null)[]) => {
    let line = `    ${label}`;
    values.forEach((v, i) => {
      if (v === null) return;
      // Each value centred on its column.
      line = line.padEnd(COLUMNS[i]! - Math.floor(v.length / 2), " ") + v;
    });
    return line;
  };
  const applications = (blanks: Record<string, (string | null)[]>) => [
    "三、收到和处理政府信息公开申请情况",
    ...APPLICATION_ROWS.map((label) => laidOut(label, blanks[label] ?? ["1", "0", "0", "0", "0", "0", "1"])),
  ];

  it("reads each printed value in the column it stands under, the blank cells as null, and says so", () => {
    const t = extract(report(ACTIVE, applications({ "4.保护第三方合法权益": ["0", null, null, null, "1", "0", "1"], "（六）其他处理": ["12", "0", "0", "0", "0", null, "12"] }), REVIEW));
    expect(t.applications?.deniedThirdParty).toEqual(row7(0, null, null, null, 1, 0, 1));
    expect(t.applications?.otherProcessing).toEqual(row7(12, 0, 0, 0, 0, null, 12));
    expect(t.applications?.granted).toEqual(row7(1, 0, 0, 0, 0, 0, 1));
    expect(codes(t).filter((c) => c.startsWith("row-placed-by-column"))).toHaveLength(2);
  });

  it("places a three-column row of table 二 by the columns of the other", () => {
    const active = ["二、主动公开政府信息情况", "信息内容\t本年制发件数\t本年废止件数\t现行有效件数", laidOut("规章", ["0", "0", "3"]), laidOut("行政规范性文件", ["3", null, "24"]), ...ACTIVE.slice(4)];
    const t = extract(report(active, APPLICATIONS, REVIEW));
    expect(t.active).toMatchObject({ regulations: { made: 0, repealed: 0, inForce: 3 }, normativeDocuments: { made: 3, repealed: null, inForce: 24 } });
    expect(codes(t)).toEqual([`row-placed-by-column:normativeDocuments:${NARRATIVE.length + 4}`]);
  });

  it("leaves a row blank when a value stands between two columns", () => {
    const t = extract(report(ACTIVE, applications({}).map((line) => (line.includes("4.保护第三方") ? `    4.保护第三方合法权益${" ".repeat(20)}1${" ".repeat(40)}1` : line)), REVIEW));
    expect(t.applications?.deniedThirdParty).toEqual(N7);
    expect(codes(t).some((c) => c.startsWith("row-truncated:deniedThirdParty"))).toBe(true);
  });
});

describe("tables typed or broken as real documents do", () => {
  it("reads rows typed with two tabs between cells (columns aligned by hand), and their leading empty cells", () => {
    const applications = APPLICATIONS.map((line, i) => (i < 3 ? line : `\t${line.replace(/\t/g, "\t\t")}`.replace(/\t\t0$/, "\t\t3")));
    const t = extract(report(ACTIVE, applications, REVIEW));
    expect(t.applications?.granted).toEqual(row7(0, 0, 0, 0, 0, 0, 3));
    expect(Object.keys(t.applications ?? {})).toHaveLength(23);
    expect(t.diagnostics.filter((d) => d.table === "applications")).toEqual([]);
  });

  it("reads a label a converter repeated in each column its merged cell spans (三、本年度办理结果 | （七）总计 | （七）总计)", () => {
    const applications = APPLICATIONS.map((line) => line.replace(/^（七）总计\t/, "三、本年度办理结果\t（七）总计\t（七）总计\t").replace(/^（一）予以公开\t/, "（一）予以公开\t（一）予以公开\t"));
    const t = extract(report(ACTIVE, applications, REVIEW));
    expect(Object.keys(t.applications ?? {})).toHaveLength(23);
    expect(t.diagnostics).toEqual([]);
  });

  it("reads table 三 whose header prints 总计 before 自然人: each row's first value is its total", () => {
    const html = `<p>三、收到和处理政府信息公开申请情况</p><table>
<tr><td colspan="2" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>
<tr><td rowspan="2">总计</td><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td></tr>
<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
<tr><td colspan="2">一、本年新收政府信息公开申请数量</td><td>18</td><td>12</td><td>3</td><td>0</td><td>1</td><td>2</td><td>0</td></tr>
</table>`;
    const t = extractTables(htmlToDocument(html));
    expect(t.applications?.newReceived).toEqual(row7(12, 3, 0, 1, 2, 0, 18));
    expect(codes(t)).toContain("total-column-first::");
  });

  it("reads a row a page broke in two: its label's start with the values, the rest after the header rows repeated on the next page", () => {
    const header = `<tr><td rowspan="2">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>
<tr><td>自然人</td><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td><td>总计</td></tr>`;
    const html = `<p>三、收到和处理政府信息公开申请情况</p><table>${header}
<tr><td>4.无正当理由大量反复申请</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>5.要求</td><td>2</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>3</td></tr>
</table><p>行政</p><table>${header}
<tr><td>机关确认或重新出具已获取信息</td><td></td><td></td><td></td><td></td><td></td><td></td><td></td></tr>
<tr><td>（七）总计</td><td>2</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>3</td></tr>
</table>`;
    const t = extractTables(htmlToDocument(html));
    expect(t.applications?.notProcessedReconfirm).toEqual(row7(2, 1, 0, 0, 0, 0, 3));
    expect(codes(t).filter((c) => c.startsWith("unknown-row"))).toEqual([]);
  });

  it("reads an empty first value cell as blank when every row ends in a tab (copied from a page), not as layout", () => {
    // Each row ends in a tab, as seed 001's do; the label spans two columns, so one empty cell before the values is layout.
    const applications = APPLICATIONS.map((line, i) => (i < 3 ? line : `${line.replace("\t", "\t\t")}\t`)).map((line) =>
      line.startsWith("一、本年新收") ? "一、本年新收政府信息公开申请数量\t\t\t7\t2\t1\t3\t4\t17\t" : line,
    );
    const review = [...REVIEW.slice(0, -1), "\t1\t0\t2\t6\t4\t0\t0\t0\t0\t0\t0\t0\t0\t3\t"];
    const t = extract(report(ACTIVE.map((l) => `${l}\t`), applications, review));
    expect(t.applications?.newReceived).toEqual(row7(null, 7, 2, 1, 3, 4, 17));
    expect(t.reviewLitigation?.review).toEqual({ upheld: null, corrected: 1, other: 0, pending: 2, total: 6 });
    expect(t.reviewLitigation?.litigationAfterReview).toEqual({ upheld: 0, corrected: 0, other: 0, pending: 0, total: 3 });
  });

  it("keeps a cell that may be one number with a space in its thousands whole where the row has a blank", () => {
    const active = (row: string) => extract(report([...ACTIVE.slice(0, 3), row, ...ACTIVE.slice(4)], APPLICATIONS, REVIEW)).active;
    expect(active("行政规范性文件\t\t1\t1 315")).toMatchObject({ normativeDocuments: { made: null, repealed: 1, inForce: 1315 } });
    expect(active("行政规范性文件\t\t1\t1 024")).toMatchObject({ normativeDocuments: { made: null, repealed: 1, inForce: 1024 } });
    // Values a PDF viewer copied with spaces between them, after the label's empty cell.
    expect(active("行政规范性文件\t\t3 1 2")).toMatchObject({ normativeDocuments: { made: 3, repealed: 1, inForce: 2 } });
  });

  it("keeps a blank last value when rows do not end in a tab: an empty first cell there is the label's", () => {
    const applications = APPLICATIONS.map((line, i) => (i < 3 ? line : line.replace("\t", "\t\t"))).map((line) =>
      line.startsWith("一、本年新收") ? "一、本年新收政府信息公开申请数量\t\t7\t2\t1\t3\t4\t17\t" : line,
    );
    expect(extract(report(ACTIVE, applications, REVIEW)).applications?.newReceived).toEqual(row7(7, 2, 1, 3, 4, 17, null));
  });

  it("strips both pieces of 三、本年度办理结果 that a page break cut apart from the labels after them", () => {
    const applications = APPLICATIONS.map((line) =>
      line.replace(/^（一）予以公开/, "三、本年（一）予以公开").replace(/^（六）其他处理/, "度办理结果（六）其他处理").replace(/^（七）总计/, "度办理结果（七）总计"),
    );
    const t = extract(report(ACTIVE, applications, REVIEW));
    expect(Object.keys(t.applications ?? {})).toHaveLength(23);
    expect(t.diagnostics).toEqual([]);
  });
});

describe("a table of contents before the report", () => {
  it("does not take its entries for the tables' headings, with or without page numbers", () => {
    for (const page of ["\t3", "……4", ""]) {
      const contents = ["目录", `二、主动公开政府信息情况${page}`, `三、收到和处理政府信息公开申请情况${page}`, `四、政府信息公开行政复议、行政诉讼情况${page}`, `五、存在的主要问题及改进情况${page}`];
      const t = extract([...contents, report(ACTIVE, APPLICATIONS, REVIEW)].join("\n"));
      expect(t.applications?.granted, page).toEqual(Z7);
      expect(t.reviewLitigation?.review, page).toEqual({ upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 });
      expect(t.diagnostics, page).toEqual([]);
    }
  });
});

describe("money under a header in 元", () => {
  it("converts a fee printed without a unit under 本年收费金额（单位：元） to 万元, keeps the printed text, and says so", () => {
    const active = [...ACTIVE.slice(0, -1), "信息内容\t本年收费金额（单位：元）", "行政事业性收费\t35686400"];
    const t = extract(report(active, APPLICATIONS, REVIEW));
    expect(t.active).toMatchObject({ fees: { amount: 3568.64 } });
    expect(t.provenance["active.fees.amount"]?.raw).toBe("35686400");
    expect(codes(t)).toEqual([`unit-converted:fees:${NARRATIVE.length + ACTIVE.length + 1}`]);
  });

  it("finds the 元 on a line of its own above or below the header, or in a header row led by its section's cell", () => {
    const fee = (...header: string[]) => extract(report([...ACTIVE.slice(0, -1), ...header, "行政事业性收费\t865000"], APPLICATIONS, REVIEW)).active;
    expect(fee("第二十条第（八）项\t单位：元", "信息内容\t本年收费金额")).toMatchObject({ fees: { amount: 86.5 } });
    expect(fee("信息内容\t本年收费金额", "\t（单位：元）")).toMatchObject({ fees: { amount: 86.5 } });
    expect(fee("第二十条第（八）项\t信息内容\t本年收费金额（单位：元）")).toMatchObject({ fees: { amount: 86.5 } });
    expect(fee("单位：元", "第二十条第（八）项", "信息内容\t本年收费金额")).toMatchObject({ fees: { amount: 865000 } });
  });

  it("leaves a fee under 本年收费金额（单位：万元） as printed", () => {
    const active = [...ACTIVE.slice(0, -1), "信息内容\t本年收费金额（单位：万元）", "行政事业性收费\t3568.64"];
    expect(extract(report(active, APPLICATIONS, REVIEW)).active).toMatchObject({ fees: { amount: 3568.64 } });
  });
});

describe("notes in and around the tables", () => {
  it("reads a cell's number and reports its note, so that table 四 keeps its other values", () => {
    const review = [...REVIEW.slice(0, 3), "1（维持）\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0"];
    const applications = APPLICATIONS.map((line) => (line.startsWith("（一）予以公开") ? "（一）予以公开\t2\t0\t0\t0\t0\t0\t2（含部分公开0件）" : line));
    const t = extract(report(ACTIVE, applications, review));
    expect(t.reviewLitigation?.review).toEqual({ upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 });
    expect(t.applications?.granted).toEqual(row7(2, 0, 0, 0, 0, 0, 2));
    expect(t.provenance["applications.granted.total"]?.raw).toBe("2（含部分公开0件）");
    expect(t.diagnostics.map((d) => [d.code, d.row, d.column])).toEqual([
      ["annotated-cell", "granted", "total"],
      ["annotated-cell", "review", "upheld"],
    ]);
  });

  it("keeps a footnote mark in <sup> apart from the number it follows", () => {
    const html = "<p>二、主动公开政府信息情况</p><table><tr><td>信息内容</td><td>本年处理决定数量</td></tr><tr><td>行政处罚</td><td>1315<sup>1</sup></td></tr></table>";
    const t = extractTables(htmlToDocument(html));
    expect(t.active).toMatchObject({ punishment: { decisions: 1315 } });
    expect(t.provenance["active.punishment.decisions"]?.raw).toBe("1315[1]");
  });

  it("takes no row from a note above a table, nor （八）其他 for （六）'s 3.其他, and reads a bilingual （七）总计 Total", () => {
    const applications = [
      "说明：上年结转政府信息公开申请数量 9",
      ...APPLICATIONS.map((line) => line.replace(/^（七）总计/, "（七）总计 Total")),
      "（八）其他\t2\t0\t0\t0\t0\t0\t2",
    ];
    const t = extract(report(ACTIVE, applications, REVIEW));
    expect(t.applications?.carriedOver).toEqual(Z7);
    expect(t.applications?.totalProcessed).toEqual(Z7);
    expect(t.applications?.otherMisc).toBeUndefined();
    expect(codes(t).map((c) => c.split(":")[0])).toEqual(["unknown-row", "unknown-row"]);
  });
});
