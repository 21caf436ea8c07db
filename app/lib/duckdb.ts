// The single DuckDB-wasm client of the site: created lazily, once (StrictMode runs
// effects twice), with every file served by the site itself. Parquet is decoded in
// the page by parquet-wasm and handed to DuckDB as Arrow IPC, because DuckDB-wasm's
// own Parquet reader is an extension it would fetch from the internet.
// Results arrive as Arrow IPC bytes (AsyncDuckDB.runQuery) and are read by flechette:
// DuckDB-wasm's connection class would read them with apache-arrow, which the site
// does not load at all (next.config.js, app/lib/noApacheArrow.ts).
import * as duckdb from "@duckdb/duckdb-wasm";
import { tableFromIPC, type Column, type Table } from "@uwdata/flechette";
import initParquet, { readParquet } from "parquet-wasm/esm";
import { assetUrl } from "./basePath";
import { filesNeeded, plainValue, type Columns, type Manifest, type ManifestFile, type Row, type Runner, type TableName, type TableNeed } from "./dataset";
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
  /** The views' connection; the SQL console opens its own. */
  conn: duckdb.ConnectionID;
  manifest: Manifest;
}

let engine: Promise<Engine> | null = null;
/** Each data file, loaded once: its rows are in its table when the promise resolves. */
const loadedFiles = new Map<string, Promise<void>>();
/** Per table, its last load: a table is made by its first file and grows by the others, one at a time. */
const tableLoads = new Map<TableName, Promise<void>>();
const created = new Set<TableName>();
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
  const conn = await db.connectInternal();
  // Offline: never try to fetch an extension from the internet.
  await db.runQuery(conn, "SET autoinstall_known_extensions=false");
  await db.runQuery(conn, "SET autoload_known_extensions=false");
  // Every table arrives as Arrow from the page, so DuckDB needs no file or network
  // access at all; locked, so that no query (the SQL console) can turn it back on.
  await db.runQuery(conn, "SET enable_external_access=false");
  await db.runQuery(conn, "SET lock_configuration=true");
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

/** One query's result; 64-bit integers and decimals come back as numbers. */
async function queryTable(db: duckdb.AsyncDuckDB, conn: duckdb.ConnectionID, sql: string): Promise<Table> {
  return tableFromIPC(await db.runQuery(conn, sql));
}

async function columnsOf(db: duckdb.AsyncDuckDB, conn: duckdb.ConnectionID, table: string): Promise<Set<string>> {
  const result = await queryTable(db, conn, `SELECT column_name FROM information_schema.columns WHERE table_name = '${table}'`);
  return new Set(valuesOf(result.getChildAt(0)!).map(String));
}

/** Fetches and decodes a file (files load side by side), then adds its rows to its table in turn. */
async function loadFile(e: Engine, file: ManifestFile): Promise<void> {
  const ipc = readParquet(await fetchBytes(file.path)).intoIPCStream();
  const previous = tableLoads.get(file.table) ?? Promise.resolve();
  const load = previous.catch(() => undefined).then(() => addRows(e, file, ipc));
  tableLoads.set(file.table, load);
  return load;
}

async function addRows({ db, conn }: Engine, file: ManifestFile, ipc: Uint8Array): Promise<void> {
  const table = file.table;
  const part = `_load_${table}`;
  await db.insertArrowFromIPCStream(conn, ipc, { name: part, create: true });
  // A hive partition does not repeat its key inside the file: restore it from the manifest.
  const addYear = file.year !== undefined && !(await columnsOf(db, conn, part)).has("year");
  // reports and checks carry a `mine` flag: the reader's own reports (对比我的报告) join them in the page.
  const rows = `SELECT *${addYear ? `, CAST(${Number(file.year)} AS INTEGER) AS year` : ""}${isMyTable(table) ? ", false AS mine" : ""} FROM ${part}`;
  // The build writes every partition of a table from one table, so each has the same columns.
  await db.runQuery(conn, created.has(table) ? `INSERT INTO ${table} BY NAME ${rows}` : `CREATE TABLE ${table} AS ${rows}`);
  await db.runQuery(conn, `DROP TABLE ${part}`);
  if (!created.has(table)) {
    created.add(table);
    if (isMyTable(table)) await syncMyReports(db, conn, table);
  }
  generation++;
}

function isMyTable(table: TableName): table is MyTable {
  return table === "reports" || table === "checks";
}

/** Replaces the reader's own rows of a table with those stored for this session. */
async function syncMyReports(db: duckdb.AsyncDuckDB, conn: duckdb.ConnectionID, table: MyTable): Promise<void> {
  generation++;
  await db.runQuery(conn, `DELETE FROM ${table} WHERE mine`);
  const insert = myReportsSql(table);
  if (insert) await db.runQuery(conn, insert);
  generation++;
}

/** After the reader adds or removes a report: the tables already loaded follow. */
export async function refreshMyReports(): Promise<void> {
  if (!engine) return;
  const { db, conn } = await engine;
  for (const table of ["reports", "checks"] as const) {
    await tableLoads.get(table)?.catch(() => undefined);
    if (!created.has(table)) continue;
    const run = queue.then(() => syncMyReports(db, conn, table));
    queue = run.catch(() => undefined);
    await run;
  }
}

/**
 * Loads what the needs ask for, each file once, whoever asks first: a whole table, or of a table
 * partitioned by year only the year asked for. A year without a file loads the whole table, so
 * that the table exists (and the query finds no rows of that year).
 */
export async function ensureTables(needs: readonly TableNeed[]): Promise<Engine> {
  const e = await getEngine();
  const files = new Set<ManifestFile>();
  for (const need of needs) {
    const table = typeof need === "string" ? need : need.table;
    let found = filesNeeded(e.manifest.files, need);
    if (found.length === 0) found = filesNeeded(e.manifest.files, table);
    if (found.length === 0) throw new Error(`manifest.json lists no file for table "${table}"`);
    for (const file of found) files.add(file);
  }
  await Promise.all(
    [...files].map((file) => {
      let loading = loadedFiles.get(file.path);
      if (!loading) {
        loading = loadFile(e, file).catch((error: unknown) => {
          loadedFiles.delete(file.path);
          throw error;
        });
        loadedFiles.set(file.path, loading);
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
  async ready(needs: readonly TableNeed[]): Promise<void> {
    await ensureTables(needs);
  },
  async query<R = Row>(sql: string, needs: readonly TableNeed[]): Promise<R[]> {
    return rowsOf(await run(sql, needs)) as R[];
  },
  async columns<C extends Row>(sql: string, needs: readonly TableNeed[]): Promise<Columns<C>> {
    const result = await run(sql, needs);
    return Object.fromEntries(result.schema.fields.map((f, i) => [f.name, valuesOf(result.getChildAt(i)!)])) as Columns<C>;
  },
};

async function run(sql: string, needs: readonly TableNeed[]): Promise<Table> {
  const { db, conn } = await ensureTables(needs);
  const result = queue.then(() => queryTable(db, conn, sql));
  queue = result.catch(() => undefined);
  return result;
}

/** A column's values as a plain array, null where null (flechette gives a typed array when there are none). */
function valuesOf(column: Column<unknown>): unknown[] {
  const values = column.toArray();
  return ArrayBuffer.isView(values) ? Array.from(values as ArrayLike<unknown>, plainValue) : (values as unknown[]);
}

/** Rows of a result, read column by column (a comparison at 100,000 reports returns some 17,000 rows). */
function rowsOf(result: Table): Row[] {
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
