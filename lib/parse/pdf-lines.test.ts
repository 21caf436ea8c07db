import { describe, expect, it } from "vitest";
import { findPageFurniture, type PdfLine } from "./pdf-lines";

const HEIGHT = 800;
/** A line of `text` on `page`, `top` points from the page's top. */
const line = (page: number, top: number, text: string): PdfLine => ({ page, top, bottom: top + 10, x0: 100, x1: 120, size: 10, runs: [], text, line: 0 });
const furnitureOf = (pages: PdfLine[][]) => {
  const found = findPageFurniture(pages.map((lines) => ({ lines, height: HEIGHT })));
  return pages.flat().filter((l) => found.has(l)).map((l) => `${l.page}:${l.text}`);
};

describe("findPageFurniture", () => {
  it("takes numbers that run with the pages for page numbers, wherever they start", () => {
    expect(furnitureOf([[line(0, 770, "3"), line(0, 300, "正文")], [line(1, 770, "4")], [line(2, 770, "5")]])).toEqual(["0:3", "1:4", "2:5"]);
    expect(furnitureOf([[line(0, 770, "- 1 -")], [line(1, 20, "第2页")]])).toEqual(["0:- 1 -", "1:第2页"]);
    expect(furnitureOf([[line(0, 770, "1")]])).toEqual(["0:1"]);
  });

  it("keeps a table's values in the header and footer bands: lone numbers that do not run with the pages, and rows of numbers", () => {
    // Seed text printed to PDF, one cell per line: "0" at the foot of two pages.
    expect(furnitureOf([[line(0, 770, "0")], [line(1, 770, "0")], [line(2, 770, "12")]])).toEqual([]);
    expect(furnitureOf([[line(0, 20, "0 0 1")], [line(1, 20, "0 0 1")]])).toEqual([]);
    expect(furnitureOf([[line(0, 770, "0")]])).toEqual([]);
  });

  it("still drops a heading repeated at the same height on every page, its digits aside", () => {
    expect(furnitureOf([[line(0, 20, "2021年度报告")], [line(1, 20, "2021年度报告")]])).toEqual(["0:2021年度报告", "1:2021年度报告"]);
  });
});
