// The work of a build worker for one batch of files: read, hash, parse (unless the
// hash shows the file unchanged), shape rows, and return them as staging CSV.
import { readFileSync } from "node:fs";
import { parseReport, type ManifestEntry } from "../../lib/parse";
import { checkRow, corpusView, diagnosticRow, failureRow, forEachPrintedCell, identityOf, reportRow } from "../../lib/dataset";
import { seriesKey } from "../../lib/checks";
import { PDF_RESOURCES } from "../pdfResources";
import { sha256Hex } from "../reportInput";
import { CsvBuffer, csvField } from "./csv";

export interface FileTask {
  rel: string;
  abs: string;
  size: number;
  mtime: string;
  cacheKey: string;
  /** The cached hash: when the file still has it, it is not parsed again. */
  expectSha?: string;
  manifest?: ManifestEntry;
}

export type FileResult =
  | { rel: string; kind: "same"; size: number; mtime: string }
  | { rel: string; kind: "report"; synthetic: boolean }
  | { rel: string; kind: "failure"; code: string; message: string };

export interface StagingCsv {
  reports: CsvBuffer;
  cells: CsvBuffer;
  checks: CsvBuffer;
  diagnostics: CsvBuffer;
  failures: CsvBuffer;
  sources: CsvBuffer;
}

export interface BatchOutput {
  results: FileResult[];
  csv: StagingCsv;
}

/** First 16 hex digits of the sha256 of the path relative to data/reports. */
export function reportIdOf(rel: string): string {
  return sha256Hex(rel).slice(0, 16);
}

export async function processBatch(tasks: readonly FileTask[], sourcePrefix: string): Promise<BatchOutput> {
  const csv: StagingCsv = {
    reports: new CsvBuffer(),
    cells: new CsvBuffer(),
    checks: new CsvBuffer(),
    diagnostics: new CsvBuffer(),
    failures: new CsvBuffer(),
    sources: new CsvBuffer(),
  };
  const results: FileResult[] = [];
  for (const task of tasks) {
    const file = sourcePrefix ? `${sourcePrefix}/${task.rel}` : task.rel;
    const reportId = reportIdOf(task.rel);
    const source = (sha: string, ok: boolean, corpus: string | null, series: string | null) =>
      csv.sources.add([task.rel, task.size, task.mtime, sha, task.cacheKey, reportId, ok, corpus, series]);
    let bytes: Uint8Array;
    try {
      // Read synchronously: a worker has nothing else to do meanwhile, and fs/promises'
      // FileHandle open/close per file cost about 5% of the batch.
      bytes = readFileSync(task.abs);
    } catch (error) {
      const message = `cannot read the file: ${(error as Error).message}`;
      csv.failures.add([reportId, ...failureRow({ file, error: { code: "unreadable", message } })]);
      source("", false, null, null);
      results.push({ rel: task.rel, kind: "failure", code: "unreadable", message });
      continue;
    }
    const sha = sha256Hex(bytes);
    if (task.expectSha === sha) {
      results.push({ rel: task.rel, kind: "same", size: task.size, mtime: task.mtime });
      continue;
    }
    const outcome = await parseReport({ file, bytes, sha256: sha, pdf: PDF_RESOURCES, ...(task.manifest ? { manifest: task.manifest } : {}) });
    if (!outcome.ok) {
      csv.failures.add([reportId, ...failureRow(outcome.failure)]);
      source(sha, false, null, null);
      results.push({ rel: task.rel, kind: "failure", code: outcome.failure.error.code, message: outcome.failure.error.message });
      continue;
    }
    const { report } = outcome;
    csv.reports.add(reportRow(report, reportId));
    // The cache stores a cell by its index in CELLS, with the report's year (CACHED_CELL_COLUMNS);
    // the output joins the names back. Each line is written here rather than through csvLine: ~200 per report.
    const idField = csvField(reportId);
    const yearField = csvField(report.meta.year);
    forEachPrintedCell(report, (index, value, raw, line) => {
      csv.cells.addLine(`${idField},${index},${value ?? ""},${csvField(raw)},${line ?? ""},${yearField}\n`);
    });
    const owner = identityOf(report, reportId);
    for (const finding of report.checks) csv.checks.add(checkRow(owner, finding));
    for (const diagnostic of report.diagnostics) csv.diagnostics.add(diagnosticRow(owner, diagnostic));
    source(sha, true, JSON.stringify(corpusView(report)), seriesKey(report));
    results.push({ rel: task.rel, kind: "report", synthetic: report.meta.synthetic });
  }
  return { results, csv };
}
