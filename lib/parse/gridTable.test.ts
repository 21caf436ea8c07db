// Grid tables, as converters (pandoc's grid tables) and text exporters (box-drawing
// characters) write them: borders between rows, and a row's cells may wrap over
// several lines. Hand-written cases first, then generated reports in every variant.
import { describe, expect, it } from "vitest";
import { compareReport, generateReport, renderReport } from "../synthetic";
import { parseReport } from "./index";
import { markdownToDocument } from "./markdown";

const tableRows = (text: string) =>
  markdownToDocument(text)
    .rows.filter((r) => r.fromTable)
    .map((r) => ({ line: r.cells[0]!.line, cells: r.cells.map((c) => c.text) }));

describe("grid tables", () => {
  it("joins the lines of a wrapped row cell by cell and skips the borders", () => {
    const text = [
      "+----------+------+------+",
      "| 申请人情况 | 商业 | 总计 |",
      "|          | 企业 |      |",
      "+==========+======+======+",
      "| 一、本年新收 | 2315 | 12 |",
      "| 申请数量   | 200元 |    |",
      "+----------+------+------+",
      "| 二、上年结转 |  | 0 |",
      "+----------+------+------+",
    ].join("\n");
    expect(tableRows(text)).toEqual([
      { line: 2, cells: ["申请人情况", "商业企业", "总计"] },
      { line: 5, cells: ["一、本年新收申请数量", "2315200元", "12"] },
      { line: 8, cells: ["二、上年结转", "", "0"] },
    ]);
  });

  it("reads box-drawn tables", () => {
    const text = ["┌──────┬────┐", "│ 规章 │ 1 │", "├──────┼────┤", "│ 行政规范性 │ 0 │", "│ 文件 │   │", "└──────┴────┘", "本机关…"].join("\n");
    expect(tableRows(text)).toEqual([
      { line: 2, cells: ["规章", "1"] },
      { line: 4, cells: ["行政规范性文件", "0"] },
    ]);
  });
});

/** A generated report's Markdown tables redrawn as grid tables, long labels wrapped over two lines. */
function asGridTables(markdown: string, bar: string, border: string): string {
  const out: string[] = [];
  for (const line of markdown.split("\n")) {
    if (/^\|\s*:?-+/.test(line)) continue;
    if (!/^\|.*\|\s*$/.test(line)) {
      out.push(line);
      continue;
    }
    const cells = line.trim().slice(1, -1).split("|").map((c) => c.trim());
    const wraps = (c: string) => c.length > 5 && !/^[\d.]+$/.test(c);
    const draw = (parts: string[]) => `${bar} ${parts.join(` ${bar} `)} ${bar}`;
    out.push(border, draw(cells.map((c) => (wraps(c) ? c.slice(0, 3) : c))));
    if (cells.some(wraps)) out.push(draw(cells.map((c) => (wraps(c) ? c.slice(3) : ""))));
  }
  return out.join("\n");
}

describe.each([
  ["grid", "|", "+------+------+"],
  ["box-drawn", "│", "├──────┼──────┤"],
])("generated reports as %s tables in a .txt file", (_, bar, border) => {
  it("come back exactly", async () => {
    for (let i = 0; i < 12; i++) {
      const truth = generateReport(4_400_000 + i);
      const markdown = new TextDecoder().decode(renderReport(truth, "markdown").bytes);
      const bytes = new TextEncoder().encode(asGridTables(markdown, bar, border));
      const outcome = await parseReport({ file: `report-${i}.txt`, bytes, sha256: "0" });
      if (!outcome.ok) throw new Error(outcome.failure.error.message);
      expect(compareReport(truth, outcome.report)).toEqual([]);
    }
  });
});
