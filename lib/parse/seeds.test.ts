// The five seed reports against golden files written by hand from the sources
// (data/fixtures/seeds/*.expected.json): every cell of every table, the template,
// the metadata and a sample of provenance.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { APPLICANT_FIELDS, OUTCOME_FIELDS } from "./labels";
import { parseReport, type ParseOutcome } from "./index";

const SEEDS = "data/reports/seeds";
const root = new URL("../../", import.meta.url);
const names = readdirSync(new URL(SEEDS, root)).filter((f) => f.endsWith(".txt")).sort();

interface Golden {
  source: string;
  meta: { agency: string; year: number; template: string; region: Record<string, string | null> };
  active: Record<string, Record<string, number | null>>;
  applications: Record<string, (number | null)[]>;
  reviewLitigation: Record<string, (number | null)[]>;
  provenance: Record<string, { raw: string; line: number }>;
  absentProvenance?: string[];
}

const asColumns = (rows: Record<string, (number | null)[]>, fields: readonly string[]) =>
  Object.fromEntries(Object.entries(rows).map(([row, values]) => [row, Object.fromEntries(fields.map((f, i) => [f, values[i]]))]));

async function parseSeed(name: string): Promise<ParseOutcome> {
  const file = `${SEEDS}/${name}`;
  const bytes = new Uint8Array(readFileSync(new URL(file, root)));
  return parseReport({ file, bytes, sha256: createHash("sha256").update(bytes).digest("hex") });
}

describe("seed reports against their golden files", () => {
  it("has a golden file for every seed", () => {
    expect(names).toHaveLength(5);
  });

  describe.each(names)("%s", (name) => {
    const golden = JSON.parse(
      readFileSync(new URL(`data/fixtures/seeds/${name.replace(/\.txt$/, "")}.expected.json`, root), "utf8"),
    ) as Golden;
    const outcome = parseSeed(name);
    const report = async () => {
      const o = await outcome;
      if (!o.ok) throw new Error(o.failure.error.message);
      return o.report;
    };

    it("reads every cell of table 二 and its template", async () => {
      const r = await report();
      expect(r.meta.template).toBe(golden.meta.template);
      expect(r.active).toEqual(golden.active);
    });

    it("reads every cell of table 三", async () => {
      expect((await report()).applications).toEqual(asColumns(golden.applications, APPLICANT_FIELDS));
    });

    it("reads every cell of table 四, blank apart from zero", async () => {
      expect((await report()).reviewLitigation).toEqual(asColumns(golden.reviewLitigation, OUTCOME_FIELDS));
    });

    it("keeps the raw text and line of printed cells, and none for blank ones", async () => {
      const r = await report();
      for (const [id, source] of Object.entries(golden.provenance)) expect(r.provenance[id], id).toEqual(source);
      for (const id of golden.absentProvenance ?? []) expect(r.provenance[id], id).toBeUndefined();
    });

    it("reports no parse diagnostics for a clean seed", async () => {
      const tableDiagnostics = (await report()).diagnostics.filter((d) => d.table !== undefined);
      expect(tableDiagnostics).toEqual([]);
    });

    it("records the source file, format and hash", async () => {
      const r = await report();
      expect(r.meta.source.file).toBe(golden.source);
      expect(r.meta.source.format).toBe("text");
      expect(r.meta.source.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(r.meta.synthetic).toBe(false);
    });

    it("finds the agency, year and region", async () => {
      const r = await report();
      expect({ agency: r.meta.agency, year: r.meta.year, region: r.meta.region }).toEqual({
        agency: golden.meta.agency,
        year: golden.meta.year,
        region: golden.meta.region,
      });
    });
  });
});
