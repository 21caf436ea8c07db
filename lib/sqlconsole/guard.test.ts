import { describe, expect, it } from "vitest";
import { guardSql } from "./guard";

function refused(sql: string) {
  const r = guardSql(sql);
  if (r.ok) throw new Error(`accepted: ${sql}`);
  return r;
}

describe("guardSql", () => {
  it("accepts read-only queries and strips the trailing semicolon", () => {
    expect(guardSql("SELECT agency, active_punishment_decisions FROM reports WHERE year = 2021 ORDER BY 2 DESC;")).toEqual({
      ok: true,
      sql: "SELECT agency, active_punishment_decisions FROM reports WHERE year = 2021 ORDER BY 2 DESC",
    });
    for (const sql of ["WITH r AS (SELECT 1) SELECT * FROM r", "(SELECT 1) UNION (SELECT 2)", "DESCRIBE reports", "SUMMARIZE checks", "FROM reports LIMIT 3", "select 1 -- trailing comment"]) {
      expect(guardSql(sql).ok, sql).toBe(true);
    }
  });

  it("does not read keywords inside strings, quoted identifiers or comments", () => {
    expect(guardSql("SELECT 'INSTALL httpfs; LOAD x' AS note, \"set\" FROM reports /* DROP TABLE reports */").ok).toBe(true);
    expect(guardSql("SELECT message FROM checks WHERE message LIKE '%copy%'").ok).toBe(true);
    expect(guardSql("SELECT r.load FROM reports r").ok).toBe(true);
  });

  it("refuses statements that are not read-only", () => {
    expect(refused("INSTALL httpfs")).toMatchObject({ code: "not-read-only", word: "INSTALL" });
    expect(refused("  drop table reports")).toMatchObject({ code: "not-read-only", word: "drop", offset: 2 });
    expect(refused("ATTACH 'x.db'").code).toBe("not-read-only");
    expect(refused("SET enable_external_access = true").code).toBe("not-read-only");
  });

  it("refuses a second statement, even a harmless one", () => {
    expect(refused("SELECT 1; SELECT 2")).toMatchObject({ code: "multiple-statements", offset: 8 });
    expect(refused("SELECT 1; INSTALL httpfs").code).toBe("multiple-statements");
  });

  it("refuses forbidden keywords inside a read statement", () => {
    expect(refused("WITH x AS (SELECT 1) COPY x TO 'out.csv'")).toMatchObject({ code: "forbidden-keyword", word: "COPY" });
    expect(refused("EXPLAIN CREATE TABLE t AS SELECT 1")).toMatchObject({ code: "forbidden-keyword", word: "CREATE" });
  });

  it("refuses file and network table functions and URLs", () => {
    expect(refused("SELECT * FROM read_csv('data.csv')")).toMatchObject({ code: "file-function", word: "read_csv" });
    expect(refused("SELECT * FROM READ_PARQUET ('x')")).toMatchObject({ code: "file-function", word: "READ_PARQUET" });
    expect(refused("SELECT * FROM glob('*')").code).toBe("file-function");
    expect(refused("SELECT * FROM 'http://example.com/a.parquet'")).toMatchObject({ code: "url", word: "http://example.com/a.parquet" });
    expect(refused("SELECT * FROM 's3://bucket/x'").code).toBe("url");
    expect(refused("SELECT * FROM $$https://example.com/x.csv$$").code).toBe("url");
  });

  it("reports empty input and unterminated quotes", () => {
    expect(refused("  -- only a comment\n ;")).toMatchObject({ code: "empty" });
    expect(refused("SELECT 'abc")).toMatchObject({ code: "unterminated", offset: 7 });
    expect(refused("SELECT 1 /* open")).toMatchObject({ code: "unterminated" });
  });
});
