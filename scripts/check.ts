// npm run --silent check -- DIR_OR_FILE [DIR_OR_FILE…]
// Parses every report (directories are walked for the report files the build
// step reads), runs the per-report and cross-report checks, and prints the
// findings as an aligned table and a one-line summary. Findings are data: the
// exit code is 0 unless an input could not be read or parsed as a report (2;
// everything else is still printed). Errors go to stderr.
import { statSync } from "node:fs";
import { checkCorpus, formatFindingsTable, summariseFindings, type FindingRow } from "../lib/checks";
import type { ParsedReport } from "../lib/model";
import { parseReport } from "../lib/parse";
import { readReportInput, reportFilesUnder } from "./reportInput";

async function main() {
  const args = process.argv.slice(2);
  if (args.length === 0) {
    process.stderr.write("usage: npm run --silent check -- DIR_OR_FILE [DIR_OR_FILE…]\n");
    process.exit(2);
  }
  let unreadable = 0;
  const files: string[] = [];
  for (const arg of args) {
    try {
      files.push(...(statSync(arg).isDirectory() ? reportFilesUnder(arg) : [arg]));
    } catch (error) {
      unreadable += 1;
      process.stderr.write(`${arg}: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file or directory" : (error as Error).message}\n`);
    }
  }

  const reports: ParsedReport[] = [];
  let failed = 0;
  for (const path of files) {
    const read = readReportInput(path);
    if (!read.ok) {
      unreadable += 1;
      process.stderr.write(`${read.failure.error.message}\n`);
      continue;
    }
    const file = read.input.file;
    const outcome = await parseReport(read.input);
    if (outcome.ok) reports.push(outcome.report);
    else {
      failed += 1;
      process.stderr.write(`${file}: ${outcome.failure.error.code}: ${outcome.failure.error.message}\n`);
    }
  }

  const byFile = new Map(reports.map((r) => [r.meta.source.file, r]));
  const corpus = checkCorpus(reports);
  const rows: FindingRow[] = reports.flatMap((report) => [
    ...report.checks.map((finding) => ({ file: report.meta.source.file, agency: report.meta.agency, year: report.meta.year, finding })),
    ...corpus
      .filter((c) => c.file === report.meta.source.file)
      .map(({ file, finding }) => ({ file, agency: byFile.get(file)?.meta.agency ?? null, year: byFile.get(file)?.meta.year ?? null, finding })),
  ]);

  if (rows.length > 0) process.stdout.write(`${formatFindingsTable(rows)}\n\n`);
  const summary = summariseFindings(
    { files: files.length + unreadable, parsed: reports.length, failed: failed + unreadable },
    rows.map((r) => r.finding),
  );
  process.stdout.write(`${summary}\n`);
  process.exitCode = unreadable > 0 || failed > 0 ? 2 : 0;
}

void main();
