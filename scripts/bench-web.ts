// npm run bench:web [-- --runs 5 --changes 10 --data DIR [--rebuild] [--verbose]]
// Serves a static export on a free loopback port and measures, in headless Chromium,
// several cold loads of /compare/ (fresh browser context each):
//   first chart visible  navigation start → the frame that paints the chart's SVG (the
//                        build-time SVG in the HTML), timed in the page (performance.now()
//                        is measured from navigation start)
//   DuckDB-wasm ready    navigation start → html[data-engine=ready] (engine up, reports loaded)
//   include synthetic    ticking 包含合成报告 → the new chart painted: the first query over all
//                        reports of the year (a no-op on the seeds, which have none)
//   metric change        choosing a metric → the frame that paints its chart (title shows the
//                        new metric, nothing busy, the chart has drawn a new option: EChart's
//                        data-drawn), timed in the page; p50/p95 over all changes
//   bytes                served by type (counted by the server, uncompressed, including what
//                        the DuckDB worker fetches), last run
//   JS gzip              the .js files served during a run, gzipped here at level 6 (no .wasm):
//                        the page's own (named by its HTML, or loaded by its code during the run),
//                        the DuckDB worker it starts, and apart, other views' chunks prefetched
//                        (none: links prefetch when reached for). Code the page loads only on an action the
//                        run does not take (an export, the embed dialog, reading a dropped report)
//                        is not served, so not counted.
// Prints figures and the load average (the machine may be shared); asserts nothing.
//
// Without --data it serves out/ (build it first: npm run build). With --data DIR (a dataset
// folder written by build:data, e.g. 100,000 synthetic reports) it serves an export built
// against that dataset, so that the static HTML (build-time SSR of the default view, the
// agency and region lists) is the one a site over that dataset would serve, not the seeds'
// HTML with other data behind it. The export is built once, by `next build` in a copy of the
// project under DIR-site/ (app/, lib/, the worker loader, public/ with a copy of DIR as
// public/data, node_modules hard-linked), and rebuilt when the dataset, HEAD or the working
// tree's app/, lib/, loader or next.config.js changed, or with --rebuild. out/ and
// public/data are never touched.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { loadavg } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { chromium, type Page } from "playwright-core";
import { DEFAULT_METRIC_ID, metricById } from "../lib/metrics/index";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "5" },
    changes: { type: "string", default: "10" },
    data: { type: "string" },
    rebuild: { type: "boolean", default: false },
    /** Also list every .js file served with its gzip size. */
    verbose: { type: "boolean", default: false },
  },
});
const RUNS = Number(values.runs);
const CHANGES = Number(values.changes);
const METRICS = ["active_licensing_decisions", "grant-rate", "applications_newReceived_total", "denial-rate", "active_punishment_decisions", "licensing-punishment-ratio"];
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

function quantile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * p;
  const lo = Math.floor(pos);
  return sorted[lo]! + (sorted[Math.ceil(pos)]! - sorted[lo]!) * (pos - lo);
}

const ms = (v: number) => `${Math.round(v)} ms`;
const kb = (v: number) => `${(v / 1024).toFixed(0)} KB`;
const load = () => loadavg().map((v) => v.toFixed(2)).join(" ");

/** Build tooling the site's `next build` runs (next.config.js names it). */
const SITE_SCRIPTS = ["scripts/duckdb-worker-loader.mjs"];

/** What the export in DIR-site/ was built from: the dataset, the commit and uncommitted changes to the site's code. */
function exportStamp(builtAt: string): string {
  const git = (...args: string[]) => spawnSync("git", args, { encoding: "utf8" }).stdout;
  const diff = createHash("sha256").update(git("diff", "HEAD", "--", "app", "lib", ...SITE_SCRIPTS, "next.config.js", "package-lock.json")).digest("hex");
  return `dataset ${builtAt}, commit ${git("rev-parse", "HEAD").trim()}, working tree ${diff.slice(0, 12)}`;
}

