// npm run bench:parse [-- --reports N --warmup N]
// Parses an in-memory corpus of synthetic reports per layout on one core (main
// thread, sequential, after a warm-up) and prints, per layout, reports/s and
// MB/s by wall time and by CPU time (process.cpuUsage: on a loaded machine wall
// time counts other processes' turns, CPU time does not), plus how many came
// back exactly equal to their ground truth (checked in a second, untimed pass;
// the timed pass keeps no result, as build:data keeps none). Then one line per target. No
// assertions: targets are ≥ 5,000 reports/s for text and ≥ 1,000 for HTML.
// PDF, Word (.docx, .doc) and RTF files are measured on the committed fixtures (seeds rendered by
// LibreOffice): the generator does not render those formats.
// For a steady figure, pin it to one idle core: `taskset -c 1 npm run bench:parse`.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { parseReport } from "../lib/parse";
import { PDF_RESOURCES } from "./pdfResources";
import { LAYOUTS, compareReport, generateReport, layoutFormat, renderReport, type Layout, type SyntheticReport } from "../lib/synthetic";

interface Sample {
  file: string;
  bytes: Uint8Array;
  sha256: string;
  truth: SyntheticReport;
}

interface Measured {
  label: string;
  reports: number;
  bytes: number;
  wall: number;
  cpu: number;
}

const TARGETS = [
  { kind: "text", label: "text (text-*, markdown)", target: 5_000, layouts: LAYOUTS.filter((l) => layoutFormat(l) !== "html") },
  { kind: "html", label: "html (html-*)", target: 1_000, layouts: LAYOUTS.filter((l) => layoutFormat(l) === "html") },
];

function corpus(layout: Layout, count: number, offset: number): Sample[] {
  return Array.from({ length: count }, (_, i) => {
    const truth = generateReport(offset + i);
    const { fileName, bytes } = renderReport(truth, layout);
    return { file: fileName, bytes, sha256: createHash("sha256").update(bytes).digest("hex"), truth };
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

/** Parses one fixture file `rounds` times (after one warm-up) through parseReport. */
async function measureFixture(file: string, rounds: number): Promise<Measured> {
  const bytes = new Uint8Array(readFileSync(file));
  const input = { file, bytes, sha256: createHash("sha256").update(bytes).digest("hex"), pdf: PDF_RESOURCES };
  const first = await parseReport(input);
  if (!first.ok) throw new Error(first.failure.error.message);
  const cpuStart = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < rounds; i++) await parseReport(input);
  return { label: file.replace("data/fixtures/", ""), reports: rounds, bytes: bytes.length * rounds, wall: (performance.now() - started) / 1000, cpu: cpuSeconds(cpuStart) };
}

function cpuSeconds(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
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
  const measured = new Map<Layout, Measured>();
  const row = (m: Measured, exact = "", failed = "") => [
    m.label, String(m.reports), (m.bytes / 1e6).toFixed(1), m.wall.toFixed(2), m.cpu.toFixed(2),
    rate(m.reports, m.wall), rate(m.reports, m.cpu), mbps(m.bytes, m.wall), mbps(m.bytes, m.cpu), exact, failed,
  ];

  for (const [index, layout] of LAYOUTS.entries()) {
    const samples = corpus(layout, count, 1_000_000 * (index + 1));
    for (const sample of corpus(layout, warmup, 1_000_000 * (index + 1) + count)) await parseReport(sample);
    // Timed without keeping the results, as build:data streams them: a timed loop that
    // kept 2,000 reports alive made V8 copy each into the old generation (seconds of GC).
    const cpuStart = process.cpuUsage();
    const started = performance.now();
    for (const sample of samples) await parseReport(sample);
    const wall = (performance.now() - started) / 1000;
    const cpu = cpuSeconds(cpuStart);
    // Then, untimed, each report is parsed again and compared with its ground truth.
    let exact = 0;
    let failed = 0;
    for (const { truth, ...input } of samples) {
      const outcome = await parseReport(input);
      if (!outcome.ok) failed++;
      else if (compareReport(truth, outcome.report).length === 0) exact++;
    }
    const m: Measured = { label: layout, reports: count, bytes: samples.reduce((n, s) => n + s.bytes.length, 0), wall, cpu };
    measured.set(layout, m);
    rows.push(row(m, String(exact), String(failed)));
  }
  const office = [];
  for (const file of OFFICE_FIXTURES) {
    const m = await measureFixture(file, Number(values["office-rounds"]));
    office.push(m);
    rows.push(row(m));
  }
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
