// Turbopack loader (see next.config.js) for DuckDB-wasm's browser worker,
// duckdb-browser-eh.worker.js: the same worker without the Emscripten libraries the site
// can never reach. 185 KB gzip → about 125 KB; the page downloads it before it is interactive.
//
// The worker's Emscripten glue is built for dynamic linking (DuckDB-wasm loads extensions as
// side modules), so it carries every Emscripten JS library a side module might import: SDL,
// OpenGL, OpenAL, GLUT, sockets, … The site never loads an extension (autoloading is off and
// external access is disabled and locked, app/lib/duckdb.ts), so only what the main module
// itself imports is reachable. The loader
//  1. keeps in `wasmImports` the names the .wasm beside the worker imports (read with
//     WebAssembly.Module.imports), and drops the others;
//  2. gives the OpenGL/OpenAL functions the wasm only takes the address of (GOT.func imports of
//     its proc-address tables) a stub with the same signature, which aborts if ever called;
//  3. makes the glue's direct eval() calls indirect: they run code of side modules only, and a
//     direct eval keeps a minifier from dropping anything in its scope;
//  4. minifies with terser, which drops what is then unreachable.
// It fails the build when the glue does not look as expected (a new duckdb-wasm version)
// rather than serve a worker that might not start.
/* global WebAssembly */
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

/** The pruned worker, minified. */
export async function slimWorker(source, wasm) {
  const { code } = await minify(pruneWorker(source, wasm), { compress: { passes: 2 }, mangle: true, format: { comments: false } });
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
  this.addDependency?.(wasmPath);
  slimWorker(source, readFileSync(wasmPath)).then(
    (code) => done(null, code),
    (error) => done(error),
  );
}
