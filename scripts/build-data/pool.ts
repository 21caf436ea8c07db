// A pool of worker threads running worker.ts, which get batches of files so that
// one message carries many parses.
import { startTsWorker } from "../tsWorker";
import type { FileResult, FileTask } from "./processBatch";
import type { WorkerData } from "./worker";

const WORKER_URL = new URL("./worker.ts", import.meta.url);

/**
 * Parsing makes many short-lived objects (cells, rows, strings). With two workers, a young
 * generation of 64 MB rather than V8's default took the parse phase of 20,000 mixed reports
 * from 18.2–18.8 s to 13.5–17.4 s (three alternated pairs), for a few tens of MB per worker.
 * (A thread parsing one format alone gains nothing from it: see bench-parse/worker.ts.)
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 64 };

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
      const worker = startTsWorker(WORKER_URL, data, WORKER_LIMITS);
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
