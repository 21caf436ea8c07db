// npm run bench:build -- --reports N [--workers W] [--keep]
// Generates N synthetic reports (series of distinct agencies over six years, every layout
// in turn) into a temp folder, then times a cold build, a rebuild with no change
// and a rebuild after one file changed, with peak memory and output size.
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { formatBuildSummary, type BuildSummary } from "../lib/dataset";
import { LAYOUTS, distinctSeries, renderReport } from "../lib/synthetic";
import { buildDataset } from "./build-data/build";
import { loadedCodeVersion } from "./build-data/codeVersion";
import { lineProgress } from "./build-data/progress";

const { values } = parseArgs({
  options: {
    reports: { type: "string", default: "1000" },
    workers: { type: "string" },
    keep: { type: "boolean", default: false },
  },
});
const count = Number(values.reports);
const workers = values.workers ? Number(values.workers) : os.availableParallelism();

const root = mkdtempSync(path.join(os.tmpdir(), "bench-build-"));
const inputDir = path.join(root, "reports");
const outputDir = path.join(root, "public", "data");
const cacheDir = path.join(root, "cache");

function generate(): void {
  const started = performance.now();
  let written = 0;
  let index = 0;
  for (const series of distinctSeries()) {
    if (written >= count) break;
    const dir = path.join(inputDir, `batch-${String(index++ % 100).padStart(2, "0")}`);
    mkdirSync(dir, { recursive: true });
    for (const report of series) {
      if (written >= count) break;
      const { fileName, bytes } = renderReport(report, LAYOUTS[written % LAYOUTS.length]!);
      writeFileSync(path.join(dir, fileName), bytes);
      written++;
    }
  }
  console.log(`Generated ${written} reports in ${((performance.now() - started) / 1000).toFixed(1)} s under ${inputDir}`);
}

/** Peak RSS of this process, workers and DuckDB included (they are threads of it), since the last reset. */
function peakRssMb(): number {
  const status = readFileSync("/proc/self/status", "utf8");
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)![1]) / 1024;
}

function resetPeak(): void {
  // Writing 5 to clear_refs resets VmHWM to the current RSS (Linux).
  writeFileSync("/proc/self/clear_refs", "5");
}

async function timed(label: string): Promise<BuildSummary> {
  resetPeak();
  const started = performance.now();
  const summary = await buildDataset({
    inputDir,
    outputDir,
    cacheDir,
    workers,
    progress: lineProgress((line) => console.log(`  ${line}`), 10),
    log: (line) => console.log(line),
  });
  const seconds = (performance.now() - started) / 1000;
  const bytes = summary.files.reduce((n, f) => n + f.bytes, 0);
  console.log(
    `${label}: ${seconds.toFixed(2)} s, ${summary.parsedNow} parsed (${summary.parsedNow > 0 ? Math.round(summary.parsedNow / seconds) : 0} reports/s), ` +
      `peak RSS ${Math.round(peakRssMb())} MB, output ${(bytes / 1024 / 1024).toFixed(1)} MB in ${summary.files.length} files` +
      (summary.upToDate ? " (up to date, nothing written)" : ""),
  );
  return summary;
}

try {
  loadedCodeVersion();
  generate();
  console.log(`Building with ${workers} workers on ${os.availableParallelism()} cores.`);
  const cold = await timed("Cold build");
  console.log(formatBuildSummary(cold).split("\n").map((l) => `  | ${l}`).join("\n"));
  await timed("No-change rebuild");
  const changed = path.join(inputDir, "batch-00", readdirSync(path.join(inputDir, "batch-00"))[0]!);
  appendFileSync(changed, "\n");
  await timed("Rebuild after one file changed");
} finally {
  if (values.keep) console.log(`Kept ${root}`);
  else rmSync(root, { recursive: true, force: true });
}
