// The cache's corpus stream (bounded groups that never split a series) and its cells pieces.
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPORT_COLUMNS } from "../../lib/dataset";
import { BuildCache } from "./buildCache";
import { CsvBuffer } from "./csv";

describe("BuildCache.corpusGroups", () => {
  let dir: string;
  let cache: BuildCache;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "build-cache-"));
    cache = await BuildCache.open(dir);
    // Seven reports of three series and one without a series; `corpus` carries just the file.
    const rows: [string, string | null, boolean][] = [
      ["a1", "real|A局", true], ["a2", "real|A局", true], ["a3", "real|A局", true],
      ["b1", "real|B局", true], ["b2", "real|B局", true],
      ["c1", "synthetic|C局", true], ["c2", "synthetic|C局", true],
      ["x", null, true], ["bad", null, false],
    ];
    const values = rows
      .map(([file, key, ok]) => `('${file}', 0, '', '', '', '${file}', ${ok}, '${JSON.stringify({ file })}', ${key === null ? "NULL" : `'${key}'`})`)
      .join(", ");
    await cache.conn.run(`INSERT INTO sources VALUES ${values}`);
    await cache.conn.run(`INSERT INTO corpus_dirty VALUES ('real|A局'), ('real|B局'), ('synthetic|C局')`);
  });
  afterAll(() => {
    cache.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const files = async (size: number) => {
    const groups: string[][] = [];
    for await (const group of cache.corpusGroups(size)) {
      // Each test row's report_id is its file.
      expect(group.every(({ reportId, report }) => (report as unknown as { file: string }).file === reportId)).toBe(true);
      groups.push(group.map(({ reportId }) => reportId));
    }
    return groups;
  };

  it("closes a group only where the series key changes, once it holds enough reports", async () => {
    expect(await files(2)).toEqual([["a1", "a2", "a3"], ["b1", "b2"], ["c1", "c2"]]);
    expect(await files(4)).toEqual([["a1", "a2", "a3", "b1", "b2"], ["c1", "c2"]]);
  });

  it("leaves out reports without a series and files that did not parse", async () => {
    expect((await files(100)).flat()).toEqual(["a1", "a2", "a3", "b1", "b2", "c1", "c2"]);
  });

  it("streams only the series marked for checking again", async () => {
    await cache.conn.run(`DELETE FROM corpus_dirty WHERE series_key <> 'real|B局'`);
    expect(await files(100)).toEqual([["b1", "b2"]]);
  });
});

describe("BuildCache pieces", () => {
  let dir: string;
  let cache: BuildCache;
  let round = 0;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "build-cache-pieces-"));
    cache = await BuildCache.open(path.join(dir, "cache"));
  });
  afterAll(() => {
    cache.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** One build's update: `parsed` reports (id → value of their one cell) replace their old rows; `removed` ones go. */
  const update = async (parsed: Record<string, number>, removed: string[] = []) => {
    const staging = path.join(dir, `staging-${++round}`);
    mkdirSync(staging);
    const reports = new CsvBuffer();
    const cells = new CsvBuffer();
    for (const [id, value] of Object.entries(parsed)) {
      reports.add(REPORT_COLUMNS.map((c) => (c.name === "report_id" ? id : c.name === "file" ? `${id}.txt` : null)));
      cells.add([id, 0, value, String(value), 1, 2020]);
    }
    if (!reports.isEmpty) reports.appendTo(path.join(staging, "w0.reports.csv"));
    if (!cells.isEmpty) cells.appendTo(path.join(staging, "w0.cells.csv"));
    await cache.apply(staging, [...Object.keys(parsed), ...removed], []);
  };
  const cellValues = async () => (await cache.conn.runAndReadAll(`SELECT report_id, value FROM cells ORDER BY report_id`)).getRowsJS();
  const pieces = () => readdirSync(path.join(dir, "cache", "cells")).sort();
  const reportPieces = () => readdirSync(path.join(dir, "cache", "reports")).sort();

  it("reads each report's cells from the piece of the build that last parsed it", async () => {
    await update({ r1: 1, r2: 2 });
    await update({ r1: 10 });
    expect(await cellValues()).toEqual([["r1", 10], ["r2", 2]]);
    expect(pieces()).toEqual(["1.parquet", "2.parquet"]);
    expect((await cache.conn.runAndReadAll(`SELECT report_id, file FROM reports ORDER BY report_id`)).getRowsJS()).toEqual([["r1", "r1.txt"], ["r2", "r2.txt"]]);
  });

  it("deletes a piece once no report's cells are read from it", async () => {
    await update({}, ["r2"]);
    expect(await cellValues()).toEqual([["r1", 10]]);
    expect(pieces()).toEqual(["2.parquet"]);
    expect(reportPieces()).toEqual(["2.parquet"]);
  });

  it("merges the pieces into one when there are more than eight", async () => {
    for (let i = 3; i <= 9; i++) await update({ [`n${i}`]: i });
    expect(pieces()).toHaveLength(8);
    await update({ n10: 10 });
    expect(pieces()).toEqual(["11.parquet"]);
    await update({ r1: 11 });
    expect(pieces()).toEqual(["11.parquet", "12.parquet"]);
    expect(reportPieces()).toEqual(["11.parquet", "12.parquet"]);
    expect(await cellValues()).toEqual([["n10", 10], ["n3", 3], ["n4", 4], ["n5", 5], ["n6", 6], ["n7", 7], ["n8", 8], ["n9", 9], ["r1", 11]]);
  });
});
