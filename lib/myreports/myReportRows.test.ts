import { DuckDBInstance } from "@duckdb/node-api";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CHECK_COLUMNS, REPORT_COLUMNS, type ColumnDef } from "../dataset/index";
import { METRICS_BY_ID, trendQuery } from "../metrics/index";
import { parseReport } from "../parse/index";
import { insertRowsSql, isMyReportId, myReportId, myReportRows } from "./myReportRows";

const SEED = "data/reports/seeds/000_37e37f6984e2b857.txt";

async function parsedSeed() {
  const bytes = new Uint8Array(readFileSync(SEED));
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const outcome = await parseReport({ file: "000_37e37f6984e2b857.txt", bytes, sha256 });
  if (!outcome.ok) throw new Error(outcome.failure.error.message);
  return { report: outcome.report, sha256 };
}

const ddl = (table: string, columns: readonly ColumnDef[]) =>
  `CREATE TABLE ${table} (${columns.map((c) => `"${c.name}" ${c.type}`).join(", ")}, mine BOOLEAN DEFAULT false)`;

describe("my reports", () => {
  it("ids are 16 characters, marked, and never a dataset id", () => {
    const id = myReportId("ab".repeat(32));
    expect(id).toBe("mine_abababababa");
    expect(id).toHaveLength(16);
    expect(isMyReportId(id)).toBe(true);
    expect(isMyReportId("37e37f6984e2b857")).toBe(false);
    expect(() => myReportId("not-a-hash")).toThrow(/sha256/);
  });

  it("a parsed seed inserts into tables of the dataset's columns with its real values, flagged", async () => {
    const { report, sha256 } = await parsedSeed();
    const rows = myReportRows(report, sha256);
    const conn = await (await DuckDBInstance.create(":memory:")).connect();
    await conn.run(ddl("reports", REPORT_COLUMNS));
    await conn.run(ddl("checks", CHECK_COLUMNS));
    await conn.run(insertRowsSql("reports", rows.reports)!);
    const checks = insertRowsSql("checks", rows.checks);
    if (checks) await conn.run(checks);
    const [r] = (await conn.runAndReadAll("SELECT report_id, agency, year, active_punishment_decisions AS p, active_licensing_decisions AS l, mine FROM reports")).getRowObjectsJS();
    // 宁波市鄞州区卫生健康局 2021: 行政处罚 1315, 行政许可 12581 (the seed's table 二).
    expect(r).toEqual({ report_id: rows.reportId, agency: "宁波市鄞州区卫生健康局", year: 2021, p: 1315, l: 12581, mine: true });
    const [c] = (await conn.runAndReadAll("SELECT count(*)::INTEGER n, bool_and(mine) m, min(report_id) id FROM checks")).getRowObjectsJS();
    expect(c).toEqual({ n: report.checks.length, m: report.checks.length ? true : null, id: report.checks.length ? rows.reportId : null });
  });

  it("in the trend query, the reader's copy of a dataset report is a row of its own, after the dataset's", async () => {
    const { report, sha256 } = await parsedSeed();
    const rows = myReportRows(report, sha256);
    const conn = await (await DuckDBInstance.create(":memory:")).connect();
    await conn.run(ddl("reports", REPORT_COLUMNS));
    await conn.run(insertRowsSql("reports", rows.reports)!);
    // The dataset's copy of the same seed: its own id, not flagged.
    await conn.run("INSERT INTO reports SELECT * REPLACE ('37e37f6984e2b857' AS report_id, false AS mine) FROM reports");
    const punishment = METRICS_BY_ID.get("active_punishment_decisions")!;
    const got = (await conn.runAndReadAll(trendQuery([punishment], ["宁波市鄞州区卫生健康局"]))).getRowObjectsJS();
    // Both rows hold the seed's 1315 (table 二, 行政处罚); only the id tells them apart.
    expect(got.map((r) => [r.report_id, isMyReportId(r.report_id), r.year, r.value])).toEqual([
      ["37e37f6984e2b857", false, 2021, 1315],
      [rows.reportId, true, 2021, 1315],
    ]);
  });

  it("quotes report text and refuses rows of the wrong width", () => {
    expect(insertRowsSql("checks", [])).toBeNull();
    expect(() => insertRowsSql("reports", [["x"]])).toThrow(/1 values for/);
    const row = CHECK_COLUMNS.map((c) => (c.type === "VARCHAR" ? "it's" : null));
    expect(insertRowsSql("checks", [row])).toContain("'it''s'");
  });
});
