import { describe, expect, it } from "vitest";
import { findBorderlessTables } from "./pdf-borderless";
import { groupLines } from "./pdf-lines";

const SIZE = 10;
/** A run of `text` at `x`, `top` points down the page, as wide as its characters (CJK one em, digits 0.55). */
const run = (text: string, x: number, top: number) => ({ text, x, top, size: SIZE, width: [...text].reduce((w, ch) => w + (/[\u2E80-\uFFEF]/.test(ch) ? SIZE : 0.55 * SIZE), 0) });
const rowsOf = (runs: ReturnType<typeof run>[]) =>
  findBorderlessTables(groupLines(runs, 0, 1))
    .rows.sort((a, b) => a.top - b.top)
    .map((r) => r.row.cells.map((c) => c.text));

describe("findBorderlessTables", () => {
  it("joins numbers wrapped in narrow cells beside a wrapped label that starts at the page's margin, as running text does", () => {
    const rows = rowsOf([
      run("2022年，本机关主动公开政府信息326条，其中政策文件48条、工作动态211条。", 34, 100),
      run("一、本年新收政府信息公开申请数", 36, 150),
      ...[run("31", 200, 150), run("70", 230, 150), run("48", 260, 150)],
      run("量", 36, 162),
      ...[run("31", 200, 162), run("7", 233, 162), run("48", 260, 162)],
      run("二、上年结转政府信息公开申请数", 36, 178),
      ...[run("12", 200, 178), run("10", 230, 178), run("22", 260, 178)],
    ]);
    expect(rows).toEqual([
      ["一、本年新收政府信息公开申请数量", "3131", "707", "4848"],
      ["二、上年结转政府信息公开申请数", "12", "10", "22"],
    ]);
  });

  it("keeps digits under a number that does not fill its column apart from it: a number with room for another digit did not wrap", () => {
    // 37 alone on its line, right-aligned under 1315; the column also holds 125810, so 1315 had room to print whole.
    const rows = rowsOf([
      run("行政许可", 36, 150),
      run("125810", 194.5, 150),
      run("行政处罚", 36, 166),
      run("1315", 202.75, 166),
      run("37", 216.5, 178),
      run("行政事业性收费", 36, 194),
      run("86.5", 205.5, 194),
    ]);
    expect(rows.find((r) => r.includes("行政处罚"))).toEqual(["行政处罚", "1315"]);
    expect(rows.some((r) => r.includes("37"))).toBe(true);
  });

  it("keeps a row whose label does not fill its cell apart from the row above, its number however wide", () => {
    const rows = rowsOf([
      run("行政处罚", 36, 150),
      run("1315", 200, 150),
      run("行政强制", 36, 162),
      run("37", 211, 162),
      run("行政事业性收费", 36, 178),
      run("12", 211, 178),
    ]);
    expect(rows).toEqual([
      ["行政处罚", "1315"],
      ["行政强制", "37"],
      ["行政事业性收费", "12"],
    ]);
  });

  it("keeps a column blank in every row where its header stands between headed columns", () => {
    // Table 四's 结果纠正 left blank: no value marks its column, its header does.
    const rows = rowsOf([
      ...[run("维持", 200, 130), run("纠正", 240, 130), run("其他", 280, 130), run("总计", 320, 130)],
      ...[run("3", 207, 150), run("0", 287, 150), run("3", 327, 150)],
    ]);
    expect(rows.at(-1)).toEqual(["3", "", "0", "3"]);
  });

  it("adds no column for headers set off to one side of their values", () => {
    // Headers left-aligned, numbers centred in wide cells: no header stands over a number.
    const rows = rowsOf([
      ...[run("商业", 200, 130), run("科研", 260, 130), run("总计", 320, 130)],
      ...[run("7", 228, 150), run("2", 288, 150), run("9", 348, 150)],
    ]);
    expect(rows.at(-1)).toEqual(["7", "2", "9"]);
  });

  it("joins a number printed over three lines", () => {
    const rows = rowsOf([
      ...[run("一、本年新收", 36, 150), run("31", 200, 150), run("7", 233, 150), run("48", 260, 150)],
      ...[run("40", 200, 162), run("62", 260, 162)],
      ...[run("3", 202.75, 174), run("4", 262.75, 174)],
      ...[run("二、上年结转", 36, 190), run("12", 200, 190), run("1", 233, 190), run("13", 260, 190)],
    ]);
    expect(rows).toEqual([
      ["一、本年新收", "31403", "7", "48624"],
      ["二、上年结转", "12", "1", "13"],
    ]);
  });

  it("joins a number's third line beside the end of a wrapped label", () => {
    const rows = rowsOf([
      ...[run("三、本年", 36, 150), run("（一）予以公开", 90, 150), run("12", 200, 150), run("0", 234, 150), run("19", 260, 150)],
      ...[run("度办理结", 36, 162), run("15", 200, 162), run("24", 260, 162)],
      ...[run("果", 36, 174), run("6", 202.75, 174), run("7", 262.75, 174)],
      ...[run("（二）部分公开", 90, 190), run("40", 200, 190), run("0", 234, 190), run("60", 260, 190)],
    ]);
    expect(rows.find((r) => r.includes("（一）予以公开"))?.slice(-3)).toEqual(["12156", "0", "19247"]);
    expect(rows.find((r) => r.includes("（二）部分公开"))?.slice(-3)).toEqual(["40", "0", "60"]);
  });

  it("joins the lower halves of numbers beside the rest of a group label wrapped in its own column", () => {
    const rows = rowsOf([
      ...[run("三、本年", 36, 150), run("（一）予以公开", 90, 150), run("121", 200, 150), run("0", 234, 150), run("191", 260, 150)],
      ...[run("度办理结", 36, 162), run("2", 205.5, 162), run("9", 265.5, 162)],
      ...[run("果", 36, 174), run("（二）部分公开", 90, 178), run("404", 200, 178), run("0", 234, 178), run("606", 260, 178)],
    ]);
    expect(rows.find((r) => r.includes("（一）予以公开"))?.slice(-3)).toEqual(["1212", "0", "1919"]);
    expect(rows.find((r) => r.includes("（二）部分公开"))?.slice(-3)).toEqual(["404", "0", "606"]);
  });
});