/** The static export of the site over the dataset in dataDir; built by `next build` in a copy of the project when missing or stale. */
function exportFor(dataDir: string, builtAt: string): string {
  const siteDir = `${dataDir.replace(/\/$/, "")}-site`;
  const project = path.join(siteDir, "project");
  const stampFile = path.join(siteDir, "stamp.txt");
  const stamp = exportStamp(builtAt);
  if (!values.rebuild && existsSync(path.join(project, "out", "index.html")) && existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp) {
    process.stderr.write(`bench:web: reusing ${project}/out (${stamp})\n`);
    return path.join(project, "out");
  }
  process.stderr.write(`bench:web: building the site over ${dataDir} in ${project} (${stamp})\n`);
  rmSync(siteDir, { recursive: true, force: true });
  mkdirSync(project, { recursive: true });
  for (const entry of ["app", "lib", "public", ...SITE_SCRIPTS, "next.config.js", "tsconfig.json", "package.json", "next-env.d.ts"]) {
    if (existsSync(entry)) cpSync(entry, path.join(project, entry), { recursive: true, filter: (src) => !src.startsWith(path.join("public", "data")) });
  }
  cpSync(dataDir, path.join(project, "public", "data"), { recursive: true });
  // Turbopack does not follow a node_modules symlink out of the project: hard links cost no space.
  const link = spawnSync("cp", ["-al", path.resolve("node_modules"), path.join(project, "node_modules")], { stdio: "inherit" });
  if (link.status !== 0) throw new Error(`could not hard-link node_modules into ${project}`);
  const build = spawnSync(path.join(project, "node_modules", ".bin", "next"), ["build"], { cwd: project, stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (build.status !== 0) throw new Error(`next build in ${project} failed (exit ${build.status})`);
  writeFileSync(stampFile, stamp);
  return path.join(project, "out");
}

/** Before any page script: records when the first chart is painted and when DuckDB is ready, and offers timed actions. */
function instrument() {
  const bench = { firstChart: null as number | null, ready: null as number | null, busyEnds: 0 };
  (window as unknown as { __bench: typeof bench }).__bench = bench;
  /** Resolves after the next frame has been rendered. */
  const afterPaint = () => new Promise<number>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)));
  const visibleChart = () => [...document.querySelectorAll(".chart-frame svg")].some((svg) => svg.getBoundingClientRect().height > 0);
  /** Options drawn by the page's charts so far (EChart's data-drawn). */
  const drawn = () => [...document.querySelectorAll(".chart-host[data-drawn]")].reduce((n, el) => n + Number(el.getAttribute("data-drawn")), 0);
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type !== "attributes") continue;
      if (r.attributeName === "data-engine" && bench.ready === null) bench.ready = performance.now();
      // Every query ends with its aria-busy going from true to false; caught even when shorter than a frame.
      if (r.attributeName === "aria-busy" && r.oldValue === "true" && (r.target as Element).getAttribute("aria-busy") !== "true") bench.busyEnds++;
    }
    if (bench.firstChart !== null || !document.querySelector(".chart-frame svg") || !visibleChart()) return;
    bench.firstChart = -1;
    void afterPaint().then((t) => (bench.firstChart = t));
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeOldValue: true, attributeFilter: ["aria-busy", "data-engine"] });
  /**
   * Applies `act`, then waits for the frame that paints the result: a query has ended, nothing is
   * busy, the panel is titled `title…`, and a chart has drawn a new option.
   */
  (window as unknown as { __benchTimed: unknown }).__benchTimed = (act: () => void, title: string) =>
    new Promise<number>((resolve, reject) => {
      const start = performance.now();
      const ends = bench.busyEnds;
      const draws = drawn();
      act();
      const give = window.setTimeout(() => {
        const seen = `title "${document.querySelector(".panel-head h2")?.textContent ?? ""}", ${bench.busyEnds - ends} queries ended, busy ${Boolean(document.querySelector("[aria-busy=true]"))}, chart ${visibleChart()}, ${drawn() - draws} options drawn, state "${document.querySelector(".state")?.textContent ?? ""}"`;
        reject(new Error(`no "${title}" chart after 120 s (${seen})`));
      }, 120_000);
      const check = () => {
        const shown = document.querySelector(".panel-head h2")?.textContent ?? "";
        if (bench.busyEnds > ends && !document.querySelector("[aria-busy=true]") && shown.startsWith(title) && drawn() > draws && visibleChart()) {
          window.clearTimeout(give);
          // This check runs in a frame's animation callbacks, before the frame is rendered: a task
          // queued now runs once that frame, the one that paints the new chart, has been rendered.
          // (A further requestAnimationFrame would wait for the frame after it.)
          window.setTimeout(() => resolve(performance.now() - start), 0);
        } else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
}

type BenchWindow = { __bench: { firstChart: number | null; ready: number | null }; __benchTimed: (act: () => void, title: string) => Promise<number> };

/** Sets a form control the way a user does (input and change events) and times until the new chart is painted. */
async function timedControl(page: Page, name: string, value: string | boolean, metric: string): Promise<number> {
  const title = `${metricById(metric)!.label.zh} · `;
  return page.evaluate(
    ({ name, value, title }) => {
      const act = () => {
        const control = document.querySelector<HTMLInputElement | HTMLSelectElement>(`[name=${name}]`)!;
        if (typeof value === "boolean") (control as HTMLInputElement).click();
        else {
          control.value = value;
          control.dispatchEvent(new Event("input", { bubbles: true }));
          control.dispatchEvent(new Event("change", { bubbles: true }));
        }
      };
      return (window as unknown as BenchWindow).__benchTimed(act, title);
    },
    { name, value, title },
  );
}

// The dataset measured: --data DIR, or the one in out/.
const dataDir = values.data ? path.resolve(values.data) : path.resolve("out", "data");
if (!existsSync(path.join(dataDir, "manifest.json"))) {
  console.error(`bench:web: ${dataDir}/manifest.json does not exist: build the dataset with npm run build:data -- --output ${dataDir}`);
  process.exit(2);
}
const manifest = JSON.parse(readFileSync(path.join(dataDir, "manifest.json"), "utf8")) as { parsed: number; synthetic: number; builtAt: string };
// The default view leaves synthetic reports out: over none but them it draws no chart to wait for.
if (manifest.parsed === manifest.synthetic) {
  console.error(
    `bench:web: the dataset in ${dataDir} holds ${manifest.parsed} reports, all synthetic, so /compare/'s default view has no chart; ` +
      "build it with real reports too (the seeds, as README's recipe does)",
  );
  process.exit(2);
}
const root = values.data ? exportFor(dataDir, manifest.builtAt) : path.resolve("out");
const port = await freePort();
const server = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
  env: { ...process.env, PORT: String(port), ROOT: root, SERVE_LOG: "1" },
  stdio: ["ignore", "pipe", "inherit"],
});
/** Bytes served during the current run, by kind of file, and the .js files served. */
let served: Record<string, number> = {};
let jsServed = new Set<string>();
const kindOf = (p: string) => (p.endsWith("/") ? "html" : p.includes("/data/") ? "data" : (p.split(".").pop() ?? "other"));
server.stdout!.on("data", (b: Buffer) => {
  for (const line of b.toString().split("\n")) {
    const m = /^(\d{3}) (\d+) (\S+)$/.exec(line);
    if (!m) continue;
    served[kindOf(m[3]!)] = (served[kindOf(m[3]!)] ?? 0) + Number(m[2]);
    if (m[1] === "200" && m[3]!.endsWith(".js")) jsServed.add(m[3]!);
  }
});
await new Promise<void>((resolve, reject) => {
  server.stdout!.on("data", (b: Buffer) => (b.toString().includes("serving") ? resolve() : undefined));
  server.on("exit", (code) => reject(new Error(`serve exited with ${code}`)));
});

