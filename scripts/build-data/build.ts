// `npm run build:data`: data/reports → public/data. Discovers the reports, parses
// the new and changed ones on a pool of workers (the rest come from the cache),
// recomputes the cross-report checks, and writes the Parquet dataset.
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { checkCorpus } from "../../lib/checks";
import {
  PARTITION_THRESHOLD,
  checkRow,
  findingsByRule,
  folderOf,
  identityOf,
  manifestEntryFor,
  type BuildSummary,
  type DatasetManifest,
  type Severity,
} from "../../lib/dataset";
import { SCHEMA_VERSION } from "../../lib/model";
import { parseManifestCsv, type ManifestEntry } from "../../lib/parse";
import { BuildCache, stagingFolder } from "./buildCache";
import { loadedCodeVersion } from "./codeVersion";
import { CsvBuffer } from "./csv";
import { discoverReports, type FoundFile } from "./discover";
import { runPool } from "./pool";
import { reportIdOf, type FileResult, type FileTask } from "./processBatch";
import { silentProgress, type Progress } from "./progress";
import { datasetFiles, swapIn, temporaryOutput, writeManifest, writeParquetTables } from "./writeDataset";

export interface BuildOptions {
  inputDir: string;
  outputDir: string;
  cacheDir: string;
  /** Prefix of the `file` column: `data/reports/<path>`. */
  sourcePrefix?: string;
  workers?: number;
  /** More parsed reports than this are written partitioned by year. */
  partitionThreshold?: number;
  progress?: Progress;
  log?: (line: string) => void;
}

/** A build that cannot produce a dataset; the CLI prints the message and exits non-zero. */
export class BuildError extends Error {
  override name = "BuildError";
}

interface BuildState {
  codeVersion: string;
  outputDir: string;
}

async function readManifests(inputDir: string, rels: readonly string[], problems: string[]) {
  const manifests = new Map<string, Map<string, ManifestEntry>>();
  for (const rel of rels) {
    const text = await readFile(path.join(inputDir, rel), "utf8");
    const { entries, diagnostics } = parseManifestCsv(text, rel);
    manifests.set(folderOf(rel), entries);
    for (const d of diagnostics) problems.push(`${rel}${d.line !== null ? `:${d.line}` : ""}: ${d.message}`);
  }
  return manifests;
}

function stateFile(cacheDir: string): string {
  return path.join(cacheDir, "state.json");
}

/** The previous dataset, when it is still complete on disk and was built by this code into this folder. */
function previousDataset(cacheDir: string, outputDir: string, version: string): DatasetManifest | null {
  const state = stateFile(cacheDir);
  const manifestPath = path.join(outputDir, "manifest.json");
  if (!existsSync(state) || !existsSync(manifestPath)) return null;
  const saved = JSON.parse(readFileSync(state, "utf8")) as BuildState;
  if (saved.codeVersion !== version || saved.outputDir !== path.resolve(outputDir)) return null;
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as DatasetManifest;
  const intact = manifest.files.every((f) => {
    const file = path.join(outputDir, f.path);
    return existsSync(file) && statSync(file).size === f.bytes;
  });
  return intact ? manifest : null;
}

// Reports held at once by the corpus checks: bounds memory on large corpora.
const CORPUS_GROUP_SIZE = 5_000;

/** Checks again the series whose reports changed (see CORPUS_FINDING_COLUMNS). */
async function writeCorpusChecks(cache: BuildCache, stagingDir: string): Promise<void> {
  const csv = path.join(stagingDir, "corpus-checks.csv");
  writeFileSync(csv, "");
  for await (const group of cache.corpusGroups(CORPUS_GROUP_SIZE)) {
    // A finding's owner comes from its group: a series never spans two groups.
    const owners = new Map(group.map(({ reportId, seriesKey, report }) => [report.meta.source.file, { identity: identityOf(report, reportId), seriesKey }]));
    const rows = new CsvBuffer();
    for (const { file, finding } of checkCorpus(group.map((entry) => entry.report))) {
      const owner = owners.get(file);
      if (!owner) throw new Error(`checkCorpus returned a finding for ${file}, which is not a report of its group`);
      rows.add([...checkRow(owner.identity, finding), owner.seriesKey]);
    }
    rows.appendTo(csv);
  }
  await cache.replaceCorpusFindings(csv);
}

async function findingCounts(cache: BuildCache) {
  const reader = await cache.conn.runAndReadAll(
    `SELECT rule, severity, count(*) FROM (SELECT rule, severity FROM checks UNION ALL SELECT rule, severity FROM corpus_checks) GROUP BY ALL`,
  );
  return findingsByRule(reader.getRowsJS().map(([rule, severity, n]) => ({ rule: rule as string, severity: severity as Severity, count: Number(n) })));
}

function planTasks(found: readonly FoundFile[], cached: ReadonlyMap<string, { size: number; mtime: string; sha256: string; cacheKey: string }>, keyOf: (f: FoundFile) => [string, ManifestEntry | undefined]) {
  const tasks: FileTask[] = [];
  for (const file of found) {
    const [cacheKey, manifest] = keyOf(file);
    const previous = cached.get(file.rel);
    // Same size, mtime and key: the cached hash is trusted without reading the file.
    if (previous && previous.cacheKey === cacheKey && previous.size === file.size && previous.mtime === file.mtime) continue;
    const task: FileTask = { rel: file.rel, abs: file.abs, size: file.size, mtime: file.mtime, cacheKey };
    if (previous && previous.cacheKey === cacheKey && previous.sha256) task.expectSha = previous.sha256;
    if (manifest) task.manifest = manifest;
    tasks.push(task);
  }
  return tasks;
}

