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
