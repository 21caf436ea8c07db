// What the browser gets for `apache-arrow` (next.config.js). DuckDB-wasm's page-side client
// imports it for the calls that hand back arrow-js objects (AsyncDuckDBConnection.query and
// send, insertArrowTable, a prepared statement's query) and for a type map used by
// insertJSON/CSV with explicit columns. The site makes none of those calls: it asks the
// engine for Arrow IPC bytes (AsyncDuckDB.runQuery, startPendingQuery/fetchQueryResults)
// and reads them with flechette (app/lib/duckdb.ts, sqlConsole.ts). Without this, every
// page carried apache-arrow, about 40 KB gzip. Should one of those calls be made after all,
// it fails here, by name, instead of misbehaving.
const notLoaded = (name: string) => () => {
  throw new Error(`apache-arrow's ${name} is not loaded in this site: read DuckDB results as IPC bytes with flechette`);
};

export const RecordBatchReader = { from: notLoaded("RecordBatchReader.from") };
export const Table = notLoaded("Table");
export const tableToIPC = notLoaded("tableToIPC");
/** Read only inside the type map's switch, which the site never runs. */
export const Type = {};
