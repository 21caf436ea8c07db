// The partitioned layout written one COPY per year: the files DuckDB's PARTITION_BY made.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BuildCache } from "./buildCache";
import { datasetFiles, writeParquetTables } from "./writeDataset";

describe("writeParquetTables, partitioned by year", () => {
  let dir: string;
  let cache: BuildCache;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "write-dataset-"));
    cache = await BuildCache.open(path.join(dir, "cache"));
    // Two reports of 2020 and one whose year is unknown; checks only in 2020.
    await cache.conn.run(`INSERT INTO reports (report_id, file, year) VALUES ('r1', 'b.txt', 2020), ('r2', 'a.txt', 2020), ('r3', 'c.txt', NULL)`);
    await cache.conn.run(
      `INSERT INTO cells VALUES ('r1', 0, 1, '1', 10, 2020), ('r1', 1, NULL, NULL, NULL, 2020), ('r2', 0, 2, '2', 11, 2020), ('r3', 0, 3, '3', 12, NULL)`,
    );
    await cache.conn.run(`INSERT INTO checks (report_id, file, year, rule, severity) VALUES ('r1', 'b.txt', 2020, 'row-total', 'unchecked')`);
    // Diagnostics in both years, entered out of order: r3's two at lines 7 and 2, r1's at line 5.
    await cache.conn.run(
      `INSERT INTO diagnostics (report_id, file, year, code, severity, line, message) VALUES ` +
        `('r3', 'c.txt', NULL, 'unknown-row', 'warning', 7, 'b'), ('r1', 'b.txt', 2020, 'row-truncated', 'warning', 5, 'a'), ('r3', 'c.txt', NULL, 'agency-inferred', 'warning', 2, 'c')`,
    );
    await cache.conn.run(`CREATE TEMP TABLE corpus_checks AS SELECT * FROM checks LIMIT 0`);
    await writeParquetTables(cache.conn, path.join(dir, "out"), ["reports", "cells", "checks", "diagnostics", "failures"], true);
  });
  afterAll(() => {
    cache.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("writes a part per year that has rows, DuckDB's hive name for an unknown year, and failures whole", async () => {
    const files = await datasetFiles(cache.conn, path.join(dir, "out"));
    expect(files.map((f) => [f.path, f.rows, f.year ?? null])).toEqual([
      ["cells/year=2020/part-0.parquet", 3, 2020],
      ["cells/year=__HIVE_DEFAULT_PARTITION__/part-0.parquet", 1, null],
      ["checks/year=2020/part-0.parquet", 1, 2020],
      ["diagnostics/year=2020/part-0.parquet", 1, 2020],
      ["diagnostics/year=__HIVE_DEFAULT_PARTITION__/part-0.parquet", 2, null],
      ["failures.parquet", 0, null],
      ["reports/year=2020/part-0.parquet", 2, 2020],
      ["reports/year=__HIVE_DEFAULT_PARTITION__/part-0.parquet", 1, null],
    ]);
  });

  it("keeps the year column in reports (sorted by file) and leaves it out of cells", async () => {
    const out = path.join(dir, "out");
    const reports = await cache.conn.runAndReadAll(`SELECT file, year FROM read_parquet('${out}/reports/year=2020/part-0.parquet', hive_partitioning = false)`);
    expect(reports.getRowsJS()).toEqual([["a.txt", 2020], ["b.txt", 2020]]);
    const cells = await cache.conn.runAndReadAll(`SELECT * FROM read_parquet('${out}/cells/year=__HIVE_DEFAULT_PARTITION__/part-0.parquet', hive_partitioning = false)`);
    expect(cells.columnNames()).toEqual(["report_id", "cell_id", "table", "row", "field", "value", "raw", "line"]);
    expect(cells.getRowsJS()[0]!.slice(0, 2)).toEqual(["r3", "active.regulations.made"]);
  });

  it("keeps the year column in diagnostics and sorts them by file and line", async () => {
    const out = path.join(dir, "out");
    const unknown = await cache.conn.runAndReadAll(
      `SELECT file, year, code, line FROM read_parquet('${out}/diagnostics/year=__HIVE_DEFAULT_PARTITION__/part-0.parquet', hive_partitioning = false)`,
    );
    expect(unknown.getRowsJS()).toEqual([["c.txt", null, "agency-inferred", 2], ["c.txt", null, "unknown-row", 7]]);
  });
});
