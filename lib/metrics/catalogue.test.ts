import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { CELLS } from "../model/index";
import { METRICS, METRICS_BY_ID, metricById } from "./catalogue";

describe("metric catalogue", () => {
  it("has every cell of the contract under its Parquet column name, plus the derived indicators", () => {
    for (const cell of CELLS) expect(METRICS_BY_ID.get(cell.column)?.sql).toBe(`"${cell.column}"`);
    expect(METRICS.length).toBe(CELLS.length + 11);
    expect(new Set(METRICS.map((m) => m.id)).size).toBe(METRICS.length);
  });

  it("labels cells from the contract", () => {
    const m = METRICS_BY_ID.get("active_punishment_decisions")!;
    expect(m.label.zh).toBe("行政处罚·本年处理决定数量");
    expect(m.templates).toEqual(["2019", "2021"]);
    expect(m.comparableAcrossTemplates).toBe(true);
    expect(METRICS_BY_ID.get("applications_newReceived_total")!.label.zh).toBe("一、本年新收政府信息公开申请数量·总计");
  });

  it("keeps the two fee cells apart and says so", () => {
    const amount = METRICS_BY_ID.get("active_fees_amount")!;
    const items = METRICS_BY_ID.get("active_fees_prevItems")!;
    expect(amount.templates).toEqual(["2021"]);
    expect(amount.unit).toBe("万元");
    expect(items.templates).toEqual(["2019"]);
    expect(amount.comparableAcrossTemplates).toBe(false);
    expect(amount.description.zh).toContain("不跨模板合并");
  });

  it("only resolves catalogue ids", () => {
    expect(metricById("grant-rate")?.label.zh).toBe("予以公开率");
    expect(metricById('"; DROP TABLE reports')).toBeUndefined();
    expect(metricById(null)).toBeUndefined();
  });

  it("computes the derived formulas in DuckDB, blank and zero giving NULL", async () => {
    const db = await (await DuckDBInstance.create(":memory:")).connect();
    const columns = CELLS.map((c) => `CAST(NULL AS INTEGER) AS ${c.column}`).join(", ");
    await db.run(`CREATE TABLE base AS SELECT ${columns}`);
    const set = (values: Record<string, number>) =>
      `SELECT * REPLACE (${Object.entries(values).map(([k, v]) => `${v} AS ${k}`).join(", ")}) FROM base`;
    const full: Record<string, number> = {
      applications_newReceived_total: 40,
      applications_newReceived_naturalPerson: 30,
      applications_carriedOver_total: 10,
      applications_granted_total: 20,
      applications_partiallyGranted_total: 5,
      applications_totalProcessed_total: 45,
      applications_carriedForward_total: 5,
      reviewLitigation_review_upheld: 3,
      reviewLitigation_review_corrected: 1,
      reviewLitigation_review_other: 0,
      reviewLitigation_review_pending: 2,
      reviewLitigation_review_total: 6,
      reviewLitigation_litigationDirect_upheld: 1,
      reviewLitigation_litigationDirect_corrected: 1,
      reviewLitigation_litigationDirect_other: 0,
      reviewLitigation_litigationDirect_total: 2,
      reviewLitigation_litigationAfterReview_upheld: 2,
      reviewLitigation_litigationAfterReview_corrected: 0,
      reviewLitigation_litigationAfterReview_other: 0,
      reviewLitigation_litigationAfterReview_total: 2,
      active_licensing_decisions: 12581,
      active_punishment_decisions: 1315,
    };
    for (const r of ["StateSecret", "LawProhibited", "SecurityStability", "ThirdParty", "InternalAffairs", "ProcessInfo", "EnforcementFile", "QueryMatter"])
      full[`applications_denied${r}_total`] = r === "ThirdParty" ? 4 : 0;
    await db.run(`CREATE TABLE reports AS ${set(full)} UNION ALL ${set({ applications_granted_total: 3, applications_totalProcessed_total: 0 })}`);
    const ids = ["natural-person-share", "grant-rate", "substantive-grant-rate", "denial-rate", "unavailable-rate", "carry-forward-rate", "review-correction-rate", "litigation-correction-rate", "dispute-rate", "licensing-punishment-ratio"];
    const sql = `SELECT ${ids.map((id) => `${METRICS_BY_ID.get(id)!.sql} AS "${id}"`).join(", ")} FROM reports`;
    const rows = (await db.runAndReadAll(sql)).getRowObjectsJS();
    expect(rows[0]).toEqual({
      "natural-person-share": 30 / 40,
      "grant-rate": 20 / 45,
      "substantive-grant-rate": 25 / 45,
      "denial-rate": 4 / 45,
      "unavailable-rate": null,
      "carry-forward-rate": 5 / 50,
      "review-correction-rate": 1 / 4,
      "litigation-correction-rate": 1 / 4,
      "dispute-rate": 10 / 40,
      "licensing-punishment-ratio": 12581 / 1315,
    });
    expect(rows[1]!["grant-rate"]).toBeNull();
  });
});
