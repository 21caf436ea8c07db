// The dataset as both runtimes see it: the manifest written by the build step and
// the query runner that views use (DuckDB-wasm in the page, DuckDB in `next build`).

export type TableName = "reports" | "cells" | "checks" | "failures";

export interface ManifestFile {
  table: TableName;
  path: string;
  bytes: number;
  sha256: string;
  rows: number;
  year?: number;
}

export interface Manifest {
  schemaVersion: number;
  builtAt: string;
  inputs: number;
  parsed: number;
  failed: number;
  synthetic: number;
  findingsByRule: Record<string, { error: number; warning: number; unchecked: number }>;
  files: ManifestFile[];
}

export type Row = Record<string, unknown>;

/** Runs SQL against the tables it was asked to load; values are plain JS (no BigInt). */
export interface Runner {
  query<R = Row>(sql: string, tables: readonly TableName[]): Promise<R[]>;
}

/** BigInt (counts) → Number at the boundary, so views never see a BigInt. */
export function plainValue(value: unknown): unknown {
  if (typeof value === "bigint") return Number(value);
  return value;
}

export function plainRow(row: Record<string, unknown>): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(row)) out[k] = plainValue(v);
  return out;
}
