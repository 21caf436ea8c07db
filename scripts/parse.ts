// npm run --silent parse -- FILE [FILE…]
// Prints one JSON array to stdout: per file, its ParsedReport or {file, error}.
// Exit 0 when every file parsed, 2 when any did not. Manifest problems go to stderr.
import type { ParseFailure, ParsedReport } from "../lib/model";
import { parseReport } from "../lib/parse";
import { readReportInput } from "./reportInput";

async function parseOne(path: string): Promise<ParsedReport | ParseFailure> {
  const read = readReportInput(path);
  if (!read.ok) return read.failure;
  const outcome = await parseReport(read.input);
  return outcome.ok ? outcome.report : outcome.failure;
}

async function main() {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    process.stderr.write("usage: npm run --silent parse -- FILE [FILE…]\n");
    process.exit(2);
  }
  const results: (ParsedReport | ParseFailure)[] = [];
  for (const file of files) results.push(await parseOne(file));
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  process.exitCode = results.some((r) => "error" in r) ? 2 : 0;
}

void main();
