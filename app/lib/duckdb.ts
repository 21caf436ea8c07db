// The single DuckDB-wasm client of the site: created lazily, once (StrictMode runs
// effects twice), with every file served by the site itself. Parquet is decoded in
// the page by parquet-wasm and handed to DuckDB as Arrow IPC, because DuckDB-wasm's
// own Parquet reader is an extension it would fetch from the internet.
import * as duckdb from "@duckdb/duckdb-wasm";
import { DataType, Precision } from "apache-arrow";
import initParquet, { readParquet } from "parquet-wasm/esm";
import { assetUrl } from "./basePath";
import { plainValue, type Columns, type Manifest, type Row, type Runner, type TableName } from "./dataset";
import { myReportsSql, type MyTable } from "./myReports";

const BUNDLES: duckdb.DuckDBBundles = {
  mvp: {
    mainModule: new URL("@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm", import.meta.url).href,
    mainWorker: new URL("@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js", import.meta.url).href,
  },
  eh: {
    mainModule: new URL("@duckdb/duckdb-wasm/dist/duckdb-eh.wasm", import.meta.url).href,
    mainWorker: new URL("@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js", import.meta.url).href,
  },
};
const PARQUET_WASM = new URL("parquet-wasm/esm/parquet_wasm_bg.wasm", import.meta.url);

interface Engine {
  db: duckdb.AsyncDuckDB;
  conn: duckdb.AsyncDuckDBConnection;
  manifest: Manifest;
}

let engine: Promise<Engine> | null = null;
const tables = new Map<TableName, Promise<void>>();
/** Queries run one at a time on the one connection. */
let queue: Promise<unknown> = Promise.resolve();
/** Counts changes to the tables' rows (see Runner.generation). */
let generation = 0;

export async function fetchManifest(): Promise<Manifest> {
  const url = assetUrl("data/manifest.json");
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as Manifest;
}

async function start(): Promise<Engine> {
  const [bundle, manifest] = await Promise.all([duckdb.selectBundle(BUNDLES), fetchManifest(), initParquet({ module_or_path: PARQUET_WASM })]);
  const worker = new Worker(bundle.mainWorker!);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
  const conn = await db.connect();
  // Offline: never try to fetch an extension from the internet.
  await conn.query("SET autoinstall_known_extensions=false");
  await conn.query("SET autoload_known_extensions=false");
  // Every table arrives as Arrow from the page, so DuckDB needs no file or network
  // access at all; locked, so that no query (the SQL console) can turn it back on.
  await conn.query("SET enable_external_access=false");
  await conn.query("SET lock_configuration=true");
  return { db, conn, manifest };
}

/** The one engine; the same promise for every caller. */
export function getEngine(): Promise<Engine> {
  engine ??= start().catch((error: unknown) => {
    engine = null;
    throw error;
  });
  return engine;
}

