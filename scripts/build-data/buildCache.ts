// The incremental build's cache: a DuckDB database in the cache folder holding,
// per source file, its stat, hash, cache key, failure if any and the slim view the
// corpus checks read, and the corpus checks' findings per series (see
// CORPUS_FINDING_COLUMNS). The rows of the reports, cells and per-report checks
// tables are kept as Parquet pieces beside it (see PIECE_TABLES). An update runs in
// one transaction, so an interrupted build leaves it as it was.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { CELL_COLUMNS, CHECK_COLUMNS, FAILURE_COLUMNS, REPORT_COLUMNS, type BuildFailure, type ColumnDef } from "../../lib/dataset";
import { CELLS, type ParsedReport } from "../../lib/model";
import { csvLine, readCsvSql } from "./csv";
import { sha256Hex } from "./processBatch";

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

/** The cached DuckDB tables filled from the staging CSV of the same name (`w<i>.<table>.csv`). */
export const CACHE_TABLES: Readonly<Record<string, readonly Col[]>> = {
  sources: SOURCE_COLUMNS,
  failures: CACHED_FAILURE_COLUMNS,
};

/**
 * The tables of a parsed report's rows, kept as Parquet pieces: the staged rows of
 * each build that parsed something are written once into `<table>/<piece>.parquet`
 * (the columns plus the piece number), and the DuckDB table `pieces` names the piece
 * that holds each report's current rows. Each is read through a temp view of its
 * name (see createPieceViews). A report parsed again leaves dead rows in its older
 * piece, which the views skip; a piece no report names is deleted, and more than
 * MAX_PIECES are merged into one. Inserting the rows into DuckDB tables (~200 cells
 * a report, ~230 columns a report row) and checkpointing them cost about twice the
 * CPU of writing the pieces.
 */
export const PIECE_TABLES: Readonly<Record<"reports" | "cells" | "checks", readonly Col[]>> = {
  reports: REPORT_COLUMNS,
  cells: CACHED_CELL_COLUMNS,
  checks: CHECK_COLUMNS,
};
const PIECES: readonly Col[] = [
  { name: "report_id", type: "VARCHAR" },
  { name: "piece", type: "INTEGER" },
];
const MAX_PIECES = 8;
const PIECE_FORMAT = "FORMAT parquet, COMPRESSION lz4_raw";

/**
 * The cross-report findings, kept with the series key of the report they belong to.
 * A series' findings depend on its reports alone, so a build checks again only the
 * series that gained, lost or changed a report: those are marked in `corpus_dirty`
 * by the update that changes them and unmarked when their findings are replaced,
 * so an interrupted build leaves them marked.
 */
export const CORPUS_FINDING_COLUMNS: readonly Col[] = [...CHECK_COLUMNS, { name: "series_key", type: "VARCHAR" }];
const CORPUS_DIRTY: readonly Col[] = [{ name: "series_key", type: "VARCHAR" }];

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export function createTableSql(name: string, columns: readonly Col[], temp = false): string {
  return `CREATE ${temp ? "TEMP " : ""}TABLE ${quoteIdent(name)} (${columns.map((c) => `${quoteIdent(c.name)} ${c.type}`).join(", ")})`;
}

/** The cached tables not filled from staging CSV. */
const OTHER_TABLES: Readonly<Record<string, readonly Col[]>> = {
  pieces: PIECES,
  corpus_findings: CORPUS_FINDING_COLUMNS,
  corpus_dirty: CORPUS_DIRTY,
};

const LAYOUT = sha256Hex(
  [...Object.entries(CACHE_TABLES), ...Object.entries(OTHER_TABLES), ...Object.entries(PIECE_TABLES)]
    .map(([name, cols]) => createTableSql(name, cols))
    .join(";"),
).slice(0, 16);

type PieceTable = keyof typeof PIECE_TABLES;
const PIECE_TABLE_NAMES = Object.keys(PIECE_TABLES) as PieceTable[];

