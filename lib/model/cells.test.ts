import { describe, expect, it } from "vitest";
import { CELLS, CELLS_BY_ID, cellValue } from "./cells";

describe("cell catalogue", () => {
  it("lists every cell of the contract, from the tables' shapes the schema is built from", () => {
    // 26 table-三 rows × 7 columns, 3 table-四 groups × 5, table 二: 2021 has 10 cells,
    // 2019 has 22, and licensing/punishment/coercion.decisions are shared by both.
    expect(CELLS.filter((c) => c.table === "applications")).toHaveLength(26 * 7);
    expect(CELLS.filter((c) => c.table === "reviewLitigation")).toHaveLength(15);
    expect(CELLS.filter((c) => c.table === "active")).toHaveLength(10 + 22 - 3);
  });

  it("names Parquet columns by one rule and keeps labels and units", () => {
    const fee = CELLS_BY_ID.get("active.fees.amount");
    expect(fee).toMatchObject({ column: "active_fees_amount", unit: "万元", templates: ["2021"] });
    expect(CELLS_BY_ID.get("active.licensing.decisions")?.templates).toEqual(["2019", "2021"]);
    expect(CELLS_BY_ID.get("applications.granted.naturalPerson")?.label.zh).toBe("自然人");
  });

  it("reads a cell, telling a blank (null) from an absent row (undefined)", () => {
    const report = { reviewLitigation: { review: { upheld: null, corrected: 0, other: 0, pending: 0, total: 0 } } };
    expect(cellValue(report, "reviewLitigation.review.upheld")).toBeNull();
    expect(cellValue(report, "reviewLitigation.review.corrected")).toBe(0);
    expect(cellValue(report, "reviewLitigation.litigationDirect.total")).toBeUndefined();
  });
});

describe("table 三 row groups", () => {
  it("are derived from the schema in the template's order", async () => {
    const rows = await import("./applicationRows");
    expect(rows.DENIED_ROWS).toHaveLength(8);
    expect(rows.UNAVAILABLE_ROWS).toEqual(["unavailableNotHeld", "unavailableNeedsCreation", "unavailableUnclear"]);
    expect(rows.NOT_PROCESSED_ROWS).toHaveLength(5);
    expect(rows.OTHER_SPLIT_ROWS).toEqual(["otherOverdueCorrection", "otherOverdueFee", "otherMisc"]);
    expect(rows.OUTCOME_ROWS_BEFORE_OTHER).toHaveLength(18);
    expect(rows.APPLICANT_PARTS).toEqual(["naturalPerson", "commercial", "research", "nonprofit", "legalServices", "otherOrg"]);
  });
});
