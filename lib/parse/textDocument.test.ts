import { describe, expect, it } from "vitest";
import { textToDocument } from "./textDocument";

const texts = (text: string) => textToDocument(text).rows.map((r) => r.cells.map((c) => c.text));

describe("textToDocument", () => {
  it("reads cell-per-line rows: tab starts a cell, a tab-free line continues it, a blank line ends the row", () => {
    const doc = textToDocument("标题\n\n\t信息内容\n\t本年新\n制作数量\n\t\n\t 0 \n\t　0\n\n正文");
    expect(doc.rows.map((r) => r.cells.map((c) => [c.text, c.line]))).toEqual([
      [["标题", 1]],
      [["信息内容", 3], ["本年新制作数量", 4], ["", 6], ["0", 7], ["0", 8]],
      [["正文", 10]],
    ]);
    expect(doc.rows[1]?.fromTable).toBe(true);
  });

  it("does not glue a value and the next heading together", () => {
    expect(texts("\t规章\n\t0\n三、收到和处理政府信息公开申请情况")).toEqual([["规章", "0"], ["三、收到和处理政府信息公开申请情况"]]);
  });

  it("does not take the numbering a wrapped label leaves at a line's end (\"1.\") for a value", () => {
    expect(texts("（六）其他处理    1.\n申请人逾期不补正  0   0\n行政事业性收费 3568.64 1,234")).toEqual([
      ["（六）其他处理    1."],
      ["申请人逾期不补正", "0", "0"],
      ["行政事业性收费", "3568.64", "1,234"],
    ]);
  });

  it("reads tab-separated rows, keeping leading empty cells", () => {
    expect(texts("行政许可\t0\t\t\n\t\t\t\t\t0\t1")).toEqual([
      ["行政许可", "0", "", ""],
      ["", "", "", "", "", "0", "1"],
    ]);
  });

  it("splits a tab-separated cell that ends in space-separated values, as PDF viewers copy them", () => {
    expect(texts("一、本年新收政府信息公开申请数量 0\t3\t1\n规章\t1 0 2\n\t1. 属于国家秘密\t0")).toEqual([
      ["一、本年新收政府信息公开申请数量", "0", "3", "1"],
      ["规章", "1", "0", "2"],
      ["", "1. 属于国家秘密", "0"],
    ]);
  });

  it("splits a tab-separated cell whose values are apart by no-break spaces, as text pasted from a web page", () => {
    expect(texts("规章\t3\u00a0\u00a0\u00a01\u00a0\u00a0\u00a024")).toEqual([["规章", "3", "1", "24"]]);
  });

  it("reads PDF text: label + space-separated values, skipping page furniture", () => {
    const doc = textToDocument("一、本年新收政府信息公开申请数量 3 0 0 0 0 0 3\n- 3 -\n第 3 页\n3/7\n第 2 页 共 5 页\n规章 0 +2 -1");
    expect(doc.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ["一、本年新收政府信息公开申请数量", "3", "0", "0", "0", "0", "0", "3"],
      ["规章", "0", "+2", "-1"],
    ]);
    expect(doc.rows[1]?.cells[0]?.line).toBe(6);
  });

  it("splits a label glued to its first value only on clearly tabular lines", () => {
    expect(texts("二、上年结转政府信息公开申请数量0 0 0 0 0 0 0\n电话：86865111")).toEqual([
      ["二、上年结转政府信息公开申请数量", "0", "0", "0", "0", "0", "0", "0"],
      ["电话：86865111"],
    ]);
  });

  it("keeps a misread number (O, I) as a value only among real ones", () => {
    expect(texts("5.属于三类内部事务信息 9 O 0 2O8\n附件 I\n第二 I 2")).toEqual([
      ["5.属于三类内部事务信息", "9", "O", "0", "2O8"],
      ["附件 I"],
      ["第二 I 2"],
    ]);
  });

  it("keeps running text whole", () => {
    expect(texts("截止 2021 年 12 月 31 日，主动公开各类政府信息 210 条。")).toEqual([
      ["截止 2021 年 12 月 31 日，主动公开各类政府信息 210 条。"],
    ]);
  });
});

describe("textToDocument on PDF wraps", () => {
  it("moves a sub-row number left at the end of a line onto the label it belongs to", () => {
    expect(texts("（三）不予公开   1\n.属于国家秘密    1 0 0 0 0 0 1")).toEqual([
      ["（三）不予公开"],
      ["1.属于国家秘密", "1", "0", "0", "0", "0", "0", "1"],
    ]);
  });
});

describe("textToDocument on laid-out text", () => {
  it("gives the values of a line laid out with runs of spaces their column (middle, in characters), and those of other lines none", () => {
    const [laidOut, plain] = textToDocument("    规章        0      12\n规章 0 12").rows;
    expect(laidOut!.cells.map((c) => [c.text, c.column])).toEqual([["规章", undefined], ["0", 14.5], ["12", 22]]);
    expect(plain!.cells.every((c) => c.column === undefined)).toBe(true);
  });
});
