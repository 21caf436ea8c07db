/* global process, URL */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

// Static export: every page is HTML at build time; view state lives in the query string.
const basePath = process.env.NEXT_PUBLIC_BASE_PATH ?? "";

const WORKER_LOADER = "./scripts/duckdb-worker-loader.mjs";
// Turbopack's build cache (.next/cache) keys a loader's output on its input and options, not on
// the loader's own code: the loader's hash as an option makes an edited loader run again.
const workerLoaderHash = createHash("sha256").update(readFileSync(new URL(WORKER_LOADER, import.meta.url))).digest("hex");

/** @type {import('next').NextConfig} */
const config = {
  output: "export",
  trailingSlash: true,
  images: { unoptimized: true },
  basePath,
  env: { NEXT_PUBLIC_BASE_PATH: basePath },
  reactStrictMode: true,
  // `npm run typecheck` (tsc over the whole project) is the type check; the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
  turbopack: {
    rules: {
      // DuckDB-wasm's worker without apache-arrow and the Emscripten libraries (SDL, OpenGL,
      // OpenAL, …) that only an extension could use; the site uses neither (see the loader).
      "duckdb-browser-eh.worker.js": { loaders: [{ loader: WORKER_LOADER, options: { loaderHash: workerLoaderHash } }] },
    },
    resolveAlias: {
      // No browser code of the site needs Node's Buffer: zrender and pdf.js only test for it
      // (typeof Buffer) and otherwise use btoa / Uint8Array. Without this, every page carried
      // Turbopack's Buffer polyfill (8 KB gzip) for zrender's test.
      "next/dist/compiled/buffer": { browser: "./app/lib/noBuffer.ts" },
      // DuckDB-wasm's client imports apache-arrow for calls the site never makes; results are read
      // as Arrow IPC bytes by flechette instead (see the module).
      "apache-arrow": { browser: "./app/lib/noApacheArrow.ts" },
    },
  },
  // Native DuckDB reads public/data while pages are prerendered; it must not be bundled.
  serverExternalPackages: ["@duckdb/node-api", "@duckdb/node-bindings"],
};

export default config;
