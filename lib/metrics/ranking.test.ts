import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { compareAgencyNames, rankOrder } from "./ranking";

describe("rankOrder", () => {
  const roster = [
    { report_id: "a", agency: "乙局", template: "2021" },
    { report_id: "b", agency: "甲局", template: "2021" },
    { report_id: "c", agency: "丙局", template: "2019" },
    { report_id: "d", agency: "丁局", template: "2021" },
    { report_id: "e", agency: "戊局", template: "2021" },
  ];
  it("ranks highest first, blanks last, equal values by agency, other templates left out", () => {
    // 戊局 7; 乙局 (U+4E59) before 甲局 (U+7532) at 5; 丁局 blank last; 丙局 is a 2019 report.
    expect(rankOrder(roster, [5, 5, 99, null, 7], ["2021"]).map((i) => roster[i]!.report_id)).toEqual(["e", "a", "b", "d"]);
  });
  it("orders equal names by roster position, and ranks a kept roster again for another metric", () => {
    const twice = [
      { agency: "甲局", template: "2021" },
      { agency: "乙局", template: "2021" },
      { agency: "甲局", template: "2021" },
    ];
    expect(rankOrder(twice, [1, 1, 1], ["2021"])).toEqual([1, 0, 2]);
    expect(rankOrder(twice, [null, 2, 3], ["2021"])).toEqual([2, 1, 0]);
  });
  it("refuses values that do not match the roster row for row", () => {
    expect(() => rankOrder(roster, [1, 2], ["2021"])).toThrow("2 values for 5 reports");
  });
});

describe("compareAgencyNames", () => {
  it("orders by code point, as DuckDB orders UTF-8 bytes, and a missing name last", () => {
    // U+FF21 (Ａ) is one UTF-16 unit above the surrogates, but U+20000 (𠀀) is the larger code point.
    expect(compareAgencyNames("\uFF21", "\u{20000}")).toBeLessThan(0);
    expect(compareAgencyNames("甲", "乙")).toBeGreaterThan(0);
    expect(compareAgencyNames("甲", "甲局")).toBeLessThan(0);
    expect(compareAgencyNames(null, "甲")).toBeGreaterThan(0);
  });
});

describe("rankOrder against DuckDB", () => {
  it("gives the order of ORDER BY value DESC NULLS LAST, agency, ties and blanks included", async () => {
    const names = ["甲局", "乙局", "Ａ局", "\u{20000}局", "a局", "甲局", "丙局", "丁局"];
    // Few distinct values, so that most rows tie and the names decide; then rates, negative and fractional.
    const valueSets = [(i: number) => (i * 13) % 6, (i: number) => ((i * 37) % 23) / 4 - 3];
    for (const valueOf of valueSets) await expectDuckDbOrder(names, valueOf);
  });
});

/** 400 rows, some of another template and some blank, ranked by rankOrder and by DuckDB. */
async function expectDuckDbOrder(names: string[], valueOf: (i: number) => number): Promise<void> {
  const rows = Array.from({ length: 400 }, (_, i) => ({
    agency: names[(i * 7) % names.length]!,
    template: i % 5 === 0 ? "2019" : "2021",
    value: i % 9 === 0 ? null : valueOf(i),
  }));
  const db = await DuckDBInstance.create(":memory:");
  const conn = await db.connect();
  const values = rows.map((r, i) => `(${i}, '${r.agency}', ${r.value ?? "NULL"})`).join(", ");
  const reader = await conn.runAndReadAll(
    `SELECT i FROM (VALUES ${values}) t(i, agency, value) WHERE i % 5 <> 0 ORDER BY value DESC NULLS LAST, agency, i`,
  );
  const expected = reader.getRowsJS().map(([i]) => Number(i));
  conn.closeSync();
  db.closeSync();
  expect(rankOrder(rows, rows.map((r) => r.value), ["2021"])).toEqual(expected);
}
