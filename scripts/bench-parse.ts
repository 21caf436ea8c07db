// npm run bench:parse [-- --reports N]
// Parses an in-memory corpus of synthetic reports per layout on one core (main
// thread, sequential, after a warm-up) and prints reports/s and MB/s per layout,
// plus how many came back exactly equal to their ground truth. No assertions:
// targets are ≥ 5,000 reports/s for text and ≥ 1,000 for HTML.
import { createHash } from "node:crypto";
import { parseArgs } from "node:util";
import { parseReport } from "../lib/parse";
import { LAYOUTS, compareReport, generateReport, renderReport, type Layout, type SyntheticReport } from "../lib/synthetic";

interface Sample {
  file: string;
  bytes: Uint8Array;
  sha256: string;
  truth: SyntheticReport;
}

function corpus(layout: Layout, count: number, offset: number): Sample[] {
  return Array.from({ length: count }, (_, i) => {
    const truth = generateReport(offset + i);
    const { fileName, bytes } = renderReport(truth, layout);
    return { file: fileName, bytes, sha256: createHash("sha256").update(bytes).digest("hex"), truth };
  });
}

async function main() {
  const { values } = parseArgs({ options: { reports: { type: "string", default: "2000" }, warmup: { type: "string", default: "200" } } });
  const count = Number(values.reports);
  const warmup = Number(values.warmup);
  const rows: string[][] = [["layout", "reports", "MB", "seconds", "reports/s", "MB/s", "exact", "failed"]];
  let totalReports = 0;
  let totalBytes = 0;
  let totalSeconds = 0;
  for (const [index, layout] of LAYOUTS.entries()) {
    const samples = corpus(layout, count, 1_000_000 * (index + 1));
    for (const sample of corpus(layout, warmup, 1_000_000 * (index + 1) + count)) await parseReport(sample);
    const bytes = samples.reduce((n, s) => n + s.bytes.length, 0);
    const outcomes = [];
    const started = performance.now();
    for (const sample of samples) outcomes.push(await parseReport(sample));
    const seconds = (performance.now() - started) / 1000;
    let exact = 0;
    let failed = 0;
    outcomes.forEach((outcome, i) => {
      const truth = samples[i]?.truth;
      if (!outcome.ok || !truth) failed++;
      else if (compareReport(truth, outcome.report).length === 0) exact++;
    });
    totalReports += count;
    totalBytes += bytes;
    totalSeconds += seconds;
    rows.push([layout, String(count), (bytes / 1e6).toFixed(1), seconds.toFixed(2), Math.round(count / seconds).toString(), (bytes / 1e6 / seconds).toFixed(1), String(exact), String(failed)]);
  }
  rows.push(["total", String(totalReports), (totalBytes / 1e6).toFixed(1), totalSeconds.toFixed(2), Math.round(totalReports / totalSeconds).toString(), (totalBytes / 1e6 / totalSeconds).toFixed(1), "", ""]);
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length))) ?? [];
  for (const row of rows) process.stdout.write(`${row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join("  ")}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench-parse: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
