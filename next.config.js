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
  // Native DuckDB reads public/data while pages are prerendered; it must not be bundled.
  serverExternalPackages: ["@duckdb/node-api", "@duckdb/node-bindings"],
};

export default config;
