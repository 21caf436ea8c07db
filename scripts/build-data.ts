// npm run build:data [-- --input data/reports --output public/data --cache .cache/build --workers N --partition-threshold N]
import path from "node:path";
import { parseArgs } from "node:util";
import { DatasetError, formatBuildSummary } from "../lib/dataset";
import { BuildError, buildDataset } from "./build-data/build";
import { defaultProgress } from "./build-data/progress";

const { values } = parseArgs({
  options: {
    input: { type: "string", default: "data/reports" },
    output: { type: "string", default: "public/data" },
    cache: { type: "string", default: ".cache/build" },
    workers: { type: "string" },
    /** Write tables partitioned by year above this many reports (default 20,000; 0: always). */
    "partition-threshold": { type: "string" },
  },
});

try {
  const summary = await buildDataset({
    inputDir: values.input,
    outputDir: values.output,
    cacheDir: values.cache,
    sourcePrefix: path.relative(process.cwd(), path.resolve(values.input)).split(path.sep).join("/"),
    ...(values.workers ? { workers: Number(values.workers) } : {}),
    ...(values["partition-threshold"] !== undefined ? { partitionThreshold: Number(values["partition-threshold"]) } : {}),
    progress: defaultProgress(),
    log: (line) => process.stderr.write(`${line}\n`),
  });
  process.stdout.write(`${formatBuildSummary(summary)}\n`);
} catch (error) {
  if (error instanceof BuildError || error instanceof DatasetError) {
    process.stderr.write(`build:data failed: ${error.message}\n`);
    process.exit(1);
  }
  throw error;
}