function sqlString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

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
      for (const table of PIECE_TABLE_NAMES) rmSync(cache.piecesDir(table), { recursive: true, force: true });
      cache = await BuildCache.connect(file, dir, options);
      for (const [name, cols] of Object.entries(CACHE_TABLES)) await cache.conn.run(createTableSql(name, cols));
      for (const [name, cols] of Object.entries(OTHER_TABLES)) await cache.conn.run(createTableSql(name, cols));
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

  /** Another connection to the cache, with its own cell catalogue and piece views: for queries that run alongside those on `conn`. Closed with the cache. */
  async connectAgain(): Promise<DuckDBConnection> {
    const conn = await this.instance.connect();
    this.others.push(conn);
    await BuildCache.createCellCatalogue(conn);
    await this.createPieceViews(conn);
    return conn;
  }

  private piecesDir(table: PieceTable): string {
    return path.join(this.dir, table);
  }

  private piecePath(table: PieceTable, piece: number): string {
    return path.join(this.piecesDir(table), `${piece}.parquet`);
  }

  private async livePieces(): Promise<number[]> {
    const reader = await this.conn.runAndReadAll(`SELECT DISTINCT piece FROM pieces ORDER BY piece`);
    return reader.getRowsJS().map(([piece]) => piece as number);
  }

  /**
   * The temp views `reports`, `cells` and `checks` (PIECE_TABLES' columns) on `conn`:
   * each report's rows from the piece `pieces` names for it. Made again after every
   * change to the pieces.
   */
  private async createPieceViews(conn: DuckDBConnection): Promise<void> {
    const live = await this.livePieces();
    for (const table of PIECE_TABLE_NAMES) {
      const columns = PIECE_TABLES[table];
      // A build whose reports had no rows of a table (no printed cell, no finding) wrote no piece of it.
      const files = live.map((p) => this.piecePath(table, p)).filter((f) => existsSync(f));
      const rows =
        files.length === 0
          ? `SELECT ${columns.map((c) => `NULL::${c.type} AS ${quoteIdent(c.name)}`).join(", ")} WHERE false`
          : `SELECT ${columns.map((c) => quoteIdent(c.name)).join(", ")} FROM read_parquet([${files.map(sqlString).join(", ")}]) SEMI JOIN pieces USING (report_id, piece)`;
      await conn.run(`CREATE OR REPLACE TEMP VIEW ${quoteIdent(table)} AS ${rows}`);
    }
  }

  /** Writes each table's staged rows into piece `piece`. */
  private async writePieces(piece: number, staged: (table: string) => string[]): Promise<void> {
    for (const table of PIECE_TABLE_NAMES) {
      const files = staged(table);
      if (files.length === 0) continue;
      mkdirSync(this.piecesDir(table), { recursive: true });
      // The number is not taken until the transaction that names it commits: a piece left by an interrupted build is overwritten.
      const rows = `SELECT *, ${piece} AS piece FROM ${readCsvSql(files, PIECE_TABLES[table])}`;
      await this.conn.run(`COPY (${rows}) TO ${sqlString(this.piecePath(table, piece))} (${PIECE_FORMAT})`);
    }
  }

  /** Merges the live rows into one piece when there are too many, then deletes the pieces no report names. */
  private async tidyPieces(): Promise<void> {
    const live = await this.livePieces();
    if (live.length > MAX_PIECES) {
      const piece = live.at(-1)! + 1;
      for (const table of PIECE_TABLE_NAMES) {
        mkdirSync(this.piecesDir(table), { recursive: true });
        await this.conn.run(`COPY (SELECT *, ${piece} AS piece FROM ${quoteIdent(table)}) TO ${sqlString(this.piecePath(table, piece))} (${PIECE_FORMAT})`);
      }
      await this.conn.run(`UPDATE pieces SET piece = ${piece}`);
      live.splice(0, live.length, piece);
      await this.createPieceViews(this.conn);
    }
    for (const table of PIECE_TABLE_NAMES) {
      if (!existsSync(this.piecesDir(table))) continue;
      for (const f of readdirSync(this.piecesDir(table))) {
        if (!live.includes(Number(f.replace(/\.parquet$/, "")))) rmSync(path.join(this.piecesDir(table), f), { force: true });
      }
    }
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
    const stagedFiles = (table: string) => staged.filter((f) => f.endsWith(`.${table}.csv`) && /^w\d+\./.test(f)).map((f) => path.join(stagingDir, f));
    const [[next]] = (await this.conn.runAndReadAll(`SELECT coalesce(max(piece), 0) + 1 FROM pieces`)).getRowsJS() as [[number]];
    await this.writePieces(next, stagedFiles);
    await this.conn.run("BEGIN TRANSACTION");
    try {
      await this.conn.run(`CREATE OR REPLACE TEMP TABLE stale AS SELECT * FROM ${readCsvSql([staleCsv], [{ name: "report_id", type: "VARCHAR" }])}`);
      // The series of the stale reports, before and after: their corpus findings are to be made again.
      const markDirty = `INSERT INTO corpus_dirty SELECT DISTINCT series_key FROM sources WHERE report_id IN (SELECT report_id FROM stale) AND series_key IS NOT NULL`;
      await this.conn.run(markDirty);
      for (const table of [...Object.keys(CACHE_TABLES), "pieces"]) {
        await this.conn.run(`DELETE FROM ${quoteIdent(table)} WHERE report_id IN (SELECT report_id FROM stale)`);
      }
      for (const [table, columns] of Object.entries(CACHE_TABLES)) {
        const files = stagedFiles(table);
        if (files.length > 0) await this.conn.run(`INSERT INTO ${quoteIdent(table)} SELECT * FROM ${readCsvSql(files, columns)}`);
      }
      // Every report parsed now has its rows in the new piece.
      if (stagedFiles("reports").length > 0) await this.conn.run(`INSERT INTO pieces SELECT report_id, ${next} FROM ${readCsvSql(stagedFiles("reports"), REPORT_COLUMNS)}`);
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
    await this.createPieceViews(this.conn);
    await this.tidyPieces();
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

  async counts(): Promise<{ parsed: number; failed: number; synthetic: number }> {
    const reader = await this.conn.runAndReadAll(
      `SELECT (SELECT count(*) FROM reports), (SELECT count(*) FROM failures), (SELECT count(*) FROM reports WHERE synthetic)`,
    );
    const [parsed, failed, synthetic] = reader.getRowsJS()[0]!.map(Number) as [number, number, number];
    return { parsed, failed, synthetic };
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
