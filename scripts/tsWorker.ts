// Worker threads that run a TypeScript module of this project. They are started
// through tsx's ESM API: `--import tsx` in execArgv does not reach worker threads on Node 20.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker, type ResourceLimits } from "node:worker_threads";

const TSX_API = tsxEsmApi();

/** tsx's ESM API entry (its CommonJS twin cannot register the hooks in a worker). */
function tsxEsmApi(): string {
  const packageJson = createRequire(import.meta.url).resolve("tsx/package.json");
  const pkg = JSON.parse(readFileSync(packageJson, "utf8")) as { exports: Record<string, { import: { default: string } }> };
  return pathToFileURL(path.join(path.dirname(packageJson), pkg.exports["./esm/api"]!.import.default)).href;
}

export function startTsWorker(module: URL, workerData: unknown, resourceLimits?: ResourceLimits): Worker {
  const boot = `import(${JSON.stringify(TSX_API)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(module.href)}); });`;
  return new Worker(boot, { eval: true, workerData, resourceLimits });
}
