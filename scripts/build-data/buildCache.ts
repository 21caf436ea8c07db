// The incremental build's cache: a DuckDB database in the cache folder holding,
// per source file, its stat, hash, cache key and the rows it produced (reports,
// cells, per-report checks, diagnostics, failures) plus the slim view the corpus checks read, and
// the corpus checks' findings per series (see CORPUS_FINDING_COLUMNS). An update
// runs in one transaction, so an interrupted build leaves it as it was.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { CELL_COLUMNS, CHECK_COLUMNS, DIAGNOSTIC_COLUMNS, FAILURE_COLUMNS, REPORT_COLUMNS, type BuildFailure, type ColumnDef } from "../../lib/dataset";
import { CELLS, type ParsedReport } from "../../lib/model";
import { csvLine, readCsvSql } from "./csv";
import { sha256Hex } from "../reportInput";

export interface CachedSource {
  size: number;
  mtime: string;
  sha256: string;
  cacheKey: string;
  ok: boolean;
}

type Col = { name: string; type: ColumnDef["type"] | "BIGINT" };

export const SOURCE_COLUMNS: readonly Col[] = [
  { name: "file", type: "VARCHAR" },
  { name: "size", type: "BIGINT" },
  { name: "mtime", type: "VARCHAR" },
  { name: "sha256", type: "VARCHAR" },
  { name: "cache_key", type: "VARCHAR" },
  { name: "report_id", type: "VARCHAR" },
  { name: "ok", type: "BOOLEAN" },
  { name: "corpus", type: "VARCHAR" },
  { name: "series_key", type: "VARCHAR" },
];
/**
 * Cells as the workers stage them: the cell's index in CELLS instead of its four name
 * columns, and the report's year, which a dataset partitioned by year selects cells by
 * (joining ~200 cells a report to the reports table for it cost more than the write).
 */
export const CACHED_CELL_COLUMNS: readonly Col[] = [
  { name: "report_id", type: "VARCHAR" },
  { name: "cell", type: "INTEGER" },
  ...CELL_COLUMNS.filter((c) => ["value", "raw", "line"].includes(c.name)),
  { name: "year", type: "INTEGER" },
];
const CACHED_FAILURE_COLUMNS: readonly Col[] = [{ name: "report_id", type: "VARCHAR" }, ...FAILURE_COLUMNS];

/** The cached tables and the staging CSV each is filled from (`w<i>.<table>.csv`). */
export const CACHE_TABLES: Readonly<Record<string, readonly Col[]>> = {
  sources: SOURCE_COLUMNS,
  reports: REPORT_COLUMNS,
  cells: CACHED_CELL_COLUMNS,
  checks: CHECK_COLUMNS,
  diagnostics: DIAGNOSTIC_COLUMNS,
  failures: CACHED_FAILURE_COLUMNS,
};

/**
 * The cross-report findings, kept with the series key of the report they belong to.
 * A series' findings depend on its reports alone, so a build checks again only the
 * series that gained, lost or changed a report: those are marked in `corpus_dirty`
 * by the update that changes them and unmarked when their findings are replaced,
 * so an interrupted build leaves them marked.
 */
export const CORPUS_FINDING_COLUMNS: readonly Col[] = [...CHECK_COLUMNS, { name: "series_key", type: "VARCHAR" }];

/** The cached tables not filled from staging CSV. */
const OTHER_TABLES: Readonly<Record<string, readonly Col[]>> = {
  corpus_findings: CORPUS_FINDING_COLUMNS,
  corpus_dirty: [{ name: "series_key", type: "VARCHAR" }],
};

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export function createTableSql(name: string, columns: readonly Col[], temp = false): string {
  return `CREATE ${temp ? "TEMP " : ""}TABLE ${quoteIdent(name)} (${columns.map((c) => `${quoteIdent(c.name)} ${c.type}`).join(", ")})`;
}

const LAYOUT = sha256Hex(
  [...Object.entries(CACHE_TABLES), ...Object.entries(OTHER_TABLES)].map(([name, cols]) => createTableSql(name, cols)).join(";"),
).slice(0, 16);

/** A report as the corpus checks read it (its corpusView), with its id and series key. */
export interface CorpusEntry {
  reportId: string;
  seriesKey: string;
  report: ParsedReport;
}

export class BuildCache {
  private readonly others: DuckDBConnection[] = [];

  private constructor(
    private readonly instance: DuckDBInstance,
    readonly conn: DuckDBConnection,
    private readonly dir: string,
  ) {}