async function fetchBytes(path: string): Promise<Uint8Array> {
  const url = assetUrl(`data/${path}`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

async function columnsOf(conn: duckdb.AsyncDuckDBConnection, table: string): Promise<Set<string>> {
  const result = await conn.query(`SELECT column_name FROM information_schema.columns WHERE table_name = '${table}'`);
  return new Set(result.toArray().map((r) => String((r.toJSON() as { column_name: string }).column_name)));
}

async function loadTable({ conn, manifest }: Engine, table: TableName): Promise<void> {
  const files = manifest.files.filter((f) => f.table === table);
  if (files.length === 0) throw new Error(`manifest.json lists no file for table "${table}"`);
  const bytes = await Promise.all(files.map((f) => fetchBytes(f.path)));
  const parts: string[] = [];
  for (const [i, file] of files.entries()) {
    const part = `_load_${table}_${i}`;
    const ipc = readParquet(bytes[i]!).intoIPCStream();
    await conn.insertArrowFromIPCStream(ipc, { name: part, create: true });
    // A hive partition does not repeat its key inside the file: restore it from the manifest.
    const addYear = file.year !== undefined && !(await columnsOf(conn, part)).has("year");
    parts.push(`SELECT *${addYear ? `, CAST(${Number(file.year)} AS INTEGER) AS year` : ""} FROM ${part}`);
  }
  // reports and checks carry a `mine` flag: the reader's own reports (对比我的报告) join them in the page.
  const flag = isMyTable(table) ? ", false AS mine" : "";
  await conn.query(`CREATE OR REPLACE TABLE ${table} AS SELECT *${flag} FROM (${parts.join(" UNION ALL BY NAME ")})`);
  for (const [i] of files.entries()) await conn.query(`DROP TABLE _load_${table}_${i}`);
  if (isMyTable(table)) await syncMyReports(conn, table);
  generation++;
}

function isMyTable(table: TableName): table is MyTable {
  return table === "reports" || table === "checks";
}

/** Replaces the reader's own rows of a table with those stored for this session. */
async function syncMyReports(conn: duckdb.AsyncDuckDBConnection, table: MyTable): Promise<void> {
  generation++;
  await conn.query(`DELETE FROM ${table} WHERE mine`);
  const insert = myReportsSql(table);
  if (insert) await conn.query(insert);
  generation++;
}

/** After the reader adds or removes a report: the tables already loaded follow. */
export async function refreshMyReports(): Promise<void> {
  if (!engine) return;
  const { conn } = await engine;
  for (const table of ["reports", "checks"] as const) {
    const loading = tables.get(table);
    if (!loading) continue;
    await loading;
    const run = queue.then(() => syncMyReports(conn, table));
    queue = run.catch(() => undefined);
    await run;
  }
}

/** Loads each table once, whoever asks first. */
export async function ensureTables(names: readonly TableName[]): Promise<Engine> {
  const e = await getEngine();
  await Promise.all(
    names.map((name) => {
      let loading = tables.get(name);
      if (!loading) {
        loading = loadTable(e, name).catch((error: unknown) => {
          tables.delete(name);
          throw error;
        });
        tables.set(name, loading);
      }
      return loading;
    }),
  );
  return e;
}

export const browserRunner: Runner = {
  get generation() {
    return generation;
  },
  async query<R = Row>(sql: string, needs: readonly TableName[]): Promise<R[]> {
    return rowsOf(await run(sql, needs)) as R[];
  },
  async columns<C extends Row>(sql: string, needs: readonly TableName[]): Promise<Columns<C>> {
    const result = await run(sql, needs);
    return Object.fromEntries(result.schema.fields.map((f, i) => [f.name, valuesOf(result.getChildAt(i)!)])) as Columns<C>;
  },
};

async function run(sql: string, needs: readonly TableName[]) {
  const { conn } = await ensureTables(needs);
  const result = queue.then(() => conn.query(sql));
  queue = result.catch(() => undefined);
  return result;
}

type Column = NonNullable<ReturnType<Awaited<ReturnType<duckdb.AsyncDuckDBConnection["query"]>>["getChildAt"]>>;

/**
 * A column's values, null where null. Numbers are read from the column's buffers (much faster
 * than iterating the vector, which dominated reading 17,000 values); other types by iterating.
 */
function valuesOf(column: Column): unknown[] {
  const type = column.type;
  const numeric = DataType.isInt(type) || (DataType.isFloat(type) && type.precision !== Precision.HALF);
  if (!numeric) return Array.from(column, plainValue);
  const out: unknown[] = new Array(column.length);
  let k = 0;
  for (const { values, nullBitmap, nullCount, offset, length } of column.data) {
    for (let i = 0; i < length; i++) {
      const bit = offset + i;
      out[k++] = nullCount > 0 && !(nullBitmap[bit >> 3]! & (1 << (bit & 7))) ? null : plainValue(values[i]);
    }
  }
  return out;
}

/**
 * Rows of a result, read column by column: a comparison at 100,000 reports returns some
 * 17,000 rows, and a row proxy with toJSON() per row cost several times more.
 */
function rowsOf(result: Awaited<ReturnType<duckdb.AsyncDuckDBConnection["query"]>>): Row[] {
  const names = result.schema.fields.map((f) => f.name);
  const columns = names.map((_, i) => valuesOf(result.getChildAt(i)!));
  const rows: Row[] = new Array(result.numRows);
  for (let r = 0; r < result.numRows; r++) {
    const row: Row = {};
    for (let c = 0; c < names.length; c++) row[names[c]!] = columns[c]![r];
    rows[r] = row;
  }
  return rows;
}
