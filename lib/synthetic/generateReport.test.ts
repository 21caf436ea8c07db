import { describe, expect, it } from "vitest";
import { CELLS, ParsedReport, SYNTHETIC_MARKER, cellValue, type Active2021 } from "../model";
import { constraintStatus, seriesConstraints } from "./constraints";
import { generateReport } from "./generateReport";
import { distinctSeries, generateSeries } from "./generateSeries";
import { LAYOUTS, renderReport } from "./renderReport";

const decode = (bytes: Uint8Array, gbk = false) => new TextDecoder(gbk ? "gbk" : "utf-8").decode(bytes);

describe("generateReport", () => {
  it("is deterministic: the same seed gives the same report and the same bytes", () => {
    for (const seed of [1, 42, 99_999]) {
      expect(generateReport(seed)).toEqual(generateReport(seed));
      for (const layout of LAYOUTS) {
        const a = renderReport(generateReport(seed), layout);
        const b = renderReport(generateReport(seed), layout);
        expect(a.fileName).toBe(b.fileName);
        expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
      }
    }
    expect(generateReport(1)).not.toEqual(generateReport(2));
  });

  it("produces reports that the contract schema accepts, marked synthetic", () => {
    for (let seed = 0; seed < 200; seed++) {
      const report = generateReport(seed);
      const full = { schemaVersion: 1, ...report, provenance: {}, diagnostics: [], checks: [] };
      expect(ParsedReport.safeParse(full).success).toBe(true);
      expect(report.meta.synthetic).toBe(true);
      expect(report.meta.agency).toMatch(/(局|委员会|厅|办公室|办公厅|人民政府|分局)$/);
    }
  });

  it("keeps every consistency rule (blanks only make a rule unchecked)", () => {
    let checked = 0;
    for (let seed = 0; seed < 500; seed++) {
      const report = generateReport(seed);
      for (const c of seriesConstraints([report])) {
        const status = constraintStatus(c, [report]);
        expect(status, `seed ${seed} ${c.rule} ${c.row}.${c.column}`).not.toBe("broken");
        if (status === "holds") checked++;
      }
    }
    expect(checked).toBeGreaterThan(500 * 30);
  });

  it("honours template, （六） layout, year and blank rate options", () => {
    for (let seed = 0; seed < 50; seed++) {
      const r2019 = generateReport(seed, { template: "2019", otherLayout: "single", blankRate: 0 });
      expect(r2019.meta.template).toBe("2019");
      expect([2019, 2020]).toContain(r2019.meta.year);
      expect(r2019.applications?.otherProcessing).toBeDefined();
      expect(r2019.applications?.otherMisc).toBeUndefined();
      expect(CELLS.filter((c) => c.templates.includes("2019")).every((c) => cellValue(r2019, c.id) !== null)).toBe(true);

      const r2021 = generateReport(seed, { template: "2021", otherLayout: "split", year: 2023, agency: "某某局" });
      expect(r2021.meta).toMatchObject({ template: "2021", year: 2023, agency: "某某局" });
      expect(r2021.applications?.otherProcessing).toBeUndefined();
      expect(r2021.applications?.otherOverdueFee).toBeDefined();
    }
  });

  it("prints blanks, zeros, signed changes and decimal money across a corpus", () => {
    const values = Array.from({ length: 300 }, (_, seed) => generateReport(seed)).flatMap((r) =>
      CELLS.map((c) => ({ cell: c, value: cellValue(r, c.id) })),
    );
    expect(values.some((v) => v.value === null)).toBe(true);
    expect(values.some((v) => v.value === 0)).toBe(true);
    expect(values.some((v) => v.cell.field === "change" && (v.value ?? 0) < 0)).toBe(true);
    expect(values.some((v) => v.cell.unit === "万元" && !Number.isInteger(v.value ?? 0))).toBe(true);
  });

  it("writes the synthetic marker, agency and year into the title of every layout", () => {
    const report = generateReport(7, { year: 2022, template: "2021" });
    for (const layout of LAYOUTS) {
      const text = decode(renderReport(report, layout).bytes, layout === "html-page-gbk");
      const title = text.split("\n").find((line) => line.includes(SYNTHETIC_MARKER)) ?? "";
      expect(title, layout).toContain(report.meta.agency ?? "missing");
      expect(title, layout).toContain("2022");
      // PDF text may wrap the sentence anywhere.
      expect(text.replace(/\n/g, ""), layout).toContain("统计期限自2022年1月1日");
    }
  });

  it("encodes html-page-gbk as GBK and declares it", () => {
    const { bytes } = renderReport(generateReport(11), "html-page-gbk");
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    const text = decode(bytes, true);
    expect(text).toContain('<meta charset="gb2312">');
    expect(text).toContain("三、收到和处理政府信息公开申请情况");
  });
});

describe("generateSeries", () => {
  it("chains carried-over applications and documents in force, with a template change", () => {
    const series = generateSeries(5, { years: [2019, 2020, 2021, 2022, 2023], templateChangeAt: 2021, blankRate: 0 });
    expect(series.map((r) => r.meta.template)).toEqual(["2019", "2019", "2021", "2021", "2021"]);
    expect(new Set(series.map((r) => r.meta.agency)).size).toBe(1);
    const constraints = seriesConstraints(series);
    expect(constraints.filter((c) => c.rule === "carry-chain")).toHaveLength(4 * 7);
    expect(constraints.filter((c) => c.rule === "in-force-chain")).toHaveLength(2 * 2);
    for (const c of constraints) expect(constraintStatus(c, series), `${c.rule} ${c.report}`).toBe("holds");
    const [, , y2021, y2022] = series;
    const a = y2021?.active as Active2021;
    const b = y2022?.active as Active2021;
    expect(b.normativeDocuments?.inForce).toBe(
      (a.normativeDocuments?.inForce ?? 0) + (b.normativeDocuments?.made ?? 0) - (b.normativeDocuments?.repealed ?? 0),
    );
  });
});

describe("distinctSeries", () => {
  it("never gives two series the same agency, even when the seeds' agencies collide", () => {
    const names: string[] = [];
    const seedAgencies = new Set<string>();
    for (let seed = 0; seed < 2000; seed++) seedAgencies.add(generateSeries(seed, { years: [2021] })[0]!.meta.agency!);
    // 2,000 seeds name fewer than 2,000 agencies: collisions are real at this size.
    expect(seedAgencies.size).toBeLessThan(2000);
    for (const series of distinctSeries({ years: [2021] })) {
      names.push(series[0]!.meta.agency!);
      if (names.length === 2000) break;
    }
    expect(new Set(names).size).toBe(2000);
  });
});
