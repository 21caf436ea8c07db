import { describe, expect, it } from "vitest";
import { checkCorpus } from "../checks";
import { SCHEMA_VERSION, type ParsedReport } from "../model";
import { generateSeries } from "../synthetic";
import { corpusView } from "./corpusView";

function corpus(): ParsedReport[] {
  const reports: ParsedReport[] = [];
  for (let seed = 0; seed < 12; seed++) {
    const years = seed % 3 === 0 ? [2019, 2020, 2022, 2023] : undefined;
    for (const [i, r] of generateSeries(seed, { blankRate: 0.2, ...(years ? { years } : {}) }).entries()) {
      const file = `data/reports/s${seed}/${i}.txt`;
      const report: ParsedReport = {
        ...r,
        schemaVersion: SCHEMA_VERSION,
        meta: { ...r.meta, source: { file, format: "text", sha256: `${seed}-${i}` } },
        provenance: { "applications.carriedOver.total": { raw: "1", line: 7 }, "applications.granted.total": { raw: "2", line: 9 } },
        diagnostics: [],
        checks: [],
      };
      // Break some chains so that the rules have errors to report.
      const over = report.applications?.carriedOver;
      if (i % 2 === 1 && over && over.total !== null) over.total += 1;
      reports.push(report);
    }
    if (seed === 5) reports.push({ ...reports[reports.length - 1]!, meta: { ...reports[reports.length - 1]!.meta, source: { file: "dup.txt", format: "text", sha256: "x" } } });
  }
  return reports;
}

describe("corpusView", () => {
  it("gives checkCorpus the same findings as the whole reports", () => {
    const reports = corpus();
    const full = checkCorpus(reports);
    expect(full.some((f) => f.finding.severity === "error")).toBe(true);
    expect(full.some((f) => f.finding.rule === "duplicate-report")).toBe(true);
    expect(checkCorpus(reports.map(corpusView))).toEqual(full);
  });

  it("survives a JSON round trip (it is cached as JSON)", () => {
    const reports = corpus();
    const views = reports.map((r) => JSON.parse(JSON.stringify(corpusView(r))) as ParsedReport);
    expect(checkCorpus(views)).toEqual(checkCorpus(reports));
  });
});
