// npm run bench:web [-- --runs 5 --changes 10]
// Serves out/ on a free loopback port and measures, in headless Chromium, several cold
// loads of /compare/: first chart visible, DuckDB-wasm ready, metric-change latency
// (p50/p95) and bytes served by type (counted by the server, uncompressed, including
// what the DuckDB worker fetches). Prints figures; asserts nothing.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { parseArgs } from "node:util";
import { chromium, type Page } from "playwright-core";

const { values } = parseArgs({ options: { runs: { type: "string", default: "5" }, changes: { type: "string", default: "10" } } });
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

async function changeMetric(page: Page, metric: string): Promise<number> {
  const start = Date.now();
  await page.locator("select[name=metric]").selectOption(metric);
  await page.waitForFunction(() => !document.querySelector("[aria-busy=true]") && !document.querySelector(".state-loading"), null, { timeout: 60_000 });
  return Date.now() - start;
}

const port = await freePort();
const server = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], { env: { ...process.env, PORT: String(port), SERVE_LOG: "1" }, stdio: ["ignore", "pipe", "inherit"] });
/** Bytes served during the current run, by kind of file. */
let served: Record<string, number> = {};
const kindOf = (p: string) => (p.endsWith("/") ? "html" : p.includes("/data/") ? "data" : (p.split(".").pop() ?? "other"));
server.stdout!.on("data", (b: Buffer) => {
  for (const line of b.toString().split("\n")) {
    const m = /^\d{3} (\d+) (\S+)$/.exec(line);
    if (m) served[kindOf(m[2]!)] = (served[kindOf(m[2]!)] ?? 0) + Number(m[1]);
  }
});
await new Promise<void>((resolve, reject) => {
  server.stdout!.on("data", (b: Buffer) => (b.toString().includes("serving") ? resolve() : undefined));
  server.on("exit", (code) => reject(new Error(`serve exited with ${code}`)));
});

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ARGS });
const firstChart: number[] = [];
const ready: number[] = [];
const changes: number[] = [];
let bytesByType: Record<string, number> = {};
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    served = {};
    const start = Date.now();
    // "commit": measure from navigation, not after the load event.
    await page.goto(`http://127.0.0.1:${port}/compare/`, { waitUntil: "commit" });
    await page.locator(".chart-frame svg").first().waitFor({ state: "visible" });
    firstChart.push(Date.now() - start);
    await page.locator("html[data-engine=ready]").waitFor({ state: "attached", timeout: 120_000 });
    ready.push(Date.now() - start);
    for (let i = 0; i < CHANGES; i++) changes.push(await changeMetric(page, METRICS[i % METRICS.length]!));
    bytesByType = { ...served };
    await context.close();
    process.stderr.write(`run ${run + 1}/${RUNS}: first chart ${ms(firstChart.at(-1)!)}, DuckDB ready ${ms(ready.at(-1)!)}\n`);
  }
} finally {
  await browser.close();
  server.kill("SIGTERM");
}

console.log(`bench:web — /compare/, ${RUNS} cold loads (fresh browser context each), ${CHANGES} metric changes each`);
console.log(`  first chart visible   median ${ms(quantile(firstChart, 0.5))}  (min ${ms(Math.min(...firstChart))}, max ${ms(Math.max(...firstChart))})`);
console.log(`  DuckDB-wasm ready     median ${ms(quantile(ready, 0.5))}  (min ${ms(Math.min(...ready))}, max ${ms(Math.max(...ready))})`);
console.log(`  metric change         p50 ${ms(quantile(changes, 0.5))}  p95 ${ms(quantile(changes, 0.95))}  (n=${changes.length})`);
const total = Object.values(bytesByType).reduce((a, b) => a + b, 0);
console.log(`  bytes served (last run, uncompressed): total ${kb(total)}`);
for (const [type, n] of Object.entries(bytesByType).sort((a, b) => b[1] - a[1])) console.log(`    ${type.padEnd(12)} ${kb(n)}`);