export async function buildDataset(options: BuildOptions): Promise<BuildSummary> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  let phaseStart = started;
  let phaseCpu = process.cpuUsage();
  // Wall time and the CPU time of the whole process (workers' and DuckDB's threads included).
  const phase = (name: string) => {
    const now = performance.now();
    const cpu = process.cpuUsage(phaseCpu);
    log(`  ${name}: ${((now - phaseStart) / 1000).toFixed(2)} s (CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s)`);
    phaseStart = now;
    phaseCpu = process.cpuUsage();
  };
  const progress = options.progress ?? silentProgress;
  const sourcePrefix = options.sourcePrefix ?? "data/reports";
  const version = loadedCodeVersion();

  if (!existsSync(options.inputDir)) throw new BuildError(`The reports folder ${options.inputDir} does not exist.`);
  const { files: found, manifests: manifestFiles } = await discoverReports(options.inputDir);
  if (found.length === 0) throw new BuildError(`No report files under ${options.inputDir} (hidden files and manifest.csv are not reports).`);
  const manifestProblems: string[] = [];
  const manifests = await readManifests(options.inputDir, manifestFiles, manifestProblems);

  phase("discover");
  const cache = await BuildCache.open(options.cacheDir);
  const stagingDir = stagingFolder(options.cacheDir);
  try {
    const cached = await cache.sources();
    const tasks = planTasks(found, cached, (f) => {
      const entry = manifestEntryFor(f.rel, manifests);
      return [JSON.stringify([version, sourcePrefix, entry ?? null]), entry];
    });
    phase("open cache");
    const present = new Set(found.map((f) => f.rel));
    const removedRels = [...cached.keys()].filter((rel) => !present.has(rel));

    const results: FileResult[] = [];
    if (tasks.length > 0) {
      const workers = Math.max(1, Math.min(options.workers ?? os.availableParallelism(), tasks.length));
      log(`Parsing ${tasks.length} of ${found.length} files on ${workers} workers (${found.length - tasks.length} unchanged).`);
      progress.start(tasks.length);
      try {
        await runPool(tasks, {
          workers,
          stagingDir,
          sourcePrefix,
          onResults: (batch) => {
            results.push(...batch);
            progress.advance(batch.length);
          },
        });
      } finally {
        progress.stop();
      }
    }
    phase("parse");
    const reparsed = results.filter((r) => r.kind !== "same");
    const restat = results.flatMap((r) => (r.kind === "same" ? [{ rel: r.rel, size: r.size, mtime: r.mtime }] : []));
    const staleIds = [...removedRels, ...reparsed.map((r) => r.rel)].map(reportIdOf);
    // From here until the new dataset is in place, the one on disk is not this cache's.
    if (staleIds.length > 0) rmSync(stateFile(options.cacheDir), { force: true });
    await cache.apply(stagingDir, staleIds, restat);
    phase("update cache");

    const counts = await cache.counts();
    const failures = await cache.failures();
    const base = {
      inputs: found.length,
      ...counts,
      parsedNow: reparsed.length,
      fromCache: found.length - reparsed.length,
      removed: removedRels.length,
      failures,
      manifestProblems,
      outputDir: options.outputDir,
    };
    if (counts.parsed === 0) {
      const list = failures.slice(0, 20).map((f) => `  ${f.file}: [${f.code}] ${f.message}`);
      throw new BuildError(
        [`None of the ${found.length} files under ${options.inputDir} could be read as a report; the dataset was not written.`, ...list].join("\n"),
      );
    }

    const previous = reparsed.length === 0 && removedRels.length === 0 ? previousDataset(options.cacheDir, options.outputDir, version) : null;
    if (previous) {
      return { ...base, findingsByRule: previous.findingsByRule, files: previous.files, upToDate: true, seconds: (performance.now() - started) / 1000 };
    }

    const tmp = temporaryOutput(options.outputDir);
    try {
      const partitioned = counts.parsed > (options.partitionThreshold ?? PARTITION_THRESHOLD);
      // The corpus checks run in JavaScript on this thread, one core; meanwhile DuckDB
      // writes the tables that do not need their findings, on a second connection.
      const alongside = writeParquetTables(await cache.connectAgain(), tmp, ["reports", "cells", "diagnostics", "failures"], partitioned);
      const [corpus, written] = await Promise.allSettled([writeCorpusChecks(cache, stagingDir), alongside]);
      if (corpus.status === "rejected") throw corpus.reason;
      if (written.status === "rejected") throw written.reason;
      phase("corpus checks and Parquet of reports, cells, diagnostics, failures");
      await writeParquetTables(cache.conn, tmp, ["checks"], partitioned);
      const files = await datasetFiles(cache.conn, tmp);
      const byRule = await findingCounts(cache);
      const manifest: DatasetManifest = {
        schemaVersion: SCHEMA_VERSION,
        builtAt: new Date().toISOString(),
        inputs: found.length,
        parsed: counts.parsed,
        failed: counts.failed,
        synthetic: counts.synthetic,
        findingsByRule: byRule,
        files,
      };
      phase("Parquet of checks");
      writeManifest(tmp, manifest);
      swapIn(tmp, options.outputDir);
      writeFileSync(stateFile(options.cacheDir), JSON.stringify({ codeVersion: version, outputDir: path.resolve(options.outputDir) } satisfies BuildState));
      return { ...base, findingsByRule: byRule, files, upToDate: false, seconds: (performance.now() - started) / 1000 };
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  } finally {
    rmSync(stagingDir, { recursive: true, force: true });
    cache.close();
  }
}
