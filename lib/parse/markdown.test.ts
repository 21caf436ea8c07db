import { describe, expect, it } from "vitest";
import type { SourceRow } from "../model/document";
import { markdownToDocument } from "./markdown";

const view = (rows: SourceRow[]) => rows.map((r) => ({ t: r.fromTable ?? false, line: r.cells[0]!.line, cells: r.cells.map((c) => c.text) }));

describe("markdownToDocument", () => {
  it("reads headings, paragraphs and a GFM pipe table with alignment row", () => {
    const md = [
      "# 海盐县卫生健康局2020年度政府信息公开工作年度报告",
      "",
      "**一、总体情况**",
      "",
      "| 第二十条第（五）项 | | |",
      "|:---|:--:|---:|",
      "| 信息内容 | 上一年项目数量 | 本年增/减 |",
      "| 行政许可 | 16 | 0 |",
      "| 行政事业性收费 |  | -3 |",
      "",
      "## 四、政府信息公开行政复议、行政诉讼情况",
    ].join("\n");
    const doc = markdownToDocument(md);
    expect(doc.format).toBe("markdown");
    expect(doc.title).toBe("海盐县卫生健康局2020年度政府信息公开工作年度报告");
    expect(view(doc.rows)).toEqual([
      { t: false, line: 1, cells: ["海盐县卫生健康局2020年度政府信息公开工作年度报告"] },
      { t: false, line: 3, cells: ["一、总体情况"] },
      { t: true, line: 5, cells: ["第二十条第（五）项", "", ""] },
      { t: true, line: 7, cells: ["信息内容", "上一年项目数量", "本年增/减"] },
      { t: true, line: 8, cells: ["行政许可", "16", "0"] },
      { t: true, line: 9, cells: ["行政事业性收费", "", "-3"] },
      { t: false, line: 11, cells: ["四、政府信息公开行政复议、行政诉讼情况"] },
    ]);
  });

  it("reads tables without outer pipes when an alignment row is present, and escaped pipes and <br>", () => {
    const md = ["项目 | 自然人 | 总计", "--- | --- | ---", "（三）不予<br>公开 \\| 1.属于国家秘密 | 0 | 0", "（七）总计 | 3<br/> | 3"].join("\n");
    expect(view(markdownToDocument(md).rows)).toEqual([
      { t: true, line: 1, cells: ["项目", "自然人", "总计"] },
      { t: true, line: 3, cells: ["（三）不予公开 | 1.属于国家秘密", "0", "0"] },
      { t: true, line: 4, cells: ["（七）总计", "3", "3"] },
    ]);
  });

  it("keeps the blank last cell of a row written without outer pipes, as the delimiter row's width says", () => {
    const md = ["项目 | 自然人 | 总计", "--- | --- | ---", "（三）不予公开 | 0 |", " | 4.保护第三方合法权益 | 0", "（七）总计 | 3 | 3"].join("\n");
    expect(view(markdownToDocument(md).rows).map((r) => r.cells)).toEqual([
      ["项目", "自然人", "总计"],
      ["（三）不予公开", "0", ""],
      ["", "4.保护第三方合法权益", "0"],
      ["（七）总计", "3", "3"],
    ]);
  });

  it("reads tables written with full-width pipes, dashes and colons", () => {
    const md = ["｜ 项目 ｜ 自然人 ｜ 总计 ｜", "｜：－－－｜－－－：｜———｜", "｜（七）总计｜3｜3｜", "", "电话｜86865111"].join("\n");
    expect(view(markdownToDocument(md).rows)).toEqual([
      { t: true, line: 1, cells: ["项目", "自然人", "总计"] },
      { t: true, line: 3, cells: ["（七）总计", "3", "3"] },
      { t: false, line: 5, cells: ["电话｜86865111"] },
    ]);
  });

  it("reads OCR tables that have leading pipes but no alignment row", () => {
    const md = "|一、本年新收政府信息公开申请数量|3|0|0|0|0|0|3|\n|二、上年结转政府信息公开申请数量|&nbsp;|0|0|0|0|0|0|";
    const rows = markdownToDocument(md).rows;
    expect(rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ["一、本年新收政府信息公开申请数量", "3", "0", "0", "0", "0", "0", "3"],
      ["二、上年结转政府信息公开申请数量", "", "0", "0", "0", "0", "0", "0"],
    ]);
    expect(rows.every((r) => r.fromTable)).toBe(true);
  });

  it("reads tables whose rows close every cell with a pipe and have no leading pipe: a leading pipe follows a blank cell", () => {
    const md = ["三、收到和处理政府信息公开申请情况", "三、本年度办理结果 | （一）予以公开 |  | 3 | 0 |", " | （二）部分公开 |  | 0 |  |", "结束"].join("\n");
    expect(view(markdownToDocument(md).rows)).toEqual([
      { t: false, line: 1, cells: ["三、收到和处理政府信息公开申请情况"] },
      { t: true, line: 2, cells: ["三、本年度办理结果", "（一）予以公开", "", "3", "0"] },
      { t: true, line: 3, cells: ["", "（二）部分公开", "", "0", ""] },
      { t: false, line: 4, cells: ["结束"] },
    ]);
  });

  it("reads two lines or more with pipes inside as table rows, without outer pipes or a delimiter row", () => {
    const md = "行政许可 | 5691\n行政处罚 | 21";
    expect(view(markdownToDocument(md).rows)).toEqual([
      { t: true, line: 1, cells: ["行政许可", "5691"] },
      { t: true, line: 2, cells: ["行政处罚", "21"] },
    ]);
  });

  it("reads a table written one cell per line, each closed by a pipe, as cells to regroup; a lone pipe is a blank cell", () => {
    const md = "信息内容 |\n本年处理决定数量 |\n行政许可 |\n  |\n行政处罚 |\n21 |";
    expect(view(markdownToDocument(md).rows)).toEqual([
      { t: false, line: 1, cells: ["信息内容"] },
      { t: false, line: 2, cells: ["本年处理决定数量"] },
      { t: false, line: 3, cells: ["行政许可"] },
      { t: false, line: 4, cells: [""] },
      { t: false, line: 5, cells: ["行政处罚"] },
      { t: false, line: 6, cells: ["21"] },
    ]);
  });

  it("keeps a row of single dashes below the header as data", () => {
    const md = "| 行政复议 | 维持 |\n| - | - |\n| 0 | 0 |\n| - | - |";
    expect(markdownToDocument(md).rows.map((r) => r.cells.map((c) => c.text))).toEqual([["行政复议", "维持"], ["0", "0"], ["-", "-"]]);
  });

  it("reads the PDF-text rows outside its pipe tables, and a line with a stray border as text", () => {
    const md = "| 行政许可 | 12 |\n| 行政处罚 | 3 |\n\n（一）予以公开    5    0    5\n|（二）部分公开    1    0    1  |\n- 3 -";
    expect(view(markdownToDocument(md).rows)).toEqual([
      { t: true, line: 1, cells: ["行政许可", "12"] },
      { t: true, line: 2, cells: ["行政处罚", "3"] },
      { t: false, line: 4, cells: ["（一）予以公开", "5", "0", "5"] },
      { t: false, line: 5, cells: ["（二）部分公开", "1", "0", "1"] },
    ]);
  });

  it("keeps a sentence that merely contains a pipe as text", () => {
    const rows = markdownToDocument("电话：0577-62522339 | 邮箱：yqswsj@163.com").rows;
    expect(view(rows)).toEqual([{ t: false, line: 1, cells: ["电话：0577-62522339 | 邮箱：yqswsj@163.com"] }]);
  });

  it("reads raw HTML tables with merged cells, with lines in the Markdown file", () => {
    const md = ["三、收到和处理政府信息公开申请情况", "", "<table>", "<tr><td rowspan=\"2\">（三）不予公开</td><td>1.属于国家秘密</td><td>0</td></tr>", "<tr><td>2.其他法律行政法规禁止公开</td><td>1</td></tr>", "</table>", "结束"].join("\n");
    expect(view(markdownToDocument(md).rows)).toEqual([
      { t: false, line: 1, cells: ["三、收到和处理政府信息公开申请情况"] },
      { t: true, line: 4, cells: ["（三）不予公开", "1.属于国家秘密", "0"] },
      { t: true, line: 4, cells: ["（三）不予公开", "2.其他法律行政法规禁止公开", "1"] },
      { t: false, line: 7, cells: ["结束"] },
    ]);
    expect(markdownToDocument(md).rows[2]!.cells[2]!.line).toBe(5);
  });

  it("ends a grid table's rows at a border under some columns only, as pandoc draws a cell spanning rows", () => {
    const md = [
      "+------------+----------------+----+----+",
      "| 三、本年度 | （一）予以公开 | 5  | 7  |",
      "| 办理结果   +----------------+----+----+",
      "|            | （二）部分公开 | 2  | 2  |",
      "+------------+----------------+----+----+",
    ].join("\n");
    expect(view(markdownToDocument(md).rows)).toEqual([
      { t: true, line: 2, cells: ["三、本年度办理结果", "（一）予以公开", "5", "7"] },
      { t: true, line: 4, cells: ["", "（二）部分公开", "2", "2"] },
    ]);
  });

  it("reads a raw HTML table written on one line inside wrappers, as MinerU writes it", () => {
    const md = '表二\n<html><body><table><tr><td rowspan="2">（三）不予公开</td><td>1.属于国家秘密</td><td>0</td></tr><tr><td>2.其他法律行政法规禁止公开</td><td>1</td></tr></table></body></html>\n结束';
    expect(view(markdownToDocument(md).rows)).toEqual([
      { t: false, line: 1, cells: ["表二"] },
      { t: true, line: 2, cells: ["（三）不予公开", "1.属于国家秘密", "0"] },
      { t: true, line: 2, cells: ["（三）不予公开", "2.其他法律行政法规禁止公开", "1"] },
      { t: false, line: 3, cells: ["结束"] },
    ]);
  });

  it("strips bullets and quotes but keeps numbering, and drops rules and blank lines", () => {
    const md = "> 1.属于国家秘密\n- 2.重复申请\n\n---\n3.其他";
    expect(view(markdownToDocument(md).rows).map((r) => r.cells[0])).toEqual(["1.属于国家秘密", "2.重复申请", "3.其他"]);
  });
});
