// Lists the report files and manifest.csv files under the input folder, with the
// size and mtime that decide whether a cached result can be trusted unread.
import { statSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { isReportFile, MANIFEST_FILE } from "../../lib/dataset";

export interface FoundFile {
  /** Relative to the input folder, forward slashes. */
  rel: string;
  abs: string;
  size: number;
  /** mtime in nanoseconds, as a string. */
  mtime: string;
}

export interface Discovery {
  files: FoundFile[];
  /** Relative paths of manifest.csv files. */
  manifests: string[];
}

// Synchronous stat: on 100,000 files it takes a third of the time of concurrent
// promises (the metadata is in the OS cache, and each promise costs more than the call).
export async function discoverReports(inputDir: string): Promise<Discovery> {
  const entries = await readdir(inputDir, { recursive: true, withFileTypes: true });
  const candidates: string[] = [];
  const manifests: string[] = [];
  // Each folder's relative path, worked out once rather than per file.
  const folders = new Map<string, string | null>();
  const folderOf = (parent: string): string | null => {
    let rel = folders.get(parent);
    if (rel === undefined) {
      const parts = path.relative(inputDir, parent).split(path.sep).filter((p) => p !== "");
      rel = parts.some((p) => p.startsWith(".")) ? null : parts.map((p) => `${p}/`).join("");
      folders.set(parent, rel);
    }
    return rel;
  };
  for (const entry of entries) {
    if (!entry.isFile() || entry.name.startsWith(".")) continue;
    const folder = folderOf(entry.parentPath);
    if (folder === null) continue;
    const rel = folder + entry.name;
    if (entry.name.toLowerCase() === MANIFEST_FILE) manifests.push(rel);
    else if (isReportFile(rel)) candidates.push(rel);
  }
  candidates.sort();
  manifests.sort();
  const files = candidates.map((rel): FoundFile => {
    const abs = path.join(inputDir, rel);
    const s = statSync(abs, { bigint: true });
    return { rel, abs, size: Number(s.size), mtime: s.mtimeNs.toString() };
  });
  return { files, manifests };
}
