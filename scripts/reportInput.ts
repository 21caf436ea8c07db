// What the parse and check commands share: a report file on disk → ParseInput
// (bytes, sha256, the manifest.csv row that names it), and the report files
// below a folder.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { isReportFile, MANIFEST_FILE } from "../lib/dataset";
import type { ParseFailure } from "../lib/model";
import { parseManifestCsv, type ManifestEntry, type ParseInput } from "../lib/parse";
import { PDF_RESOURCES } from "./pdfResources";

export const toPosix = (p: string) => p.split(sep).join("/");

/** Hex sha256 of a file's bytes (a report's `sha256`) or of a string. */
export function sha256Hex(data: Uint8Array | string): string {
  return createHash("sha256").update(data).digest("hex");
}

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

/** The row of the nearest manifest.csv (the file's folder or above) that names the file. */
export function manifestEntryFor(file: string): ManifestEntry | undefined {
  for (const dir of foldersUp(file)) {
    const entry = loadManifest(join(dir, MANIFEST_FILE))?.get(toPosix(relative(dir, resolve(file))));
    if (entry) return entry;
  }
  return undefined;
}

/** Reads one file as the parser's input; `file` is the path relative to the working directory. */
export function readReportInput(path: string): { ok: true; input: ParseInput } | { ok: false; failure: ParseFailure } {
  const file = toPosix(relative(process.cwd(), resolve(path)));
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(path));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message;
    return { ok: false, failure: { file, error: { code: "unreadable", message: `${file}: ${reason}` } } };
  }
  const sha256 = sha256Hex(bytes);
  const manifest = manifestEntryFor(path);
  return { ok: true, input: { file, bytes, sha256, pdf: PDF_RESOURCES, ...(manifest ? { manifest } : {}) } };
}

/** Every report file below a folder (the build step's rule, isReportFile), sorted. */
export function reportFilesUnder(dir: string): string[] {
  const entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => isReportFile(toPosix(relative(dir, path))))
    .sort();
}
