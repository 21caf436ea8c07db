import { describe, expect, it } from "vitest";
import { CELLS } from "../model/index";
import { activeForm, applicationForm, OUTCOME_FIELDS, printsOtherSplit, REVIEW_GROUPS } from "./formLayout";

const activeIds = (template: "2019" | "2021") => activeForm(template).flatMap((s) => s.rows.flatMap((row) => s.fields.map((f) => `active.${row}.${f}`)));

describe("activeForm", () => {
  it.each(["2019", "2021"] as const)("lays out every cell of the %s template's table 二 exactly once", (template) => {
    const expected = CELLS.filter((c) => c.table === "active" && c.templates.includes(template)).map((c) => c.id);
    expect([...activeIds(template)].sort()).toEqual([...expected].sort());
  });
  it("follows the 2019 form: 上一年项目数量 | 本年增/减 | 处理决定数量 under item (五)", () => {
    const section = activeForm("2019")[1]!;
    expect(section.heading.zh).toBe("第二十条第（五）项");
    expect(section.fields).toEqual(["prevItems", "change", "decisions"]);
    expect(section.rows).toEqual(["licensing", "otherServices"]);
  });
  it("follows the 2021 form: 本年制发件数 | 本年废止件数 | 现行有效件数 under item (一)", () => {
    expect(activeForm("2021")[0]).toEqual({
      heading: { zh: "第二十条第（一）项", en: "Article 20, item (1)" },
      fields: ["made", "repealed", "inForce"],
      rows: ["regulations", "normativeDocuments"],
    });
  });
});

describe("applicationForm", () => {
  it("covers every row of table 三 with one of the two （六） layouts", () => {
    const rows = new Set([...applicationForm(true), ...applicationForm(false)].map((r) => r.row));
    const expected = new Set(CELLS.filter((c) => c.table === "applications").map((c) => c.row));
    expect(rows).toEqual(expected);
  });
  it("splits numbered rows under their heading and groups the outcomes", () => {
    const rows = applicationForm(true);
    expect(rows[0]).toMatchObject({ row: "newReceived", group: null, subgroup: null, label: { zh: "一、本年新收政府信息公开申请数量" } });
    const secret = rows.find((r) => r.row === "deniedStateSecret")!;
    expect(secret.subgroup?.zh).toBe("（三）不予公开");
    expect(secret.label.zh).toBe("1.属于国家秘密");
    expect(secret.group?.zh).toBe("三、本年度办理结果");
    expect(rows.find((r) => r.row === "totalProcessed")!.group?.zh).toBe("三、本年度办理结果");
    expect(rows.at(-1)!.group).toBeNull();
    expect(rows.map((r) => r.row)).not.toContain("otherProcessing");
    expect(applicationForm(false).map((r) => r.row)).not.toContain("otherMisc");
  });
});

describe("printsOtherSplit", () => {
  it("follows the cells the report printed, else its template", () => {
    expect(printsOtherSplit(new Set(["applications.otherProcessing.total"]), "2021")).toBe(false);
    expect(printsOtherSplit(new Set(["applications.otherMisc.total"]), "2019")).toBe(true);
    expect(printsOtherSplit(new Set(), "2019")).toBe(false);
    expect(printsOtherSplit(new Set(), "2021")).toBe(true);
  });
});

describe("table 四", () => {
  it("has three groups of five outcome columns", () => {
    expect(REVIEW_GROUPS).toEqual(["review", "litigationDirect", "litigationAfterReview"]);
    expect(OUTCOME_FIELDS).toEqual(["upheld", "corrected", "other", "pending", "total"]);
  });
});
