// The embed page of a site served below a path. Needs a second build, so it runs only
// when one is given (about 2.5 minutes cold on 2 cores, too slow for every CI run):
//   cp -r . /tmp/site-sub && cd /tmp/site-sub && NEXT_PUBLIC_BASE_PATH=/sub npx next build
//   BASEPATH_OUT=/tmp/site-sub/out npx playwright test e2e/briefing-basepath.spec.ts
import { spawn, type ChildProcess } from "node:child_process";
import { expect, freePort, test } from "./fixtures";

const root = process.env.BASEPATH_OUT;
let server: ChildProcess | null = null;
let port = 0;

test.skip(!root, "set BASEPATH_OUT to an export built with NEXT_PUBLIC_BASE_PATH=/sub");

test.beforeAll(async () => {
  port = await freePort();
  server = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], { env: { ...process.env, PORT: String(port), ROOT: root, NEXT_PUBLIC_BASE_PATH: "/sub" }, stdio: "pipe" });
  await new Promise<void>((resolve, reject) => {
    server!.stdout!.on("data", (b: Buffer) => (b.toString().includes("serving") ? resolve() : undefined));
    server!.on("exit", (code) => reject(new Error(`serve exited with ${code}`)));
  });
});

test.afterAll(() => {
  server?.kill("SIGTERM");
});

test("below /sub/ every page, data and wasm request stays below /sub/ and the seeds' figures are drawn", async ({ page, context }) => {
  const origin = `http://127.0.0.1:${port}`;
  await context.unroute("**/*");
  const outside: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("blob:") || url.startsWith("data:")) return route.continue();
    if (!url.startsWith(`${origin}/sub/`)) {
      outside.push(url);
      return route.abort();
    }
    return route.continue();
  });
  // A trend of two agencies is not the build-time default: DuckDB-wasm loads the wasm, worker and Parquet files.
  const agencies = encodeURIComponent("宁波市鄞州区卫生健康局|乐清市卫生健康局");
  await page.goto(`${origin}/sub/embed/?chart=trend&metric=active_punishment_decisions&agencies=${agencies}`);
  const svg = page.locator("[data-chart-ready=true] .chart-host svg");
  await expect(svg.locator("text", { hasText: "1,315" })).toHaveCount(1, { timeout: 60_000 });
  await expect(svg.locator("text", { hasText: "1,193" })).toHaveCount(1);
  await expect(page.locator("figcaption")).toContainText("来源：各单位政府信息公开工作年度报告（2 份报告）");
  expect(outside).toEqual([]);
});