  static async open(dir: string): Promise<BuildCache> {
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, "cache.duckdb");
    const tmp = path.join(dir, "duckdb-tmp");
    // With the workers and the JS heap, DuckDB's share keeps the build under 2 GB at 100,000 reports.
    const options = { memory_limit: "768MB", temp_directory: tmp, preserve_insertion_order: "false" };
    let cache = await BuildCache.connect(file, dir, options);
    if (!(await cache.hasLayout())) {
      // Another layout (an older build step): start afresh, everything is re-parsed.
      cache.close();
      for (const f of readdirSync(dir)) if (f.startsWith("cache.duckdb")) rmSync(path.join(dir, f), { force: true });
      cache = await BuildCache.connect(file, dir, options);
      for (const [name, cols] of Object.entries({ ...CACHE_TABLES, ...OTHER_TABLES })) await cache.conn.run(createTableSql(name, cols));
      await cache.conn.run(`CREATE TABLE cache_meta (layout VARCHAR); INSERT INTO cache_meta VALUES ('${LAYOUT}')`);
    }
    await BuildCache.createCellCatalogue(cache.conn);
    return cache;
  }

  /** `cell_catalogue(cell, cell_id, table, row, field)`: names for the cached cells' indexes (a temp table, per connection). */
  private static async createCellCatalogue(conn: DuckDBConnection): Promise<void> {
    const values = CELLS.map((c, i) => `(${i}, '${c.id}', '${c.table}', '${c.row}', '${c.field}')`).join(", ");
    await conn.run(`CREATE OR REPLACE TEMP TABLE cell_catalogue AS SELECT * FROM (VALUES ${values}) AS t(cell, cell_id, "table", "row", field)`);
  }

  /** Another connection to the cache, with its own cell catalogue: for queries that run alongside those on `conn`. Closed with the cache. */
  async connectAgain(): Promise<DuckDBConnection> {
    const conn = await this.instance.connect();
    this.others.push(conn);
    await BuildCache.createCellCatalogue(conn);
    return conn;
  }

  private static async connect(file: string, dir: string, options: Record<string, string>): Promise<BuildCache> {
    const instance = await DuckDBInstance.create(file, options);
    return new BuildCache(instance, await instance.connect(), dir);
  }

  private async hasLayout(): Promise<boolean> {
    const tables = await this.conn.runAndReadAll(`SELECT 1 FROM duckdb_tables() WHERE table_name = 'cache_meta'`);
    if (tables.currentRowCount === 0) return false;
    const rows = (await this.conn.runAndReadAll(`SELECT layout FROM cache_meta`)).getRowsJS();
    return rows[0]?.[0] === LAYOUT;
  }

  close(): void {
    for (const conn of this.others) conn.closeSync();
    this.conn.closeSync();
    this.instance.closeSync();
  }

  async sources(): Promise<Map<string, CachedSource>> {
    const reader = await this.conn.runAndReadAll(`SELECT file, size, mtime, sha256, cache_key, ok FROM sources`);
    const map = new Map<string, CachedSource>();
    for (const [file, size, mtime, sha256, cacheKey, ok] of reader.getRowsJS()) {
      map.set(file as string, { size: Number(size), mtime: mtime as string, sha256: sha256 as string, cacheKey: cacheKey as string, ok: ok as boolean });
    }
    return map;
  }

  /**
   * Replaces the rows of `staleIds` (deleted or re-parsed files) with the workers'
   * staging CSV, and updates the stat of files whose content did not change.
   */
  async apply(stagingDir: string, staleIds: readonly string[], restat: readonly { rel: string; size: number; mtime: string }[]): Promise<void> {
    const staleCsv = path.join(stagingDir, "stale.csv");
    writeFileSync(staleCsv, staleIds.map((id) => csvLine([id])).join(""));
    const restatCsv = path.join(stagingDir, "restat.csv");
    writeFileSync(restatCsv, restat.map((r) => csvLine([r.rel, r.size, r.mtime])).join(""));
    const staged = readdirSync(stagingDir);
    await this.conn.run("BEGIN TRANSACTION");
    try {
      await this.conn.run(`CREATE OR REPLACE TEMP TABLE stale AS SELECT * FROM ${readCsvSql([staleCsv], [{ name: "report_id", type: "VARCHAR" }])}`);
      // The series of the stale reports, before and after: their corpus findings are to be made again.
      const markDirty = `INSERT INTO corpus_dirty SELECT DISTINCT series_key FROM sources WHERE report_id IN (SELECT report_id FROM stale) AND series_key IS NOT NULL`;
      await this.conn.run(markDirty);
      for (const table of Object.keys(CACHE_TABLES)) {
        await this.conn.run(`DELETE FROM ${quoteIdent(table)} WHERE report_id IN (SELECT report_id FROM stale)`);
        const files = staged.filter((f) => f.endsWith(`.${table}.csv`) && /^w\d+\./.test(f)).map((f) => path.join(stagingDir, f));
        if (files.length > 0) await this.conn.run(`INSERT INTO ${quoteIdent(table)} SELECT * FROM ${readCsvSql(files, CACHE_TABLES[table]!)}`);
      }
      await this.conn.run(markDirty);
      const restatCols: Col[] = [
        { name: "file", type: "VARCHAR" },
        { name: "size", type: "BIGINT" },
        { name: "mtime", type: "VARCHAR" },
      ];
      await this.conn.run(`CREATE OR REPLACE TEMP TABLE restat AS SELECT * FROM ${readCsvSql([restatCsv], restatCols)}`);
      await this.conn.run(`UPDATE sources SET size = restat.size, mtime = restat.mtime FROM restat WHERE sources.file = restat.file`);
      await this.conn.run("COMMIT");
    } catch (error) {
      await this.conn.run("ROLLBACK");
      throw error;
    }
  }

  /**
   * The slim reports of the series marked in `corpus_dirty`, which the corpus checks
   * read, streamed in groups of at least `groupSize` reports (fewer at the end) that
   * never split a series key, so that memory stays bounded however large the corpus.
   * Reports that cannot be placed in a series (no agency or year) are left out, as
   * the checks leave them out.
   */
  async *corpusGroups(groupSize: number): AsyncGenerator<CorpusEntry[]> {
    const result = await this.conn.stream(
      `SELECT series_key, report_id, corpus FROM sources
       WHERE ok AND series_key IN (SELECT series_key FROM corpus_dirty) ORDER BY series_key, file`,
    );
    let group: CorpusEntry[] = [];
    let lastKey: string | null = null;
    for await (const rows of result.yieldRowsJs()) {
      for (const [key, reportId, json] of rows) {
        if (group.length >= groupSize && key !== lastKey) {
          yield group;
          group = [];
        }
        lastKey = key as string;
        group.push({ reportId: reportId as string, seriesKey: key as string, report: JSON.parse(json as string) as ParsedReport });
      }
    }
    if (group.length > 0) yield group;
  }

  /**
   * Replaces the findings of the series marked in `corpus_dirty` with those in `csv`
   * (CORPUS_FINDING_COLUMNS) and unmarks them; makes the temp view `corpus_checks`
   * (CHECK_COLUMNS) of all findings on `conn`.
   */
  async replaceCorpusFindings(csv: string): Promise<void> {
    await this.conn.run("BEGIN TRANSACTION");
    try {
      await this.conn.run(`DELETE FROM corpus_findings WHERE series_key IN (SELECT series_key FROM corpus_dirty)`);
      await this.conn.run(`INSERT INTO corpus_findings SELECT * FROM ${readCsvSql([csv], CORPUS_FINDING_COLUMNS)}`);
      await this.conn.run(`DELETE FROM corpus_dirty`);
      await this.conn.run("COMMIT");
    } catch (error) {
      await this.conn.run("ROLLBACK");
      throw error;
    }
    await this.conn.run(`CREATE OR REPLACE TEMP VIEW corpus_checks AS SELECT * EXCLUDE (series_key) FROM corpus_findings`);
  }


  async failures(): Promise<BuildFailure[]> {
    const reader = await this.conn.runAndReadAll(`SELECT file, code, message FROM failures ORDER BY file`);
    return reader.getRowsJS().map(([file, code, message]) => ({ file: file as string, code: code as string, message: message as string }));
  }

  async counts(): Promise<{ parsed: number; failed: number; synthetic: number; parsedByFormat: Record<string, number> }> {
    const reader = await this.conn.runAndReadAll(
      `SELECT (SELECT count(*) FROM reports), (SELECT count(*) FROM failures), (SELECT count(*) FROM reports WHERE synthetic)`,
    );
    const [parsed, failed, synthetic] = reader.getRowsJS()[0]!.map(Number) as [number, number, number];
    const formats = await this.conn.runAndReadAll(`SELECT format, count(*) FROM reports GROUP BY format ORDER BY count(*) DESC, format`);
    const parsedByFormat = Object.fromEntries(formats.getRowsJS().map(([format, n]) => [format as string, Number(n)]));
    return { parsed, failed, synthetic, parsedByFormat };
  }

  get folder(): string {
    return this.dir;
  }
}

export function stagingFolder(cacheDir: string): string {
  const dir = path.join(cacheDir, `staging-${process.pid}`);
  if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}
