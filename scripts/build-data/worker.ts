// A build worker: receives batches of files, parses them with processBatch and
// appends the rows to its own staging CSV files; replies with the per-file results.
import path from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { processBatch, type FileTask, type StagingCsv } from "./processBatch";

export interface WorkerData {
  stagingDir: string;
  index: number;
  sourcePrefix: string;
}

const { stagingDir, index, sourcePrefix } = workerData as WorkerData;
const port = parentPort!;

port.on("message", (tasks: FileTask[]) => {
  processBatch(tasks, sourcePrefix).then(
    ({ results, csv }) => {
      for (const table of Object.keys(csv) as (keyof StagingCsv)[]) {
        if (!csv[table].isEmpty) csv[table].appendTo(path.join(stagingDir, `w${index}.${table}.csv`));
      }
      port.postMessage({ results });
    },
    (error: unknown) => port.postMessage({ error: error instanceof Error ? error.message : String(error) }),
  );
});