const loadBefore = load();
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ARGS });
const firstChart: number[] = [];
const ready: number[] = [];
const synthetic: number[] = [];
const changes: number[] = [];
let bytesByType: Record<string, number> = {};
let jsFiles: string[] = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // tsx keeps function names with a `__name` helper that the page lacks: define it there.
    await context.addInitScript({ content: `globalThis.__name = (f) => f;\n(${instrument.toString()})();` });
    const page = await context.newPage();
    served = {};
    jsServed = new Set();
    await page.goto(`http://127.0.0.1:${port}/compare/`, { waitUntil: "commit" });
    await page.waitForFunction(() => ((window as unknown as BenchWindow).__bench?.firstChart ?? -1) > 0, null, { timeout: 60_000 });
    await page.locator("html[data-engine=ready]").waitFor({ state: "attached", timeout: 180_000 });
    const marks = await page.evaluate(() => (window as unknown as BenchWindow).__bench);
    firstChart.push(marks.firstChart!);
    ready.push(marks.ready!);
    // The default metric stays; the ranking now covers every report of the year.
    synthetic.push(await timedControl(page, "synthetic", true, DEFAULT_METRIC_ID));
    for (let i = 0; i < CHANGES; i++) {
      const metric = METRICS[i % METRICS.length]!;
      changes.push(await timedControl(page, "metric", metric, metric));
    }
    bytesByType = { ...served };
    jsFiles = [...jsServed];
    await context.close();
    process.stderr.write(
      `run ${run + 1}/${RUNS}: first chart ${ms(firstChart.at(-1)!)}, DuckDB ready ${ms(ready.at(-1)!)}, include synthetic ${ms(synthetic.at(-1)!)}, ` +
        `changes ${changes.slice(-CHANGES).map(ms).join(" ")} (load ${load()})\n`,
    );
  }
} finally {
  await browser.close();
  server.kill("SIGTERM");
}

