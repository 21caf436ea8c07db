// Build-time access to public/data (server components during `next build`): the
// same SQL as the page, run by native DuckDB, so the static HTML shows real
// figures before DuckDB-wasm has started.
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { plainRow, plainValue, type Columns, type Manifest, type Row, type Runner, type TableNeed } from "./dataset";

const DATA_DIR = path.join(process.cwd(), "public", "data");

let connection: Promise<{ conn: DuckDBConnection; manifest: Manifest }> | null = null;

/** The dataset's manifest; a missing dataset stops the build with a message that says what to run. */
export function readManifest(): Manifest {
  const file = path.join(DATA_DIR, "manifest.json");
  if (!existsSync(file)) {
    throw new Error(`The dataset is missing: ${file} does not exist. Run \`npm run build:data\` before \`next build\`.`);
  }
  return JSON.parse(readFileSync(file, "utf8")) as Manifest;
}

async function open() {
  const manifest = readManifest();
  const conn = await (await DuckDBInstance.create(":memory:")).connect();
  const tables = new Set(manifest.files.map((f) => f.table));
  for (const table of tables) {
    const files = manifest.files.filter((f) => f.table === table).map((f) => path.join(DATA_DIR, f.path));
    for (const f of files) if (!existsSync(f)) throw new Error(`manifest.json lists ${f}, which does not exist. Rebuild the dataset.`);
    const list = files.map((f) => `'${f.replaceAll("'", "''")}'`).join(", ");
    await conn.run(`CREATE VIEW ${table} AS SELECT * FROM read_parquet([${list}], hive_partitioning = true, union_by_name = true)`);
  }
  return { conn, manifest };
}

export const buildTimeRunner: Runner = {
  async query<R = Row>(sql: string, _tables: readonly TableNeed[]): Promise<R[]> {
    connection ??= open();
    const { conn } = await connection;
    const reader = await conn.runAndReadAll(sql);
    return reader.getRowObjectsJS().map((r) => plainRow(r as Record<string, unknown>) as R);
  },
  async columns<C extends Row>(sql: string, _tables: readonly TableNeed[]): Promise<Columns<C>> {
    connection ??= open();
    const { conn } = await connection;
    const reader = await conn.runAndReadAll(sql);
    // No rows, no columns: getColumnsJS() is then empty.
    const values = reader.getColumnsJS();
    return Object.fromEntries(reader.columnNames().map((name, i) => [name, (values[i] ?? []).map(plainValue)])) as Columns<C>;
  },
};
