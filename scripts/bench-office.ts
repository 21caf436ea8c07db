// Throughput of the DOCX and PDF readers on the committed fixtures, one file at a
// time on one thread: `npx tsx scripts/bench-office.ts [seconds per file]`.
import { readFileSync } from "node:fs";
import { docxToDocument } from "../lib/parse/docx";
import { pdfToDocument } from "../lib/parse/pdf";

const SECONDS = Number(process.argv[2] ?? 3);
const FILES: [string, (bytes: Uint8Array) => Promise<unknown>][] = [
  ["data/fixtures/docx/seed-000.docx", docxToDocument],
  ["data/fixtures/docx/seed-004.docx", docxToDocument],
  ["data/fixtures/pdf/seed-000.pdf", pdfToDocument],
  ["data/fixtures/pdf/seed-004.pdf", pdfToDocument],
  ["data/fixtures/pdf/seed-000-multipage.pdf", pdfToDocument],
];

for (const [file, read] of FILES) {
  const bytes = new Uint8Array(readFileSync(file));
  await read(bytes); // warm-up: module loading, JIT
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < SECONDS * 1000) {
    await read(bytes);
    n++;
  }
  const seconds = (performance.now() - start) / 1000;
  console.log(`${file}\t${(bytes.length / 1024).toFixed(0)} KB\t${(n / seconds).toFixed(1)} reports/s\t${((seconds / n) * 1000).toFixed(1)} ms/report`);
}
