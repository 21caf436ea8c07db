import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CELLS } from "../model";
import { renderDataDictionary } from "./dataDictionary";

describe("renderDataDictionary", () => {
  const text = renderDataDictionary();

  it("is the committed docs/data-dictionary.md (run `npm run docs:dictionary` after a schema change)", () => {
    expect(readFileSync(new URL("../../docs/data-dictionary.md", import.meta.url), "utf8")).toBe(text);
  });

  it("lists every cell column with its labels, type and unit", () => {
    for (const cell of CELLS) {
      const type = cell.unit === "万元" ? "DOUBLE" : "INTEGER";
      expect(text).toContain(`| \`${cell.column}\` | ${cell.rowLabel.zh}：${cell.label.zh} | ${cell.rowLabel.en}: ${cell.label.en} | ${type} | ${cell.unit} |`);
    }
    expect(text).toContain("| `active_fees_amount` | 行政事业性收费：本年收费金额 | Administrative fees: Fees collected this year | DOUBLE | 万元 | 2021 |");
  });

  it("documents every table, the naming rule and the partition layout", () => {
    for (const table of ["reports", "cells", "checks", "diagnostics", "failures"]) expect(text).toContain(`## \`${table}\``);
    expect(text).toContain("`table_row_field`");
    expect(text).toContain("reports/year=2021/part-0.parquet");
    expect(text).toContain("one file per table, `reports.parquet`, `cells.parquet`, `checks.parquet`, `diagnostics.parquet`, `failures.parquet`.");
  });
});
