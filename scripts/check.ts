// npm run --silent check -- DIR_OR_FILE [DIR_OR_FILE…]
// Parses every report (directories are walked for .txt .htm .html .md
// .markdown), runs the per-report and cross-report checks, and prints the
// findings as an aligned table and a one-line summary. Findings are data: the
// exit code is 0 unless an input could not be read or parsed as a report (2;
// everything else is still printed). Errors go to stderr.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, extname, join, relative, resolve, sep } from "node:path";
import { checkCorpus, formatFindingsTable, summariseFindings, type FindingRow } from "../lib/checks";
import type { ParsedReport } from "../lib/model";
import { parseManifestCsv, parseReport, type ManifestEntry } from "../lib/parse";

const REPORT_EXTENSIONS = new Set([".txt", ".htm", ".html", ".md", ".markdown"]);
const toPosix = (p: string) => p.split(sep).join("/");

function walk(dir: string): string[] {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return walk(path);
    return entry.isFile() && REPORT_EXTENSIONS.has(extname(entry.name).toLowerCase()) ? [path] : [];
  });
}

const manifests = new Map<string, Map<string, ManifestEntry> | null>();

/** The entry for a file in a manifest.csv of its folder or any folder above, up to the working directory. */
function manifestEntryFor(file: string): ManifestEntry | undefined {
  const root = process.cwd();
  for (let dir = dirname(resolve(file)); ; dir = dirname(dir)) {
    const path = join(dir, "manifest.csv");
    if (!manifests.has(path)) {
      let entries: Map<string, ManifestEntry> | null = null;
      if (existsSync(path)) {
        const parsed = parseManifestCsv(readFileSync(path, "utf8"), toPosix(relative(root, path)));
        for (const d of parsed.diagnostics) process.stderr.write(`${d.message}\n`);
        entries = parsed.entries;
      }
      manifests.set(path, entries);
    }
    const entry = manifests.get(path)?.get(toPosix(relative(dir, resolve(file))));
    if (entry) return entry;
    if (dir === root || dirname(dir) === dir || !resolve(dir).startsWith(root)) return undefined;
  }
}

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
      files.push(...(statSync(arg).isDirectory() ? walk(arg) : [arg]));
    } catch (error) {
      unreadable += 1;
      process.stderr.write(`${arg}: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file or directory" : (error as Error).message}\n`);
    }
  }

  const reports: ParsedReport[] = [];
  let failed = 0;
  for (const path of files) {
    const file = toPosix(relative(process.cwd(), resolve(path)));
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(readFileSync(path));
    } catch (error) {
      unreadable += 1;
      process.stderr.write(`${file}: ${(error as Error).message}\n`);
      continue;
    }
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const manifest = manifestEntryFor(path);
    const outcome = await parseReport({ file, bytes, sha256, ...(manifest ? { manifest } : {}) });
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
