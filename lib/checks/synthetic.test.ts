// Precision and recall against injected errors: the generator corrupts cells so
// that exactly a known set of rule instances breaks (lib/synthetic/injectErrors),
// and the checks must report every one of them as an error and nothing else.
// Blank cells (the generator's blankRate) may only ever make a rule unchecked.
import { describe, expect, it } from "vitest";
import { SCHEMA_VERSION, type CheckFinding, type ParsedReport, type RuleId } from "../model";
import { generateReport, generateSeries, injectErrors, injectSeriesErrors, type SyntheticReport } from "../synthetic";
import { checkCorpus, checkReport } from "./index";

const asParsed = (report: SyntheticReport, file: string): ParsedReport => ({
  schemaVersion: SCHEMA_VERSION,
  ...structuredClone(report),
  meta: { ...report.meta, source: { file, format: "text", sha256: file } },
  provenance: {},
  diagnostics: [],
  checks: [],
});

const key = (f: { rule: RuleId; table: string; row: string; column: string }) => `${f.rule}|${f.table}|${f.row}|${f.column}`;
const errorKeys = (findings: readonly CheckFinding[]) => findings.filter((f) => f.severity === "error").map(key).sort();

describe("checks against generated reports", () => {
  it("report no error in clean reports of both templates and both （六） layouts, blanks included", () => {
    for (let seed = 0; seed < 200; seed++) {
      const report = generateReport(seed, {
        template: seed % 2 ? "2019" : "2021",
        otherLayout: seed % 4 < 2 ? "single" : "split",
        blankRate: seed % 3 === 0 ? 0.2 : 0.03,
      });
      const findings = checkReport(asParsed(report, `clean/${seed}.txt`));
      expect(errorKeys(findings), `seed ${seed}`).toEqual([]);
      expect(findings.filter((f) => f.severity === "warning")).toEqual([]);
    }
  });

  it("find every injected error and nothing else (precision and recall 100%)", () => {
    const found = new Map<RuleId, number>();
    for (let seed = 0; seed < 400; seed++) {
      const clean = generateReport(seed, {
        template: seed % 2 ? "2019" : "2021",
        otherLayout: seed % 4 < 2 ? "single" : "split",
        blankRate: seed % 3 === 0 ? 0.2 : 0,
      });
      const { report, injected } = injectErrors(clean, { rate: 0.6, seed });
      const expected = injected.flatMap((e) => e.breaks).map(key).sort();
      const actual = errorKeys(checkReport(asParsed(report, `injected/${seed}.txt`)));
      expect(actual, `seed ${seed}`).toEqual(expected);
      for (const e of injected) found.set(e.rule, (found.get(e.rule) ?? 0) + e.breaks.length);
    }
    for (const rule of ["balance", "row-total", "outcome-sum", "group-total"] as const) {
      expect(found.get(rule) ?? 0, rule).toBeGreaterThan(50);
    }
  });

  it("find every injected chain error across a series with a template change, and nothing else", () => {
    const found = new Map<RuleId, number>();
    for (let seed = 0; seed < 80; seed++) {
      const series = generateSeries(seed, {
        years: [2019, 2020, 2021, 2022, 2023, 2024],
        templateChangeAt: 2020 + (seed % 2),
        blankRate: seed % 4 === 0 ? 0.1 : 0,
      });
      const { reports, injected } = injectSeriesErrors(series, { rate: 0.5, seed });
      const files = reports.map((_, i) => `series/${seed}/${i}.txt`);
      const parsed = reports.map((r, i) => asParsed(r, files[i] ?? ""));
      const actual = [
        ...parsed.flatMap((r, i) => checkReport(r).map((f) => ({ i, f }))),
        ...checkCorpus(parsed).map(({ file, finding }) => ({ i: files.indexOf(file), f: finding })),
      ];
      const got = actual.filter(({ f }) => f.severity === "error").map(({ i, f }) => `${i}|${key(f)}`).sort();
      const want = injected.flatMap((e) => e.breaks).map((b) => `${b.report}|${key(b)}`).sort();
      expect(got, `seed ${seed}`).toEqual(want);
      expect(actual.filter(({ f }) => f.severity === "warning")).toEqual([]);
      for (const e of injected) found.set(e.rule, (found.get(e.rule) ?? 0) + e.breaks.length);
      // The template change is said, not silently passed.
      const change = checkCorpus(parsed).filter(({ finding }) => finding.rule === "in-force-chain" && finding.severity === "unchecked");
      expect(change.map(({ finding }) => finding.message)).toContainEqual(expect.stringContaining("模板变更（2019 → 2021）"));
    }
    expect(found.get("carry-chain") ?? 0).toBeGreaterThan(20);
    expect(found.get("in-force-chain") ?? 0).toBeGreaterThan(20);
  });

  it("do not chain across a gap year, and say so", () => {
    const series = generateSeries(7, { years: [2020, 2021, 2023, 2024], blankRate: 0 });
    const parsed = series.map((r, i) => asParsed(r, `gap/${i}.txt`));
    const findings = checkCorpus(parsed);
    expect(findings.filter((f) => f.finding.severity === "error")).toEqual([]);
    expect(findings.filter((f) => f.file === "gap/2.txt").map((f) => [f.finding.rule, f.finding.severity, f.finding.message])).toEqual([
      ["carry-chain", "unchecked", "缺少 2022 年报告（上一份为 2021 年），上年结转衔接无法核对"],
      ["in-force-chain", "unchecked", "缺少 2022 年报告（上一份为 2021 年），现行有效件数衔接无法核对"],
    ]);
  });
});
