// public/data/manifest.json: what the build wrote, so the web finds every Parquet
// file (partitioned or not) and can show the corpus' size and findings.
import type { CheckFinding } from "../model";
import type { TableName } from "./tables";

export type Severity = CheckFinding["severity"];
export type FindingCounts = Record<Severity, number>;

export interface DatasetFile {
  table: TableName;
  /** Relative to public/data, forward slashes. */
  path: string;
  bytes: number;
  sha256: string;
  rows: number;
  year?: number;
}

export interface DatasetManifest {
  schemaVersion: number;
  builtAt: string;
  inputs: number;
  parsed: number;
  failed: number;
  synthetic: number;
  findingsByRule: Record<string, FindingCounts>;
  files: DatasetFile[];
}

/** `{rule: {error, warning, unchecked}}` from (rule, severity, count) triples, rules sorted. */
export function findingsByRule(counts: Iterable<{ rule: string; severity: Severity; count: number }>): Record<string, FindingCounts> {
  const byRule = new Map<string, FindingCounts>();
  for (const { rule, severity, count } of counts) {
    const entry = byRule.get(rule) ?? { error: 0, warning: 0, unchecked: 0 };
    entry[severity] += count;
    byRule.set(rule, entry);
  }
  return Object.fromEntries([...byRule.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

/** The year of a hive partition path (`reports/year=2021/part-0.parquet`); undefined for none or NULL. */
export function partitionYear(path: string): number | undefined {
  const match = /(?:^|\/)year=(\d{4})\//.exec(path);
  return match ? Number(match[1]) : undefined;
}

/** A table, or only its rows of one year: what a query needs loaded. */
export type TableNeed = TableName | { table: TableName; year: number };

/**
 * The files that hold what `need` asks for. A table partitioned by year gives, for one year,
 * that year's file alone (a view of one year at 100,000 reports then reads a sixth of the data);
 * a table written as one file gives that file whatever the year.
 */
export function filesNeeded(files: readonly DatasetFile[], need: TableNeed): DatasetFile[] {
  const table = typeof need === "string" ? need : need.table;
  const ofTable = files.filter((f) => f.table === table);
  if (typeof need === "string") return ofTable;
  return ofTable.filter((f) => !/(?:^|\/)year=/.test(f.path) || f.year === need.year);
}