/** gzip size of a served .js file, read from the export. */
const gzipOf = (urlPath: string) => gzipSync(readFileSync(path.join(root, decodeURIComponent(urlPath))), { level: 6 }).length;
// The page's own scripts: those its HTML names, and the chunks they load on demand (named in
// their code); of these, only the ones served during the run count. The DuckDB worker is started
// by the page. Other files would be other views' chunks, prefetched (IntentLink: when a link is reached for).
const chunkPaths = (text: string) => (text.match(/static\/chunks\/[\w.-]+\.js/g) ?? []).map((p) => `/_next/${p}`);
const namedByHtml = new Set(chunkPaths(readFileSync(path.join(root, "compare", "index.html"), "utf8")));
const ownChunks = new Set(namedByHtml);
for (const queue = [...namedByHtml]; queue.length > 0; ) {
  for (const next of chunkPaths(readFileSync(path.join(root, queue.pop()!), "utf8"))) {
    if (ownChunks.has(next)) continue;
    ownChunks.add(next);
    queue.push(next);
  }
}
const workerJs = jsFiles.filter((f) => !ownChunks.has(f) && f.includes("worker"));
const pageJs = jsFiles.filter((f) => ownChunks.has(f));
const onDemandJs = pageJs.filter((f) => !namedByHtml.has(f));
const prefetchJs = jsFiles.filter((f) => !ownChunks.has(f) && !workerJs.includes(f));
const sum = (files: string[]) => files.reduce((n, f) => n + gzipOf(f), 0);

console.log(`bench:web — /compare/ over ${manifest.parsed} reports (${manifest.synthetic} synthetic), served from ${path.relative(process.cwd(), root) || root}`);
console.log(`  ${RUNS} cold loads (fresh browser context each), ${CHANGES} metric changes each; load average before ${loadBefore}, after ${load()}`);
console.log(`  first chart visible   median ${ms(quantile(firstChart, 0.5))}  (min ${ms(Math.min(...firstChart))}, max ${ms(Math.max(...firstChart))})`);
console.log(`  DuckDB-wasm ready     median ${ms(quantile(ready, 0.5))}  (min ${ms(Math.min(...ready))}, max ${ms(Math.max(...ready))})`);
console.log(`  include synthetic     median ${ms(quantile(synthetic, 0.5))}  (min ${ms(Math.min(...synthetic))}, max ${ms(Math.max(...synthetic))})`);
console.log(`  metric change         p50 ${ms(quantile(changes, 0.5))}  p95 ${ms(quantile(changes, 0.95))}  (n=${changes.length}, max ${ms(Math.max(...changes))})`);
console.log(
  `  JS gzip (no wasm)     page ${kb(sum(pageJs))} (${pageJs.length - onDemandJs.length} files named by its HTML, ${onDemandJs.length} loaded on demand during the run) + DuckDB worker ${kb(sum(workerJs))} = ${kb(sum(pageJs) + sum(workerJs))} (${(sum(pageJs) + sum(workerJs)).toLocaleString("en-US")} bytes)`,
);
console.log(`                        + other views' chunks prefetched during the run ${kb(sum(prefetchJs))} (${prefetchJs.length} files)`);
if (values.verbose) for (const f of [...jsFiles].sort((a, b) => gzipOf(b) - gzipOf(a))) console.log(`    ${kb(gzipOf(f)).padStart(7)}  ${f}`);
const total = Object.values(bytesByType).reduce((a, b) => a + b, 0);
console.log(`  bytes served (last run, uncompressed): total ${kb(total)}`);
for (const [type, n] of Object.entries(bytesByType).sort((a, b) => b[1] - a[1])) console.log(`    ${type.padEnd(12)} ${kb(n)}`);
