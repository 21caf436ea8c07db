import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { dropArrow } from "./duckdb-worker-loader.mjs";

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** One source-map VLQ field. */
function vlq(value: number): string {
  let rest = value < 0 ? (-value << 1) | 1 : value << 1;
  let out = "";
  do {
    const digit = rest & 31;
    rest >>>= 5;
    out += BASE64[digit | (rest ? 32 : 0)];
  } while (rest);
  return out;
}

const ARROW_FILE = "../../apache-arrow/table.ts";
const OWN_FILE = "../src/bindings/connection.ts";

/**
 * A one-line bundle shaped like DuckDB-wasm's worker, and its source map: each piece is mapped,
 * at its first character, to the file it says it came from.
 */
function bundle(pieces: { code: string; from: string }[]) {
  const sources = [...new Set(pieces.map((p) => p.from))];
  let code = '"use strict";var duckdb=(()=>{';
  let previous = { column: 0, source: 0 };
  const segments: string[] = [];
  for (const piece of pieces) {
    const source = sources.indexOf(piece.from);
    segments.push(vlq(code.length - previous.column) + vlq(source - previous.source) + vlq(0) + vlq(0));
    previous = { column: code.length, source };
    code += piece.code;
  }
  code += "})();";
  return { code, map: JSON.stringify({ version: 3, sources, names: [], mappings: segments.join(",") }) };
}

/** Runs a bundle and returns what its IIFE returned. */
const run = (code: string) => new Function(`${code};return duckdb;`)() as Record<string, () => unknown>;

describe("dropArrow", () => {
  const arrowThenOwn = [
    { code: "var Table=class{get size(){return 1}},Vector=function(){};", from: ARROW_FILE },
    { code: "function makeTable(){return 7}", from: ARROW_FILE },
    { code: "Table.prototype.kind='table';", from: ARROW_FILE },
    { code: "function query(){return new Table().size}", from: OWN_FILE },
    { code: "function runQuery(){return 42}", from: OWN_FILE },
    { code: "return{query,runQuery,makeTable,Vector};", from: OWN_FILE },
  ];

  it("replaces apache-arrow's statements with stubs that throw when touched, and keeps the rest", () => {
    const { code, map } = bundle(arrowThenOwn);
    expect(run(code).query!()).toBe(1);
    const dropped = dropArrow(code, map);
    expect(dropped).not.toContain("class{get size");
    expect(dropped).not.toContain("prototype.kind");
    const worker = run(dropped);
    expect(worker.runQuery!()).toBe(42);
    expect(() => worker.query!()).toThrow("apache-arrow is not in this build of the DuckDB worker");
    expect(() => worker.makeTable!()).toThrow("apache-arrow is not in this build");
    expect(() => (worker.Vector as unknown as { from: unknown }).from).toThrow("apache-arrow is not in this build");
  });

  it("refuses a statement that mixes apache-arrow with other code", () => {
    const { code, map } = bundle([
      { code: "var Table=1,", from: ARROW_FILE },
      { code: "own=2;", from: OWN_FILE },
      { code: "return{};", from: OWN_FILE },
    ]);
    expect(() => dropArrow(code, map)).toThrow(/mixes apache-arrow with other code/);
  });

  it("refuses apache-arrow statements with other code between them", () => {
    const { code, map } = bundle([arrowThenOwn[0]!, arrowThenOwn[3]!, arrowThenOwn[1]!, arrowThenOwn[5]!]);
    expect(() => dropArrow(code, map)).toThrow(/not contiguous/);
  });

  it("refuses a bundle without apache-arrow or of another shape", () => {
    const own = bundle([arrowThenOwn[4]!, { code: "return{runQuery};", from: OWN_FILE }]);
    expect(() => dropArrow(own.code, own.map)).toThrow(/no apache-arrow code/);
    expect(() => dropArrow("function duckdb(){}", own.map)).toThrow(/one arrow-function IIFE/);
  });

  it("takes apache-arrow out of DuckDB-wasm's own worker", () => {
    const dist = path.dirname(createRequire(import.meta.url).resolve("@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js"));
    const worker = readFileSync(path.join(dist, "duckdb-browser-eh.worker.js"), "utf8");
    const dropped = dropArrow(worker, readFileSync(path.join(dist, "duckdb-browser-eh.worker.js.map"), "utf8"));
    // An error message of apache-arrow's, and one of the worker's own code, which stays.
    expect(worker).toContain("is not safe to convert to a number");
    expect(dropped).not.toContain("is not safe to convert to a number");
    expect(dropped).toContain("duckdb_web_insert_arrow_from_ipc_stream");
    expect(worker.length - dropped.length).toBeGreaterThan(150_000);
    expect(() => new Function(dropped)).not.toThrow();
  });
});
