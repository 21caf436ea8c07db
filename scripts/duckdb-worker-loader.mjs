// Turbopack loader (see next.config.js) for DuckDB-wasm's browser worker,
// duckdb-browser-eh.worker.js: the same worker without the code the site can never reach,
// the Emscripten libraries of side modules and apache-arrow. 185 KB gzip → about 81 KB; the
// page downloads it before it is interactive.
//
// The worker's Emscripten glue is built for dynamic linking (DuckDB-wasm loads extensions as
// side modules), so it carries every Emscripten JS library a side module might import: SDL,
// OpenGL, OpenAL, GLUT, sockets, … The site never loads an extension (autoloading is off and
// external access is disabled and locked, app/lib/duckdb.ts), so only what the main module
// itself imports is reachable.
//
// The worker also bundles apache-arrow, which it runs only for calls the site never makes: the
// synchronous connection's query/send/insertArrowTable, scalar UDFs, and CSV/JSON inserts
// with typed columns. What the site sends (runQuery, pending queries, insertArrowFromIPCStream)
// passes Arrow IPC bytes through untouched; the page decodes results with flechette.
//
// The loader
//  1. replaces the top-level statements of the bundle that come from apache-arrow and
//     flatbuffers (told by the source map DuckDB-wasm ships beside the worker) with one stub
//     for each name they declare, which throws if it is ever touched;
//  2. keeps in `wasmImports` the names the .wasm beside the worker imports (read with
//     WebAssembly.Module.imports), and drops the others;
//  3. gives the OpenGL/OpenAL functions the wasm only takes the address of (GOT.func imports of
//     its proc-address tables) a stub with the same signature, which aborts if ever called;
//  4. makes the glue's direct eval() calls indirect: they run code of side modules only, and a
//     direct eval keeps a minifier from dropping anything in its scope;
//  5. minifies with terser, which drops what is then unreachable.
// It fails the build when the bundle does not look as expected (a new duckdb-wasm version)
// rather than serve a worker that might not start.
/* global WebAssembly */
import { TraceMap, eachMapping } from "@jridgewell/trace-mapping";
import { parse } from "acorn";
import { readFileSync } from "node:fs";
import path from "node:path";
import { minify } from "terser";

/** OpenGL and OpenAL entry points: never called by DuckDB, present for the proc-address tables. */
const GRAPHICS_OR_AUDIO = /^(emscripten_)?(gl|alc?)[A-Z]/;
const IMPORTS_START = "var wasmImports={";

const escapeRegExp = (s) => s.replace(/[$.*+?^()[\]{}|\\]/g, "\\$&");

/** The `.sig` Emscripten sets on a JS library function, following `var _a=_b` aliases. */
function signatureOf(source, name, seen = new Set()) {
  const sig = new RegExp(`[^\\w$]${escapeRegExp(name)}\\.sig="([^"]*)"`).exec(source);
  if (sig) return sig[1];
  const alias = new RegExp(`[^\\w$.]${escapeRegExp(name)}=([\\w$]+)[;,]`).exec(source);
  if (alias && !seen.has(alias[1])) return signatureOf(source, alias[1], seen.add(name));
  throw new Error(`duckdb-worker-loader: no signature for ${name}`);
}

