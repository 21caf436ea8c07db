// Writes public/data/ from the cache: Parquet (zstd) per table, one file each or
// hive-partitioned by year for large corpora, then manifest.json. Everything is
// written to a temporary folder beside the output and swapped in with renames, so
// an interrupted build leaves the previous dataset intact.
import { createHash } from "node:crypto";
import { createReadStream, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { CELL_COLUMNS, partitionYear, type DatasetFile, type DatasetManifest, type TableName } from "../../lib/dataset";
import { quoteIdent } from "./buildCache";

function sqlPath(p: string): string {
  return `'${p.replace(/'/g, "''")}'`;
}

const PARQUET = "FORMAT parquet, COMPRESSION zstd";

/** The cells table in its published columns, names joined back from the catalogue. */
const FROM_CACHE = new Set(["report_id", "value", "raw", "line"]);
const CELLS_SELECT = CELL_COLUMNS.map((c) => `${FROM_CACHE.has(c.name) ? "c" : "k"}.${quoteIdent(c.name)}`).join(", ");
const CELLS_FROM = "FROM cells c JOIN cell_catalogue k USING (cell)";

/** The SELECT each output table is written from (`corpus_checks` is the temp table of cross-report findings). */
function tableQueries(partitioned: boolean): Record<TableName, string> {
  return {
    reports: `SELECT * FROM reports ORDER BY file`,
    cells: partitioned
      ? `SELECT ${CELLS_SELECT}, r.year ${CELLS_FROM} JOIN reports r ON r.report_id = c.report_id`
      : `SELECT ${CELLS_SELECT} ${CELLS_FROM}`,
    checks: `SELECT * FROM (SELECT * FROM checks UNION ALL SELECT * FROM corpus_checks) ORDER BY ${["file", "rule", "table", "row", "column"].map(quoteIdent).join(", ")}`,
    failures: `SELECT file, code, message FROM failures ORDER BY file`,
  };
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

export async function writeParquetTables(conn: DuckDBConnection, dir: string, partitioned: boolean): Promise<DatasetFile[]> {
  mkdirSync(dir, { recursive: true });
  const queries = tableQueries(partitioned);
  for (const table of Object.keys(queries) as TableName[]) {
    if (partitioned && table !== "failures") {
      // reports and checks keep their declared year column in each file; cells has none.
      const keep = table === "cells" ? "false" : "true";
      await conn.run(
        `COPY (${queries[table]}) TO ${sqlPath(path.join(dir, table))} (${PARQUET}, PARTITION_BY (year), WRITE_PARTITION_COLUMNS ${keep}, FILENAME_PATTERN 'part-{i}')`,
      );
    } else {
      await conn.run(`COPY (${queries[table]}) TO ${sqlPath(path.join(dir, `${table}.parquet`))} (${PARQUET})`);
    }
  }
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
