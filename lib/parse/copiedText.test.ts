// The seeds as people paste them after copying a table out of a browser, Word or a
// PDF viewer: one cell per line with no tab in front, with or without blank lines
// between rows. Every cell must still equal the hand-written golden files; where a
// blank cell has vanished with its tab, the row cannot be aligned and is reported.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { APPLICANT_FIELDS, OUTCOME_FIELDS } from "./labels";
import { parseReport } from "./index";

const root = new URL("../../", import.meta.url);
const SEEDS = ["000_37e37f6984e2b857", "002_9e69f5a6fc9c8b8d", "003_0a91ce1974c0f436", "004_309576c5c0f6d228"];

const LAYOUTS = {
  "cells without tabs": (text: string) => text.replace(/^\t/gm, ""),
  "cells indented with spaces": (text: string) => text.replace(/^\t/gm, "    "),
  "one cell per line, no blank lines": (text: string) => text.replace(/^\t/gm, "").replace(/\n\s*\n/g, "\n"),
  // The tabs stay, so a blank cell is still a line holding only a tab.
  "tab-indented cells, no blank lines": (text: string) => text.replace(/\n(?:[ ]*\n)+/g, "\n"),
  // Converters of web pages close every cell with a pipe; a blank cell is a lone pipe.
  "cells closed by a pipe": closeCellsWithPipes,
  "cells closed by a pipe, no blank lines": (text: string) => closeCellsWithPipes(text).replace(/\n(?:[ ]*\n)+/g, "\n"),
};

function closeCellsWithPipes(text: string): string {
  return text.replace(/^\t(.*)$/gm, (_, cell: string) => `${cell.trim()} |`.trimStart());
}

const asColumns = (rows: Record<string, (number | null)[]>, fields: readonly string[]) =>
  Object.fromEntries(Object.entries(rows).map(([row, values]) => [row, Object.fromEntries(fields.map((f, i) => [f, values[i]]))]));

async function parseText(name: string, text: string) {
  const outcome = await parseReport({ file: `${name}.txt`, bytes: new TextEncoder().encode(text), sha256: "0" });
  if (!outcome.ok) throw new Error(outcome.failure.error.message);
  return outcome.report;
}

describe.each(Object.entries(LAYOUTS))("seeds copied as %s", (_, relayout) => {
  it.each(SEEDS)("%s gives every cell of the golden file", async (name) => {
    const source = readFileSync(new URL(`data/reports/seeds/${name}.txt`, root), "utf8");
    const golden = JSON.parse(readFileSync(new URL(`data/fixtures/seeds/${name}.expected.json`, root), "utf8"));
    const report = await parseText(name, relayout(source));
    expect(report.meta.template).toBe(golden.meta.template);
    expect(report.active).toEqual(golden.active);
    expect(report.applications).toEqual(asColumns(golden.applications, APPLICANT_FIELDS));
    expect(report.reviewLitigation).toEqual(asColumns(golden.reviewLitigation, OUTCOME_FIELDS));
  });
});

describe("a blank cell lost with its tab", () => {
  it("leaves table 四 of seed 001 unaligned and says so, never shifting values into other columns", async () => {
    const name = "001_98e8607b8980a40f";
    const source = readFileSync(new URL(`data/reports/seeds/${name}.txt`, root), "utf8");
    const report = await parseText(name, source.replace(/^\t/gm, ""));
    // The source's row is five blank cells, then ten zeros; the first blank goes with the
    // stripped tab, and fourteen cells cannot be aligned to fifteen columns.
    const all = Object.values(report.reviewLitigation ?? {}).flatMap((group) => Object.values(group));
    expect(all.filter((v) => v !== null)).toEqual([]);
    expect(report.diagnostics.some((d) => d.table === "reviewLitigation" && d.code === "row-truncated")).toBe(true);
  });
});