/** The worker's source with only what `wasm` (the module's bytes) can reach; before minifying. */
export function pruneWorker(source, wasm) {
  const imports = WebAssembly.Module.imports(new WebAssembly.Module(wasm));
  const imported = new Set(imports.map((i) => i.name));
  const addressOnly = new Set(imports.filter((i) => i.module === "GOT.func" && GRAPHICS_OR_AUDIO.test(i.name)).map((i) => i.name));
  const start = source.indexOf(IMPORTS_START);
  if (start < 0 || source.indexOf(IMPORTS_START, start + 1) >= 0) throw new Error(`duckdb-worker-loader: expected one "${IMPORTS_START}" in the worker`);
  const bodyStart = start + IMPORTS_START.length;
  const bodyEnd = source.indexOf("}", bodyStart);
  const entries = source.slice(bodyStart, bodyEnd).split(",");
  const kept = [];
  for (const entry of entries) {
    const m = /^([\w$]+):([\w$]+)$/.exec(entry);
    if (!m) throw new Error(`duckdb-worker-loader: unexpected wasmImports entry "${entry}"`);
    const [, name, value] = m;
    if (!imported.has(name)) continue;
    kept.push(addressOnly.has(name) ? `${name}:__notInThisBuild(${JSON.stringify(signatureOf(source, value))})` : entry);
  }
  const missing = imports.filter((i) => (i.kind === "function" || i.module === "GOT.func") && !kept.some((e) => e.startsWith(`${i.name}:`)));
  if (missing.length) throw new Error(`duckdb-worker-loader: the worker provides no ${missing.map((i) => i.name).join(", ")}`);
  const stub = `var __notInThisBuild=s=>Object.assign(()=>abort("not in this build of the DuckDB worker"),{sig:s});`;
  const pruned = `${source.slice(0, start)}${stub}${IMPORTS_START}${kept.join(",")}${source.slice(bodyEnd)}`;
  return pruned.replace(/([^.\w$])eval\(/g, "$1(0,eval)(");
}

/** Sources of the bundle that only the worker's Arrow-decoding calls reach. */
const ARROW_SOURCE = /(^|\/)(apache-arrow|flatbuffers)\//;

/** Offsets in `source` where the source map `map` says code of apache-arrow or flatbuffers starts, and where other code does. */
function sourceMarks(source, map) {
  const lineStarts = [0];
  for (let i = source.indexOf("\n"); i >= 0; i = source.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const marks = [];
  eachMapping(new TraceMap(map), (m) => {
    if (m.source != null) marks.push({ offset: lineStarts[m.generatedLine - 1] + m.generatedColumn, arrow: ARROW_SOURCE.test(m.source) });
  });
  return marks.sort((a, b) => a.offset - b.offset);
}

/** The statements of the bundle's body: `"use strict";var duckdb=(()=>{…})();`. */
function bundleStatements(source) {
  const program = parse(source, { ecmaVersion: "latest" });
  const iife = program.body.find((s) => s.type === "VariableDeclaration")?.declarations[0]?.init;
  const body = iife?.type === "CallExpression" && iife.callee.type === "ArrowFunctionExpression" ? iife.callee.body.body : undefined;
  if (!body) throw new Error("duckdb-worker-loader: expected the worker to be one arrow-function IIFE assigned to a variable");
  return body;
}

/** The names a top-level statement declares (none for an expression statement). */
function declaredNames(statement) {
  if (statement.type === "FunctionDeclaration" || statement.type === "ClassDeclaration") return [statement.id.name];
  if (statement.type !== "VariableDeclaration") return [];
  return statement.declarations.map((d) => {
    if (d.id.type !== "Identifier") throw new Error(`duckdb-worker-loader: unexpected destructuring at offset ${d.start}`);
    return d.id.name;
  });
}

/** `source` (the worker bundle) with apache-arrow's statements replaced by stubs; `map` is its source map (JSON text). */
export function dropArrow(source, map) {
  const marks = sourceMarks(source, map);
  const statements = bundleStatements(source);
  const arrow = [];
  let m = 0;
  statements.forEach((statement, index) => {
    while (m < marks.length && marks[m].offset < statement.start) m++;
    let fromArrow = 0;
    let fromOther = 0;
    for (let i = m; i < marks.length && marks[i].offset < statement.end; i++) {
      if (marks[i].arrow) fromArrow++;
      else fromOther++;
    }
    if (fromArrow && fromOther) throw new Error(`duckdb-worker-loader: a statement at offset ${statement.start} mixes apache-arrow with other code`);
    if (fromArrow) arrow.push(index);
  });
  if (!arrow.length) throw new Error("duckdb-worker-loader: no apache-arrow code found in the worker");
  if (arrow.at(-1) - arrow[0] + 1 !== arrow.length) throw new Error("duckdb-worker-loader: apache-arrow's statements are not contiguous in the worker");
  const names = arrow.flatMap((index) => declaredNames(statements[index]));
  const fail = `()=>{throw Error("apache-arrow is not in this build of the DuckDB worker")}`;
  const stub = `var __arrowNotInThisBuild=new Proxy(function(){},{get:${fail},apply:${fail},construct:${fail}}),${names.map((n) => `${n}=__arrowNotInThisBuild`).join(",")};`;
  return `${source.slice(0, statements[arrow[0]].start)}${stub}${source.slice(statements[arrow.at(-1)].end)}`;
}

/** The worker without apache-arrow and what only side modules reach, minified; `map` is the worker's source map. */
export async function slimWorker(source, wasm, map) {
  const { code } = await minify(pruneWorker(dropArrow(source, map), wasm), { compress: { passes: 2 }, mangle: true, format: { comments: false } });
  if (!code) throw new Error("duckdb-worker-loader: terser returned nothing");
  return code;
}

/** The .wasm a worker runs: duckdb-browser-eh.worker.js → duckdb-eh.wasm. */
export function wasmBeside(workerPath) {
  const m = /duckdb-browser-(\w+)\.worker\.js$/.exec(workerPath);
  if (!m) throw new Error(`duckdb-worker-loader: ${workerPath} is not a DuckDB-wasm browser worker`);
  return path.join(path.dirname(workerPath), `duckdb-${m[1]}.wasm`);
}

export default function duckdbWorkerLoader(source) {
  const done = this.async();
  const wasmPath = wasmBeside(this.resourcePath);
  const mapPath = `${this.resourcePath}.map`;
  this.addDependency?.(wasmPath);
  this.addDependency?.(mapPath);
  slimWorker(source, readFileSync(wasmPath), readFileSync(mapPath, "utf8")).then(
    (code) => done(null, code),
    (error) => done(error),
  );
}
