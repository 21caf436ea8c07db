// npm run generate -- --reports N --format F --out DIR [--seed S] [--error-rate R]
// Writes N synthetic reports (F = a layout name or "mixed") and truth.jsonl,
// one line per file: the ground truth the parser must return and any injected errors.
import { createWriteStream } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import {
  LAYOUTS,
  createRandom,
  generateReport,
  injectErrors,
  isLayout,
  renderReport,
  withSource,
  type InjectedError,
  type Layout,
} from "../lib/synthetic";
import { sha256Hex } from "./reportInput";

const CONCURRENCY = 32;

function usage(message: string): never {
  process.stderr.write(
    `generate: ${message}\nusage: npm run generate -- --reports N --format ${[...LAYOUTS, "mixed"].join("|")} --out DIR [--seed S] [--error-rate R]\n`,
  );
  process.exit(2);
}

async function main() {
  const { values } = parseArgs({
    options: {
      reports: { type: "string" },
      format: { type: "string", default: "mixed" },
      out: { type: "string" },
      seed: { type: "string", default: "1" },
      "error-rate": { type: "string", default: "0" },
    },
  });
  const count = Number(values.reports);
  const seed = Number(values.seed);
  const errorRate = Number(values["error-rate"]);
  const format = values.format ?? "mixed";
  if (!Number.isInteger(count) || count < 1) usage("--reports must be a positive integer");
  if (!values.out) usage("--out is required");
  if (!Number.isInteger(seed)) usage("--seed must be an integer");
  if (!(errorRate >= 0 && errorRate <= 1)) usage("--error-rate must be between 0 and 1");
  if (format !== "mixed" && !isLayout(format)) usage(`unknown format "${format}"`);
  const out = values.out;
  await mkdir(out, { recursive: true });

  const started = performance.now();
  const layoutRandom = createRandom(seed ^ 0x5eed);
  const truth = createWriteStream(join(out, "truth.jsonl"));
  let bytesWritten = 0;
  let errors = 0;
  const pending = new Set<Promise<void>>();
  for (let i = 0; i < count; i++) {
    const layout: Layout = format === "mixed" ? layoutRandom.pick(LAYOUTS) : (format as Layout);
    const reportSeed = (Math.imul(seed, 0x9e3779b1) + i) >>> 0;
    let report = generateReport(reportSeed);
    let injected: InjectedError[] = [];
    if (errorRate > 0) ({ report, injected } = injectErrors(report, { rate: errorRate, seed: reportSeed }));
    errors += injected.length;
    const rendered = renderReport(report, layout);
    const file = `${String(i).padStart(6, "0")}_${rendered.fileName}`;
    const sha256 = sha256Hex(rendered.bytes);
    const line = JSON.stringify({ file, layout, seed: reportSeed, truth: withSource(report, file, layout, sha256), injected });
    if (!truth.write(`${line}\n`)) await new Promise<void>((resolve) => truth.once("drain", () => resolve()));
    bytesWritten += rendered.bytes.length;
    const write = writeFile(join(out, file), rendered.bytes).finally(() => pending.delete(write));
    pending.add(write);
    if (pending.size >= CONCURRENCY) await Promise.race(pending);
  }
  await Promise.all(pending);
  await new Promise<void>((resolve, reject) => truth.end((err?: Error | null) => (err ? reject(err) : resolve())));
  const seconds = (performance.now() - started) / 1000;
  process.stderr.write(
    `generate: ${count} reports (${format}) in ${out}, ${(bytesWritten / 1e6).toFixed(1)} MB, ${errors} injected errors, ${seconds.toFixed(1)} s (${Math.round(count / seconds)} reports/s)\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`generate: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
