import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { AGENCY_TYPES, agencyTypeLabel, agencyTypeOf, agencyTypeSql } from "./agencyType";

describe("agencyTypeOf", () => {
  it.each([
    ["宁波市鄞州区卫生健康局", "health"],
    ["海盐县卫生健康局", "health"],
    ["北京市卫生健康委员会", "health"],
    ["杭州市教育局", "education"],
    ["广州市公安局", "public-security"],
    ["慈溪市市场监督管理局", "market-regulation"],
    ["慈溪市人民政府", "government"],
    ["慈溪市人民政府办公室", "government-office"],
    ["浙江省人民政府办公厅", "government-office"],
    ["鄞州区首南街道办事处", "subdistrict"],
    ["余杭区良渚街道", "subdistrict"],
    ["海盐县武原镇人民政府", "township"],
    ["景宁县鹤溪乡人民政府", "township"],
    ["乐清市自然资源和规划局", "natural-resources"],
    ["乐清市住房和城乡建设局", "housing"],
    ["某某局（本级）", "other"],
    ["宁波市教育局（本级）", "education"],
    ["国家统计局", "other"],
  ])("%s → %s", (name, type) => {
    expect(agencyTypeOf(name)).toBe(type);
  });

  it("puts a narrower ending before the one it ends with", () => {
    // 人民政府办公室 and 镇人民政府 both end differently from 人民政府, but 人民政府 must not claim them first.
    const order = AGENCY_TYPES.map((t) => t.id);
    expect(order.indexOf("government-office")).toBeLessThan(order.indexOf("government"));
    expect(order.indexOf("township")).toBeLessThan(order.indexOf("government"));
  });

  it("treats a missing name as other", () => {
    expect(agencyTypeOf(null)).toBe("other");
    expect(agencyTypeOf("")).toBe("other");
  });
});

describe("agencyTypeSql", () => {
  it("is one CASE with the types in the same order, ending in other", () => {
    const sql = agencyTypeSql();
    expect(sql.startsWith("CASE WHEN ends_with(regexp_replace(agency, '[（(][^（）()]*[)）]$', ''), '人民政府办公室') OR ")).toBe(true);
    expect(sql.endsWith(" ELSE 'other' END")).toBe(true);
    const ids = [...sql.matchAll(/THEN '([a-z-]+)'/g)].map((m) => m[1]);
    expect(ids).toEqual(AGENCY_TYPES.map((t) => t.id));
  });
  it("classifies in DuckDB exactly as agencyTypeOf does", async () => {
    const names = ["宁波市鄞州区卫生健康局", "慈溪市人民政府办公室", "海盐县武原镇人民政府", "慈溪市人民政府", "宁波市教育局（本级）", "国家统计局", "鄞州区首南街道办事处"];
    const db = await (await DuckDBInstance.create(":memory:")).connect();
    const values = names.map((n) => `('${n}')`).join(", ");
    const rows = (await db.runAndReadAll(`SELECT agency, ${agencyTypeSql()} AS type FROM (VALUES ${values}) t(agency)`)).getRowObjectsJS();
    expect(rows.map((r) => r.type)).toEqual(names.map(agencyTypeOf));
  });
  it("takes the column to classify", () => {
    expect(agencyTypeSql("r.agency")).toContain("regexp_replace(r.agency, ");
  });
});

describe("agencyTypeLabel", () => {
  it("names known types and the rest", () => {
    expect(agencyTypeLabel("health", "zh")).toBe("卫生健康");
    expect(agencyTypeLabel("other", "en")).toBe("Other");
  });
});
