// Lists the report files and manifest.csv files under the input folder, with the
// size and mtime that decide whether a cached result can be trusted unread.
import { readdir, stat } from "node:fs/promises";
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

const STAT_CONCURRENCY = 64;

export async function discoverReports(inputDir: string): Promise<Discovery> {
  const entries = await readdir(inputDir, { recursive: true, withFileTypes: true });
  const candidates: string[] = [];
  const manifests: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const rel = path.relative(inputDir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/");
    if (rel.split("/").some((p) => p.startsWith("."))) continue;
    if (entry.name.toLowerCase() === MANIFEST_FILE) manifests.push(rel);
    else if (isReportFile(rel)) candidates.push(rel);
  }
  candidates.sort();
  manifests.sort();
  const files: FoundFile[] = new Array(candidates.length);
  let next = 0;
  async function statNext(): Promise<void> {
    while (next < candidates.length) {
      const i = next++;
      const rel = candidates[i]!;
      const abs = path.join(inputDir, rel);
      const s = await stat(abs, { bigint: true });
      files[i] = { rel, abs, size: Number(s.size), mtime: s.mtimeNs.toString() };
    }
  }
  await Promise.all(Array.from({ length: STAT_CONCURRENCY }, statNext));
  return { files, manifests };
}
