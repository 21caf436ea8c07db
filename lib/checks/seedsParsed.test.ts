// The seed files through the real parser: the findings must be the ones worked
// out by hand (testing/seedFindings.ts), line numbers included.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../parse";
import { checkCorpus } from "./index";
import { project, SEED_FINDINGS } from "./testing/seedFindings";

const SEED_DIR = "data/reports/seeds";

async function parseSeed(name: string) {
  const file = `${SEED_DIR}/${name}`;
  const bytes = new Uint8Array(readFileSync(file));
  const outcome = await parseReport({ file, bytes, sha256: createHash("sha256").update(bytes).digest("hex") });
  if (!outcome.ok) throw new Error(`${file}: ${outcome.failure.error.message}`);
  return outcome.report;
}

describe("the seeds, parsed", () => {
  for (const [name, expected] of Object.entries(SEED_FINDINGS)) {
    it(`${name} has exactly the findings worked out by hand`, async () => {
      const report = await parseSeed(name);
      expect(report.checks.map(project)).toEqual(expected);
    });
  }

  it("as a corpus have no cross-report findings", async () => {
    const reports = await Promise.all(Object.keys(SEED_FINDINGS).map(parseSeed));
    expect(checkCorpus(reports)).toEqual([]);
  });
});
