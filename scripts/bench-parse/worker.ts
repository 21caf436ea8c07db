// The parsing side of bench:parse, in a thread of its own that never runs the generator:
// generating thousands of reports in the parsing thread left V8's type feedback in code
// both share (the model's cell helpers, the checks) trained on the generator's objects,
// and the same files then parsed up to a third slower than in a thread that only parses,
// as build:data's workers do. It holds one layout's files at a time and never the ground truth.
// Its heap is V8's default: build:data's larger young generation (see its pool.ts) pays with
// two workers on mixed formats, but a thread parsing one format took longer with it (text-cells
// 497–511 µs a report against 423–436 µs, three alternated runs; html-word and html-table even).
import { readFileSync } from "node:fs";
import { parentPort } from "node:worker_threads";
import { parseReport, type ParseInput, type ParseOutcome } from "../../lib/parse";
import { PDF_RESOURCES } from "../pdfResources";
import { sha256Hex } from "../reportInput";

export interface Measured {
  label: string;
  reports: number;
  bytes: number;
  wall: number;
  cpu: number;
}

export type BenchParseRequest =
  /** Parses `warmup`, then times parsing `samples`. */
  | { kind: "layout"; label: string; warmup: ParseInput[]; samples: ParseInput[] }
  /** Times parsing a committed fixture file `rounds` times, after one parse that must succeed. */
  | { kind: "fixture"; file: string; rounds: number }
  /** Parses `samples` untimed and returns the outcomes, to be compared with their ground truth. */
  | { kind: "outcomes"; samples: ParseInput[] };

export type BenchParseReply = { measured: Measured } | { outcomes: ParseOutcome[] } | { error: string };

/**
 * CPU time of the process (process.cpuUsage counts every thread): the main thread waits
 * meanwhile. On a loaded machine wall time counts other processes' turns, CPU time does not.
 */
function cpuSeconds(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
}

/** Parses `inputs` in order, keeping no result, as build:data streams them. */
async function timeParses(label: string, inputs: readonly ParseInput[]): Promise<Measured> {
  const cpuStart = process.cpuUsage();
  const started = performance.now();
  for (const input of inputs) await parseReport(input);
  const wall = (performance.now() - started) / 1000;
  return { label, reports: inputs.length, bytes: inputs.reduce((n, s) => n + s.bytes.length, 0), wall, cpu: cpuSeconds(cpuStart) };
}

async function answer(request: BenchParseRequest): Promise<BenchParseReply> {
  switch (request.kind) {
    case "layout":
      for (const input of request.warmup) await parseReport(input);
      return { measured: await timeParses(request.label, request.samples) };
    case "fixture": {
      const bytes = new Uint8Array(readFileSync(request.file));
      const input: ParseInput = { file: request.file, bytes, sha256: sha256Hex(bytes), pdf: PDF_RESOURCES };
      const first = await parseReport(input);
      if (!first.ok) throw new Error(first.failure.error.message);
      return { measured: await timeParses(request.file.replace("data/fixtures/", ""), Array.from({ length: request.rounds }, () => input)) };
    }
    case "outcomes": {
      const outcomes: ParseOutcome[] = [];
      for (const input of request.samples) outcomes.push(await parseReport(input));
      return { outcomes };
    }
  }
}

parentPort!.on("message", (request: BenchParseRequest) => {
  answer(request).then(
    (reply) => parentPort!.postMessage(reply),
    (error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
