import { describe, expect, it } from "vitest";
import { cellValue, type RuleId } from "../model";
import { constraintKey, constraintStatus, seriesConstraints } from "./constraints";
import { generateReport } from "./generateReport";
import { generateSeries } from "./generateSeries";
import { injectErrors, injectSeriesErrors } from "./injectErrors";

describe("injectErrors", () => {
  it("breaks exactly the rule instances it reports, for every in-report rule and both templates", () => {
    const seen = new Map<RuleId, number>();
    for (let seed = 0; seed < 300; seed++) {
      const clean = generateReport(seed, { template: seed % 2 ? "2019" : "2021", blankRate: seed % 3 === 0 ? 0.2 : 0 });
      const { report, injected } = injectErrors(clean, { rate: 0.5, seed });
      const broken = seriesConstraints([report]).filter((c) => constraintStatus(c, [report]) === "broken");
      const expected = injected.flatMap((e) => e.breaks);
      expect(broken.map(constraintKey).sort()).toEqual(
        expected.map((f) => constraintKey({ ...f, left: [], right: [] })).sort(),
      );
      for (const e of injected) {
        expect(e.breaks.every((b) => b.rule === e.rule)).toBe(true);
        for (const change of e.changes) {
          expect(cellValue(report, change.cell)).toBe(change.to);
          expect(cellValue(clean, change.cell)).toBe(change.from);
          expect(change.to).toBeGreaterThanOrEqual(0);
        }
        seen.set(e.rule, (seen.get(e.rule) ?? 0) + 1);
      }
    }
    for (const rule of ["balance", "row-total", "outcome-sum", "group-total"] as const) {
      expect(seen.get(rule) ?? 0, rule).toBeGreaterThan(20);
    }
  });

  it("leaves the input untouched and injects nothing at rate 0", () => {
    const clean = generateReport(3);
    const copy = structuredClone(clean);
    expect(injectErrors(clean, { rate: 0, seed: 1 }).injected).toEqual([]);
    injectErrors(clean, { rate: 1, seed: 1 });
    expect(clean).toEqual(copy);
  });

  it("breaks carry-chain and in-force-chain across a series, and nothing else", () => {
    const seen = new Map<RuleId, number>();
    for (let seed = 0; seed < 60; seed++) {
      const series = generateSeries(seed, { years: [2019, 2020, 2021, 2022, 2023, 2024], templateChangeAt: 2020 + (seed % 2), blankRate: 0 });
      const { reports, injected } = injectSeriesErrors(series, { rate: 0.4, seed });
      const broken = seriesConstraints(reports).filter((c) => constraintStatus(c, reports) === "broken");
      expect(broken.map(constraintKey).sort()).toEqual(
        injected.flatMap((e) => e.breaks).map((f) => constraintKey({ ...f, left: [], right: [] })).sort(),
      );
      for (const e of injected) seen.set(e.rule, (seen.get(e.rule) ?? 0) + 1);
    }
    expect(seen.get("carry-chain") ?? 0).toBeGreaterThan(10);
    expect(seen.get("in-force-chain") ?? 0).toBeGreaterThan(10);
  });
});
