import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../parse";
import { isValidReport, ParsedReport } from "./report";

const root = new URL("../../", import.meta.url);

async function seedReport(): Promise<ParsedReport> {
  const file = "data/reports/seeds/001_98e8607b8980a40f.txt";
  const outcome = await parseReport({ file, bytes: new Uint8Array(readFileSync(new URL(file, root))), sha256: "0".repeat(64) });
  if (!outcome.ok) throw new Error(outcome.failure.error.message);
  return outcome.report;
}

describe("isValidReport", () => {
  it("agrees with ParsedReport.safeParse on a parsed report and on broken copies of it", async () => {
    const report = await seedReport();
    const someCell = Object.keys(report.provenance)[0] as string;
    // Each breaks one rule of the schema, as a parser bug could.
    const broken: [string, (r: ParsedReport) => void][] = [
      ["a provenance line that is not an integer", (r) => void ((r.provenance[someCell] as { line: unknown }).line = 1.5)],
      ["a provenance raw text that is a number", (r) => void ((r.provenance[someCell] as { raw: unknown }).raw = 3)],
      ["a provenance entry that is null", (r) => void ((r.provenance as Record<string, unknown>)[someCell] = null)],
      ["provenance that is an array", (r) => void ((r as { provenance: unknown }).provenance = [])],
      ["a cell that is a string", (r) => void ((r.applications?.newReceived as Record<string, unknown>).total = "3")],
      ["an unknown column in a strict row", (r) => void ((r.applications?.granted as Record<string, unknown>).extra = 1)],
      ["no year", (r) => void delete (r.meta as Partial<ParsedReport["meta"]>).year],
      ["a diagnostic of unknown severity", (r) => void (r.diagnostics as unknown[]).push({ code: "x", severity: "fatal", message: "", line: null })],
    ];
    expect(isValidReport(report)).toBe(true);
    expect(ParsedReport.safeParse(report).success).toBe(true);
    for (const [what, breakIt] of broken) {
      const copy = structuredClone(report);
      breakIt(copy);
      expect({ what, valid: isValidReport(copy) }).toEqual({ what, valid: false });
      expect({ what, valid: ParsedReport.safeParse(copy).success }).toEqual({ what, valid: false });
    }
  });
});
