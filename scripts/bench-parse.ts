// npm run bench:parse [-- --reports N --warmup N]
// Generates an in-memory corpus of synthetic reports per layout, then parses it on one
// core, sequentially after a warm-up, in a thread that does nothing but parse, as
// build:data's workers do (bench-parse/worker.ts says why), and prints, per layout,
// reports/s and MB/s by wall time and by CPU time, plus how many came back exactly equal
// to their ground truth (checked in a second, untimed pass; the timed pass keeps no
// result, as build:data keeps none). Then one line per target. No assertions: targets
// are ≥ 5,000 reports/s for text and ≥ 1,000 for HTML.
// PDF, Word (.docx, .doc) and RTF files are measured on the committed fixtures (seeds rendered by
// LibreOffice): the generator does not render those formats.
// For a steady figure, pin it to one idle core: `taskset -c 1 npm run bench:parse`.
import { parseArgs } from "node:util";
import type { Worker } from "node:worker_threads";
import type { ParseInput } from "../lib/parse";
import { LAYOUTS, compareReport, generateReport, layoutFormat, renderReport, type Layout, type SyntheticReport } from "../lib/synthetic";
import type { BenchParseReply, BenchParseRequest, Measured } from "./bench-parse/worker";
import { sha256Hex } from "./reportInput";
import { startTsWorker } from "./tsWorker";

interface Sample {
  input: ParseInput;
  truth: SyntheticReport;
}

const TARGETS = [
  { kind: "text", label: "text (text-*, markdown)", target: 5_000, layouts: LAYOUTS.filter((l) => layoutFormat(l) !== "html") },
  { kind: "html", label: "html (html-*)", target: 1_000, layouts: LAYOUTS.filter((l) => layoutFormat(l) === "html") },
];

function corpus(layout: Layout, count: number, offset: number): Sample[] {
  return Array.from({ length: count }, (_, i) => {
    const truth = generateReport(offset + i);
    const { fileName, bytes } = renderReport(truth, layout);
    return { input: { file: fileName, bytes, sha256: sha256Hex(bytes) }, truth };
  });
}

const OFFICE_FIXTURES = [
  "data/fixtures/docx/seed-000.docx",
  "data/fixtures/docx/seed-004.docx",
  "data/fixtures/doc/seed-000.doc",
  "data/fixtures/doc/seed-004.doc",
  "data/fixtures/rtf/seed-000.rtf",
  "data/fixtures/rtf/seed-004.rtf",
  "data/fixtures/pdf/seed-000.pdf",
  "data/fixtures/pdf/seed-004.pdf",
  "data/fixtures/pdf/seed-000-multipage.pdf",
  "data/fixtures/pdf/seed-000-borderless.pdf",
  "data/fixtures/pdf/seed-004-borderless.pdf",
];

/** The parsing thread's answer to one request (see bench-parse/worker.ts). */
function ask(worker: Worker, request: BenchParseRequest): Promise<Exclude<BenchParseReply, { error: string }>> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    worker.once("error", onError);
    worker.once("message", (reply: BenchParseReply) => {
      worker.off("error", onError);
      if ("error" in reply) reject(new Error(reply.error));
      else resolve(reply);
    });
    worker.postMessage(request);
  });
}

async function measure(worker: Worker, request: BenchParseRequest): Promise<Measured> {
  const reply = await ask(worker, request);
  if (!("measured" in reply)) throw new Error(`bench-parse: no timing for a ${request.kind} request`);
  return reply.measured;
}

/** How many of `samples` parse back exactly equal to their ground truth, and how many fail. */
async function countExact(worker: Worker, samples: readonly Sample[]): Promise<{ exact: number; failed: number }> {
  const reply = await ask(worker, { kind: "outcomes", samples: samples.map((s) => s.input) });
  if (!("outcomes" in reply)) throw new Error("bench-parse: no outcomes");
  let exact = 0;
  let failed = 0;
  for (const [i, outcome] of reply.outcomes.entries()) {
    if (!outcome.ok) failed++;
    else if (compareReport(samples[i]!.truth, outcome.report).length === 0) exact++;
  }
  return { exact, failed };
}

