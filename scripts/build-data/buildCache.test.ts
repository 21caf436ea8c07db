// The cache's corpus stream: bounded groups that never split a series, of the series marked for checking.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BuildCache } from "./buildCache";

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
