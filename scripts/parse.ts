// npm run --silent parse -- FILE [FILE…]
// Prints one JSON array to stdout: per file, its ParsedReport or {file, error}.
// Exit 0 when every file parsed, 2 when any did not. Manifest problems go to stderr.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { parseManifestCsv, parseReport, type ManifestEntry } from "../lib/parse";
import type { ParseFailure, ParsedReport } from "../lib/model";

const toPosix = (p: string) => p.split(sep).join("/");

/** Folders from the file's own up to the repository root (the first holding package.json or .git). */
function* foldersUp(file: string): Generator<string> {
  let dir = dirname(resolve(file));
  for (;;) {
    yield dir;
    if (existsSync(join(dir, "package.json")) || existsSync(join(dir, ".git"))) return;
    const parent = dirname(dir);
    if (parent === dir) return;
    dir = parent;
  }
}

const manifests = new Map<string, Map<string, ManifestEntry> | null>();

function loadManifest(path: string): Map<string, ManifestEntry> | null {
  if (!manifests.has(path)) {
    let entries: Map<string, ManifestEntry> | null = null;
    if (existsSync(path)) {
      const parsed = parseManifestCsv(readFileSync(path, "utf8"), toPosix(relative(process.cwd(), path)));
      for (const d of parsed.diagnostics) process.stderr.write(`${d.message}\n`);
      entries = parsed.entries;
    }
    manifests.set(path, entries);
  }
  return manifests.get(path) ?? null;
}

function manifestEntryFor(file: string): ManifestEntry | undefined {
  for (const dir of foldersUp(file)) {
    const entries = loadManifest(join(dir, "manifest.csv"));
    const entry = entries?.get(toPosix(relative(dir, resolve(file))));
    if (entry) return entry;
  }
  return undefined;
}

async function parseOne(arg: string): Promise<ParsedReport | ParseFailure> {
  const file = toPosix(relative(process.cwd(), resolve(arg)));
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(arg));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message;
    return { file, error: { code: "unreadable", message: `${file}: ${reason}` } };
  }
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const manifest = manifestEntryFor(arg);
  const outcome = await parseReport({ file, bytes, sha256, ...(manifest ? { manifest } : {}) });
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