function sum(items: readonly Measured[], label: string): Measured {
  return items.reduce((a, m) => ({ label, reports: a.reports + m.reports, bytes: a.bytes + m.bytes, wall: a.wall + m.wall, cpu: a.cpu + m.cpu }), {
    label,
    reports: 0,
    bytes: 0,
    wall: 0,
    cpu: 0,
  });
}

const rate = (n: number, seconds: number) => Math.round(n / seconds).toLocaleString("en-US");
const mbps = (bytes: number, seconds: number) => (bytes / 1e6 / seconds).toFixed(1);

async function main() {
  const { values } = parseArgs({
    options: { reports: { type: "string", default: "2000" }, warmup: { type: "string", default: "200" }, "office-rounds": { type: "string", default: "20" } },
  });
  const count = Number(values.reports);
  const warmup = Number(values.warmup);
  const header = ["layout", "reports", "MB", "wall s", "CPU s", "reports/s wall", "reports/s CPU", "MB/s wall", "MB/s CPU", "exact", "failed"];
  const rows: string[][] = [header];
  const row = (m: Measured, exact = "", failed = "") => [
    m.label, String(m.reports), (m.bytes / 1e6).toFixed(1), m.wall.toFixed(2), m.cpu.toFixed(2),
    rate(m.reports, m.wall), rate(m.reports, m.cpu), mbps(m.bytes, m.wall), mbps(m.bytes, m.cpu), exact, failed,
  ];

  // Every layout is timed first, then the fixtures; the untimed exactness check comes last, so
  // that no comparison runs between timed loops.
  const worker = startTsWorker(new URL("./bench-parse/worker.ts", import.meta.url), null);
  const corpora = new Map<Layout, Sample[]>();
  const measured = new Map<Layout, Measured>();
  const office: Measured[] = [];
  try {
    for (const [index, layout] of LAYOUTS.entries()) {
      const samples = corpus(layout, count, 1_000_000 * (index + 1));
      const warmupSamples = corpus(layout, warmup, 1_000_000 * (index + 1) + count);
      corpora.set(layout, samples);
      const request: BenchParseRequest = { kind: "layout", label: layout, warmup: warmupSamples.map((s) => s.input), samples: samples.map((s) => s.input) };
      measured.set(layout, await measure(worker, request));
    }
    for (const file of OFFICE_FIXTURES) office.push(await measure(worker, { kind: "fixture", file, rounds: Number(values["office-rounds"]) }));
    for (const layout of LAYOUTS) {
      const { exact, failed } = await countExact(worker, corpora.get(layout)!);
      rows.push(row(measured.get(layout)!, String(exact), String(failed)));
    }
  } finally {
    await worker.terminate();
  }
  for (const m of office) rows.push(row(m));
  const perKind = TARGETS.map((t) => ({ ...t, m: sum(t.layouts.map((l) => measured.get(l)!), t.kind) }));
  for (const { m } of perKind) rows.push(row(m));
  rows.push(row(sum(office.filter((m) => m.label.startsWith("docx")), "docx")));
  rows.push(row(sum(office.filter((m) => m.label.startsWith("doc/")), "doc")));
  rows.push(row(sum(office.filter((m) => m.label.startsWith("rtf/")), "rtf")));
  rows.push(row(sum(office.filter((m) => m.label.startsWith("pdf")), "pdf")));
  rows.push(row(sum([...measured.values()], "total (generated)")));

  const widths = header.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length)));
  for (const r of rows) process.stdout.write(`${r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join("  ")}\n`);
  process.stdout.write("\n");
  for (const { label, target, m } of perKind) {
    const cpuRate = m.reports / m.cpu;
    const verdict = cpuRate >= target ? "meets" : `below, ${(target / cpuRate).toFixed(1)}× short`;
    process.stdout.write(
      `${label}: ${rate(m.reports, m.cpu)} reports/s by CPU time, ${rate(m.reports, m.wall)} by wall time (target ${target.toLocaleString("en-US")}; ${verdict})\n`,
    );
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench-parse: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
