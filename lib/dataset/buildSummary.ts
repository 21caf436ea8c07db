// What a build did, and its plain-text form printed at the end of `npm run build:data`.
import type { DatasetFile, FindingCounts } from "./datasetManifest";

export interface BuildFailure {
  file: string;
  code: string;
  message: string;
}

export interface BuildSummary {
  inputs: number;
  parsed: number;
  failed: number;
  synthetic: number;
  /** Reports by the format they were read from (`meta.source.format`), most first. */
  parsedByFormat: Record<string, number>;
  /** Files parsed (or re-read) in this build; the rest came from the cache. */
  parsedNow: number;
  fromCache: number;
  /** Files that were in the cache but are gone from the input. */
  removed: number;
  failures: BuildFailure[];
  /** Problems with manifest.csv files, as `file:line: message`. */
  manifestProblems: string[];
  findingsByRule: Record<string, FindingCounts>;
  files: DatasetFile[];
  outputDir: string;
  /** True when nothing changed and the previous dataset was kept as it was. */
  upToDate: boolean;
  seconds: number;
}

function bytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}

export function formatBuildSummary(s: BuildSummary): string {
  const lines: string[] = [];
  const rate = s.parsedNow > 0 && s.seconds > 0 ? `, ${Math.round(s.parsedNow / s.seconds)} reports/s` : "";
  lines.push(
    `Files: ${s.inputs}; parsed: ${s.parsed}; failed: ${s.failed}; synthetic: ${s.synthetic}`,
    `Parsed by format: ${Object.entries(s.parsedByFormat).map(([format, n]) => `${format} ${n}`).join(", ") || "none"}`,
    `Parsed now: ${s.parsedNow}; from cache: ${s.fromCache}; removed since last build: ${s.removed}`,
  );
  if (s.failures.length > 0) {
    lines.push("Failures:");
    for (const f of s.failures) lines.push(`  ${f.file}: [${f.code}] ${f.message}`);
  }
  if (s.manifestProblems.length > 0) {
    lines.push("manifest.csv problems:");
    for (const p of s.manifestProblems) lines.push(`  ${p}`);
  }
  const rules = Object.entries(s.findingsByRule);
  lines.push(rules.length > 0 ? "Findings by rule (error / warning / unchecked):" : "Findings: none");
  for (const [rule, c] of rules) lines.push(`  ${rule.padEnd(20)} ${c.error} / ${c.warning} / ${c.unchecked}`);
  lines.push(s.upToDate ? `Output (unchanged, nothing to write): ${s.outputDir}` : `Output: ${s.outputDir}`);
  let total = 0;
  for (const f of s.files) {
    total += f.bytes;
    if (s.files.length <= 12) lines.push(`  ${f.path.padEnd(40)} ${String(f.rows).padStart(10)} rows  ${bytes(f.bytes)}`);
  }
  lines.push(`  ${s.files.length} files, ${bytes(total)}`);
  lines.push(`Time: ${s.seconds.toFixed(2)} s${rate}`);
  return lines.join("\n");
}
