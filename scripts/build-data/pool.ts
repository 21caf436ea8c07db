// A pool of worker threads running worker.ts. Workers are started through tsx's
// ESM API (`--import tsx` in execArgv does not reach worker threads on Node 20),
// and get batches of files so that one message carries many parses.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { FileResult, FileTask } from "./processBatch";
import type { WorkerData } from "./worker";

const WORKER_URL = new URL("./worker.ts", import.meta.url).href;
const TSX_API = tsxEsmApi();
const BOOT = `import(${JSON.stringify(TSX_API)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL)}); });`;

/** tsx's ESM API entry (its CommonJS twin cannot register the hooks in a worker). */
function tsxEsmApi(): string {
  const packageJson = createRequire(import.meta.url).resolve("tsx/package.json");
  const pkg = JSON.parse(readFileSync(packageJson, "utf8")) as { exports: Record<string, { import: { default: string } }> };
  return pathToFileURL(path.join(path.dirname(packageJson), pkg.exports["./esm/api"]!.import.default)).href;
}

/**
 * Parsing makes many short-lived objects (cells, rows, strings); a young
 * generation larger than V8's default means fewer scavenges (about 5% less CPU
 * on 5,000 mixed reports) for a few tens of MB per worker.
 */
const YOUNG_GENERATION_MB = 64;

export interface PoolOptions {
  workers: number;
  stagingDir: string;
  sourcePrefix: string;
  /** Called after every batch with the batch's results. */
  onResults: (results: FileResult[]) => void;
}

/** Files per message: small batches for small corpora (so both workers get work), up to 64. */
export function batchSize(files: number, workers: number): number {
  return Math.max(1, Math.min(64, Math.floor(files / (workers * 8))));
}

export async function runPool(tasks: readonly FileTask[], options: PoolOptions): Promise<void> {
  if (tasks.length === 0) return;
  const size = batchSize(tasks.length, options.workers);
  const batches: FileTask[][] = [];
  for (let i = 0; i < tasks.length; i += size) batches.push(tasks.slice(i, i + size));
  const count = Math.min(options.workers, batches.length);
  let next = 0;
  let failure: Error | null = null;

  const runWorker = (index: number) =>
    new Promise<void>((resolve, reject) => {
      const data: WorkerData = { stagingDir: options.stagingDir, index, sourcePrefix: options.sourcePrefix };
      const worker = new Worker(BOOT, { eval: true, workerData: data, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
      const finish = (error?: Error) => {
        void worker.terminate();
        if (error) reject(error);
        else resolve();
      };
      const send = () => {
        if (failure || next >= batches.length) return finish();
        worker.postMessage(batches[next++]);
      };
      worker.on("message", (message: { results?: FileResult[]; error?: string }) => {
        if (message.error !== undefined) {
          failure = new Error(message.error);
          return finish(failure);
        }
        options.onResults(message.results!);
        send();
      });
      worker.on("error", (error) => {
        failure = error;
        reject(error);
      });
      worker.once("online", send);
    });

  await Promise.all(Array.from({ length: count }, (_, i) => runWorker(i)));
}
