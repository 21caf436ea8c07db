// The dataset as both runtimes see it: the manifest written by the build step and
// the query runner that views use (DuckDB-wasm in the page, DuckDB in `next build`).

import type { DatasetFile, DatasetManifest, TableName, TableNeed } from "../../lib/dataset/index";

export { filesNeeded } from "../../lib/dataset/datasetManifest";
export type { TableName, TableNeed };
export type ManifestFile = DatasetFile;
export type Manifest = DatasetManifest;

export type Row = Record<string, unknown>;
export type Columns<C extends Row> = { [K in keyof C]: C[K][] };

/** Runs SQL against the tables (or years of a table) it was asked to load; values are plain JS (no BigInt). */
export interface Runner {
  query<R = Row>(sql: string, tables: readonly TableNeed[]): Promise<R[]>;
  /** A result as one list per column, without a row object each (a comparison reads 17,000 rows per change of metric). */
  columns<C extends Row>(sql: string, tables: readonly TableNeed[]): Promise<Columns<C>>;
  /** Changes whenever a table's rows may have changed (loaded, the reader's own reports synced): results may be kept until then. */
  readonly generation?: number;
  /** Resolves once the tables are loaded, so that `generation` counts their loading. */
  ready?(tables: readonly TableNeed[]): Promise<void>;
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
