/* global process */
// Static export: every page is HTML at build time; view state lives in the query string.
const basePath = process.env.NEXT_PUBLIC_BASE_PATH ?? "";

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
      // DuckDB-wasm's worker without the Emscripten libraries (SDL, OpenGL, OpenAL, …) that only
      // an extension could use; the site loads none (see the loader).
      "duckdb-browser-eh.worker.js": { loaders: ["./scripts/duckdb-worker-loader.mjs"] },
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
