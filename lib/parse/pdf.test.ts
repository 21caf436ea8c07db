import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { NoTextLayerError, pdfToDocument } from "./pdf";
import type { SourceDocument, SourceRow } from "../model/document";

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../data/fixtures/pdf/${name}`, import.meta.url)));
const texts = (row: SourceRow | undefined): string[] => row?.cells.map((c) => c.text) ?? [];
const rowWith = (doc: SourceDocument, label: string): SourceRow | undefined => doc.rows.find((r) => r.fromTable && r.cells.some((c) => c.text === label && !c.spanned));

describe("pdfToDocument", () => {
  it("rebuilds seed 004's tables cell by cell, blanks and merged cells included", async () => {
    const doc = await pdfToDocument(fixture("seed-004.pdf"));
    expect(doc.format).toBe("pdf");
    expect(texts(rowWith(doc, "行政许可"))).toEqual(["行政许可", "42", "+21", "5037"]);
    // The fourth column is a real empty cell, not a merged one.
    const fees = rowWith(doc, "行政事业性收费")!;
    expect(fees.cells.map((c) => [c.text, c.spanned ?? false])).toEqual([["行政事业性收费", false], ["16", false], ["0", false], ["", false]]);
    // 采购总金额 spans two columns: the second is spanned and empty.
    const procurement = rowWith(doc, "政府集中采购")!;
    expect(procurement.cells.map((c) => [c.text.replace(/\s/g, ""), c.spanned ?? false])).toEqual([["政府集中采购", false], ["3", false], ["925万元", false], ["", true]]);
    // A label wrapped over two lines inside its cell is one cell; the rowspan label is repeated.
    const partial = rowWith(doc, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）")!;
    expect(partial.cells.map((c) => c.text)).toEqual(["三、本年度办理结果", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "", "0", "0", "0", "0", "0", "0", "0"]);
    expect(partial.cells[0]!.spanned).toBe(true);
    expect(texts(rowWith(doc, "（六）其他处理"))).toEqual(["三、本年度办理结果", "（六）其他处理", "", "0", "0", "0", "0", "0", "0", "0"]);
    const review = doc.rows.filter((r) => r.fromTable && r.cells.length === 15);
    expect(texts(review.at(-1))).toEqual(["1", "0", "0", "0", "1", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0"]);
    expect(doc.rows.find((r) => !r.fromTable)?.cells[0]).toEqual({ text: "一、总体情况", line: 1 });
  });

  it("keeps table 三 whole across four pages and drops page headers and numbers", async () => {
    const doc = await pdfToDocument(fixture("seed-000-multipage.pdf"));
    const all = doc.rows.flatMap((r) => r.cells.map((c) => c.text));
    expect(all.filter((t) => /^- \d+ -$/.test(t) || t === "政府信息公开工作年度报告")).toEqual([]);
    const start = doc.rows.findIndex((r) => r.cells[0]?.text === "一、本年新收政府信息公开申请数量");
    const table = doc.rows.slice(start, start + 23);
    expect(table.every((r) => r.fromTable && r.cells.length === 10)).toBe(true);
    expect(table.map((r) => r.cells.slice(3).map((c) => Number(c.text)))).toEqual([
      [3, 0, 0, 0, 0, 0, 3], [0, 0, 0, 0, 0, 0, 0], [1, 0, 0, 0, 0, 0, 1], [0, 0, 0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0, 0, 0], [1, 0, 0, 0, 0, 0, 1], [0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0], [1, 0, 0, 0, 0, 0, 1], [0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0],
      [1, 0, 0, 0, 0, 0, 1], [0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0, 0, 0], [3, 0, 0, 0, 0, 0, 3], [0, 0, 0, 0, 0, 0, 0],
    ]);
    // Rows on pages 3 and 4 still carry the tall merged labels from page 2.
    expect(texts(rowWith(doc, "6.属于四类过程性信息")).slice(0, 3)).toEqual(["三、本年度办理结果", "（三）不予公开", "6.属于四类过程性信息"]);
    expect(texts(rowWith(doc, "（七）总计")).slice(0, 3)).toEqual(["三、本年度办理结果", "（七）总计", ""]);
    expect(rowWith(doc, "（七）总计")!.cells[0]).toMatchObject({ spanned: true, line: rowWith(doc, "（一）予以公开")!.cells[0]!.line });
  });

  it("numbers lines in reading order across pages", async () => {
    const doc = await pdfToDocument(fixture("seed-000-multipage.pdf"));
    const lines = doc.rows.map((r) => Math.min(...r.cells.filter((c) => !c.spanned).map((c) => c.line ?? Infinity)));
    // Line 1 is page 1's running header: dropped, but counted like every visible line.
    expect(lines[0]).toBe(2);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it("rebuilds a table without ruling lines from text positions", async () => {
    const doc = await pdfToDocument(fixture("seed-004-borderless.pdf"));
    // Columns from the values' positions: the fees row's fourth column is a real empty cell.
    expect(texts(rowWith(doc, "行政事业性收费"))).toEqual(["行政事业性收费", "16", "0", ""]);
    expect(texts(rowWith(doc, "信息内容"))).toEqual(["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"]);
    // A label wrapped over two lines, its values printed on neither of them.
    expect(texts(rowWith(doc, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"))).toEqual([
      "三、本年度办理结果", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "0", "0", "0", "0", "0", "0", "0",
    ]);
    // Row-group labels printed one character per line are one cell, repeated on the rows beside them.
    const secret = rowWith(doc, "1.属于国家秘密")!;
    expect(texts(secret).slice(0, 2)).toEqual(["三、本年度办理结果", "（三）不予公开"]);
    expect(rowWith(doc, "2.其他法律行政法规禁止公开")!.cells[0]).toMatchObject({ text: "三、本年度办理结果", spanned: true });
    // Table 四's header words, one character per line, are whole again.
    expect(texts(doc.rows.find((r) => r.cells[0]?.text === "结果维持"))).toEqual([
      "结果维持", "结果纠正", "其他结果", "尚未审结", "", "", "", "", "", "", "", "", "", "", "",
    ]);
    expect(texts(doc.rows.find((r) => r.fromTable && r.cells[0]?.text === "1"))).toEqual(["1", "0", "0", "0", "1", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0"]);
    // Lines between the tables stay running text.
    expect(doc.rows.find((r) => r.cells[0]?.text === "第二十条第（五）项")).toMatchObject({ cells: [{ text: "第二十条第（五）项" }] });
    expect(doc.rows.find((r) => r.cells[0]?.text === "四、政府信息公开行政复议、行政诉讼情况")?.fromTable).toBeUndefined();
  });

  it("keeps a borderless table's row that prints fewer values than the rows below it, its blanks in their columns", async () => {
    // A LibreOffice PDF of borderless-partial-row.html, whose table 二 has <td>规章</td><td></td><td></td><td>2</td>.
    const doc = await pdfToDocument(fixture("borderless-partial-row.pdf"));
    expect(texts(rowWith(doc, "规章"))).toEqual(["规章", "", "", "2"]);
    expect(texts(rowWith(doc, "行政规范性文件"))).toEqual(["行政规范性文件", "3", "1", "24"]);
  });

  it("reads the radicals Chromium's PDFs print for ideographs (⾏ for 行) as the ideographs", async () => {
    // Chromium's "save as PDF" of chromium-printed.html with Noto CJK: its text maps 行, 文, 无 and 大 to radicals.
    const doc = await pdfToDocument(fixture("chromium-printed.pdf"));
    expect(texts(rowWith(doc, "行政规范性文件"))).toEqual(["行政规范性文件", "6", "3", "41"]);
    expect(texts(rowWith(doc, "4.无正当理由大量反复申请")).slice(1)).toEqual(["（五）不予处理", "4.无正当理由大量反复申请", "0", "0", "0", "0", "0", "0", "0"]);
    expect(doc.rows.some((r) => r.cells.some((c) => /[\u2e80-\u2fdf]/.test(c.text)))).toBe(false);
  });

  it("reads a borderless table's row that stands apart from the rest, a label and its one number", async () => {
    // A LibreOffice PDF (landscape, 7 pt, no borders) whose fee row, printed 行政事业性收费 12, follows the header of its own section.
    const doc = await pdfToDocument(fixture("borderless-fee-row-apart.pdf"));
    expect(texts(doc.rows.find((r) => r.cells[0]?.text === "行政事业性收费"))).toEqual(["行政事业性收费", "12"]);
    // Running text ending in a number stays one cell.
    expect(doc.rows.filter((r) => r.cells.length === 2 && /[，。]/.test(r.cells[0]!.text))).toEqual([]);
  });

  it("joins numbers that wrapped in a borderless table's narrow cells, wherever the row's other cells print", async () => {
    // Chromium's PDF of borderless-digits-wrap.html: value columns 30 px wide, cells centred vertically, so 31403
    // prints as 314 above 03, with the row's label (and its one-line values) between the two halves.
    const doc = await pdfToDocument(fixture("borderless-digits-wrap.pdf"));
    expect(texts(rowWith(doc, "一、本年新收政府信息公开申请数量"))).toEqual(["一、本年新收政府信息公开申请数量", "31403", "7091", "2026", "1013", "3039", "4052", "48624"]);
    // The halves above and below a line of zeros, the label wrapped over all three lines.
    expect(texts(rowWith(doc, "（一）予以公开")).slice(1)).toEqual(["（一）予以公开", "12156", "3039", "1013", "0", "1013", "2026", "19247"]);
    expect(texts(rowWith(doc, "2.其他法律行政法规禁止公开"))).toEqual(["2.其他法律行政法规禁止公开", "1013", "0", "0", "0", "0", "0", "1013"]);
    // The lower half beside the rest of a wrapped label.
    expect(texts(rowWith(doc, "（六）其他处理")).slice(-7)).toEqual(["0", "0", "0", "0", "0", "1013", "1013"]);
    expect(texts(rowWith(doc, "（七）总计"))).toEqual(["（七）总计", "32416", "7091", "2026", "1013", "4052", "4052", "50650"]);
    // No row is left of digits alone but table 四's, which has no label.
    const unlabelled = doc.rows.filter((r) => r.fromTable && r.cells.every((c) => /^\d*$/.test(c.text)));
    expect(unlabelled.map(texts)).toEqual([["3039", "1013", "0", "2026", "6078", "4052", "0", "1013", "0", "5065", "1013", "2026", "0", "0", "3039"]]);
  });

  it("gives a borderless row's wrapped label to the values it is centred on, not to the row above, and keeps spanning headers apart", async () => {
    // Chromium's PDF of outer-border-label-wrap.html: a table box without inner rulings, cells centred vertically.
    // 规章 prints only 17; 行政规范性文件 wraps over two lines, its values on the line between them.
    const doc = await pdfToDocument(fixture("outer-border-label-wrap.pdf"));
    expect(texts(rowWith(doc, "规章"))).toEqual(["规章", "", "", "17"]);
    expect(texts(rowWith(doc, "行政规范性文件"))).toEqual(["行政规范性文件", "6", "3", "41"]);
    // Table 四: 复议后起诉 heads five columns; 结果维持 below it, wrapped as 结果维 / 持, is one header of its own.
    const groups = doc.rows.find((r) => r.cells.some((c) => c.text === "未经复议直接起诉"));
    expect(texts(groups).filter(Boolean)).toEqual(["未经复议直接起诉", "复议后起诉"]);
  });

  it("keeps a blank value cell blank at the top of a page, under the header it follows", async () => {
    // LibreOffice's PDF of ruled-t4-blank-page-break.fodt: table 四's header ends page 2, its values start page 3,
    // 复议后起诉's 其他结果 left empty. The empty cell is not the rest of the header cell above it.
    const doc = await pdfToDocument(fixture("ruled-t4-blank-page-break.pdf"));
    const values = doc.rows.find((r) => r.fromTable && r.cells.length === 15 && r.cells[0]!.text === "3");
    expect(texts(values)).toEqual(["3", "1", "0", "2", "6", "4", "0", "1", "0", "5", "1", "2", "", "0", "3"]);
  });

  it("joins a one-character-per-line label that a page break cut in two", async () => {
    const doc = await pdfToDocument(fixture("seed-000-vertical.pdf"));
    // 三、本年度办理 on page 1, 结果 on page 2: both parts read the whole label.
    expect(texts(rowWith(doc, "（一）予以公开"))[0]).toBe("三、本年度办理结果");
    expect(texts(rowWith(doc, "（七）总计")).slice(0, 2)).toEqual(["三、本年度办理结果", "（七）总计"]);
    expect(texts(doc.rows.find((r) => r.cells[0]?.text === "结果维持")).slice(0, 5)).toEqual(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]);
  });

  it("rejects a scan without a text layer", async () => {
    const error = await pdfToDocument(fixture("scanned.pdf")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NoTextLayerError);
    expect(error).toMatchObject({ code: "no-text-layer", message: expect.stringMatching(/no text layer.*needs OCR/) });
  });
});
