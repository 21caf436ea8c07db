// Property test: every layout × template × （六） layout, many generated reports,
// rendered and parsed back; every cell must equal the ground truth exactly.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Template } from "../model";
import { parseReport } from "../parse";
import { compareReport, type Mismatch } from "./compareReport";
import { generateReport } from "./generateReport";
import { LAYOUTS, renderReport, type Layout } from "./renderReport";
import type { OtherLayout } from "./rows";

const PER_CASE = 15;
const TEMPLATES: Template[] = ["2019", "2021"];
const OTHER_LAYOUTS: OtherLayout[] = ["single", "split"];

interface Failure {
  seed: number;
  file: string;
  problem: string | Mismatch[];
}

async function roundTrip(layout: Layout, template: Template, otherLayout: OtherLayout): Promise<Failure[]> {
  const failures: Failure[] = [];
  for (let i = 0; i < PER_CASE; i++) {
    const seed = 10_000 * LAYOUTS.indexOf(layout) + 1_000 * Number(template === "2021") + 100 * Number(otherLayout === "split") + i;
    // Every third report has a high blank rate, so blanks are exercised in every layout.
    const truth = generateReport(seed, { template, otherLayout, blankRate: i % 3 === 0 ? 0.3 : 0.03 });
    const { fileName, bytes } = renderReport(truth, layout);
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const outcome = await parseReport({ file: fileName, bytes, sha256 });
    if (!outcome.ok) {
      failures.push({ seed, file: fileName, problem: `${outcome.failure.error.code}: ${outcome.failure.error.message}` });
      continue;
    }
    const mismatches = compareReport(truth, outcome.report);
    if (mismatches.length > 0) failures.push({ seed, file: fileName, problem: mismatches });
  }
  return failures;
}

describe("render → parse round trip", () => {
  for (const layout of LAYOUTS) {
    for (const template of TEMPLATES) {
      for (const otherLayout of OTHER_LAYOUTS) {
        it(`${layout}, ${template} template, （六） ${otherLayout}`, async () => {
          expect(await roundTrip(layout, template, otherLayout)).toEqual([]);
        });
      }
    }
  }
});
