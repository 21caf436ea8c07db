// Writes public/data/ from the cache: Parquet (zstd) per table, one file each or
// hive-partitioned by year for large corpora, then manifest.json. Everything is
// written to a temporary folder beside the output and swapped in with renames, so
// an interrupted build leaves the previous dataset intact.
import { createHash } from "node:crypto";
import { createReadStream, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { CELL_COLUMNS, PARTITIONED_TABLES, partitionYear, type DatasetFile, type DatasetManifest, type TableName } from "../../lib/dataset";
import { quoteIdent } from "./buildCache";

function sqlPath(p: string): string {
  return `'${p.replace(/'/g, "''")}'`;
}

const PARQUET = "FORMAT parquet, COMPRESSION zstd";

/** The cells table in its published columns, names joined back from the catalogue. */
const FROM_CACHE = new Set(["report_id", "value", "raw", "line"]);
const CELLS_SELECT = CELL_COLUMNS.map((c) => `${FROM_CACHE.has(c.name) ? "c" : "k"}.${quoteIdent(c.name)}`).join(", ");
const CHECK_ORDER = ["file", "rule", "table", "row", "column"].map(quoteIdent).join(", ");
const DIAGNOSTIC_ORDER = ["file", "line", "code", "table", "row", "column", "message"].map(quoteIdent).join(", ");

/** Each output table: where its rows come from (`corpus_checks` is the temp table of cross-report findings) and its SELECT over those rows. */
const TABLE_SOURCES: Record<TableName, { rows: string; select: (where: string) => string }> = {
  reports: { rows: "reports", select: (where) => `SELECT * FROM reports ${where} ORDER BY file` },
  cells: { rows: "cells", select: (where) => `SELECT ${CELLS_SELECT} FROM cells c JOIN cell_catalogue k USING (cell) ${where}` },
  checks: {
    rows: "(SELECT * FROM checks UNION ALL SELECT * FROM corpus_checks)",
    select: (where) => `SELECT * FROM (SELECT * FROM checks UNION ALL SELECT * FROM corpus_checks) ${where} ORDER BY ${CHECK_ORDER}`,
  },
  diagnostics: { rows: "diagnostics", select: (where) => `SELECT * FROM diagnostics ${where} ORDER BY ${DIAGNOSTIC_ORDER}` },
  failures: { rows: "failures", select: (where) => `SELECT file, code, message FROM failures ${where} ORDER BY file` },
};

/**
 * Writes a table hive-partitioned by year: `<table>/year=<year>/part-0.parquet`, the
 * layout DuckDB's PARTITION_BY makes, with its name for an unknown year. One COPY
 * per year instead of PARTITION_BY, which took twice the CPU on 100,000 reports' cells.
 * The cells file has no year column (the cached one is left out); the other tables keep theirs.
 */
async function writePartitioned(conn: DuckDBConnection, dir: string, table: TableName): Promise<void> {
  const source = TABLE_SOURCES[table];
  const years = (await conn.runAndReadAll(`SELECT DISTINCT year FROM ${source.rows}`)).getRowsJS().map(([year]) => year as number | null);
  // A table without rows still gets a file (an empty one, under the unknown year), so that every table can be read.
  if (years.length === 0) years.push(null);
  for (const year of years) {
    const folder = path.join(dir, table, `year=${year ?? "__HIVE_DEFAULT_PARTITION__"}`);
    mkdirSync(folder, { recursive: true });
    const where = year === null ? "WHERE year IS NULL" : `WHERE year = ${year}`;
    await conn.run(`COPY (${source.select(where)}) TO ${sqlPath(path.join(folder, "part-0.parquet"))} (${PARQUET})`);
  }
}

async function sha256File(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

function listFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .map((f) => f.split(path.sep).join("/"))
    .filter((f) => f.endsWith(".parquet"))
    .sort();
}

/** Writes `tables` into `dir` (checks read the `corpus_checks` temp table of `conn`). */
export async function writeParquetTables(conn: DuckDBConnection, dir: string, tables: readonly TableName[], partitioned: boolean): Promise<void> {
  mkdirSync(dir, { recursive: true });
  for (const table of tables) {
    if (partitioned && PARTITIONED_TABLES.includes(table)) await writePartitioned(conn, dir, table);
    else await conn.run(`COPY (${TABLE_SOURCES[table].select("")}) TO ${sqlPath(path.join(dir, `${table}.parquet`))} (${PARQUET})`);
  }
}

/** The manifest's list of the Parquet files written into `dir`. */
export async function datasetFiles(conn: DuckDBConnection, dir: string): Promise<DatasetFile[]> {
  const rel = listFiles(dir);
  const meta = await conn.runAndReadAll(
    `SELECT file_name, num_rows FROM parquet_file_metadata([${rel.map((f) => sqlPath(path.join(dir, f))).join(", ")}])`,
  );
  const rowsByFile = new Map(meta.getRowsJS().map(([file, rows]) => [path.resolve(file as string), Number(rows)]));
  const files: DatasetFile[] = [];
  for (const f of rel) {
    const abs = path.join(dir, f);
    const table = f.split("/")[0]!.replace(/\.parquet$/, "") as TableName;
    const year = partitionYear(f);
    files.push({
      table,
      path: f,
      bytes: statSync(abs).size,
      sha256: await sha256File(abs),
      rows: rowsByFile.get(path.resolve(abs)) ?? 0,
      ...(year !== undefined ? { year } : {}),
    });
  }
  return files;
}

/** The folder the next dataset is written to before it replaces `outputDir`. */
export function temporaryOutput(outputDir: string): string {
  const parent = path.dirname(path.resolve(outputDir));
  const base = path.basename(outputDir);
  mkdirSync(parent, { recursive: true });
  // Leftovers of a build that was killed.
  for (const f of readdirSync(parent)) {
    if (f.startsWith(`.${base}.tmp-`) || f.startsWith(`.${base}.old-`)) rmSync(path.join(parent, f), { recursive: true, force: true });
  }
  const dir = path.join(parent, `.${base}.tmp-${process.pid}`);
  mkdirSync(dir);
  return dir;
}

export function writeManifest(dir: string, manifest: DatasetManifest): void {
  writeFileSync(path.join(dir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
}

/** Replaces `outputDir` with `tmpDir` by renames: at every moment one complete dataset is in place or being moved. */
export function swapIn(tmpDir: string, outputDir: string): void {
  const out = path.resolve(outputDir);
  const old = path.join(path.dirname(out), `.${path.basename(out)}.old-${process.pid}`);
  if (existsSync(out)) renameSync(out, old);
  renameSync(tmpDir, out);
  rmSync(old, { recursive: true, force: true });
}
