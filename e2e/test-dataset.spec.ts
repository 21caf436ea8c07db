// A test-only dataset built by the real build step (npm run build:data) and served in
// place of out/data: an agency whose name is markup (shown as text) and a synthetic
// report (left out until included).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, waitForEngine } from "./fixtures";

// Slashes instead of spaces: the build step removes whitespace from agency names, and
// `<img/src="x"/onerror=…>` is still an image with an error handler to an HTML parser.
const EVIL = '<img/src="x"/onerror=alert(1)>';
const SYNTHETIC = "【合成数据】测试局";
let dir = "";
let server: ChildProcess | null = null;
let port = 0;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  dir = mkdtempSync(path.join(tmpdir(), "e2e-untrusted-"));
  const input = path.join(dir, "reports");
  mkdirSync(path.join(input, "evil"), { recursive: true });
  mkdirSync(path.join(input, "synthetic"), { recursive: true });
  const seeds = "data/reports/seeds";
  for (const f of readdirSync(seeds)) cpSync(path.join(seeds, f), path.join(input, f));
  // The Yinzhou 2021 seed again, under an agency name that is markup.
  const yinzhou = readdirSync(seeds).find((f) => f.startsWith("000_"))!;
  cpSync(path.join(seeds, yinzhou), path.join(input, "evil", "report.txt"));
  // And once more as a synthetic report, which must stay out of the figures unless asked for.
  cpSync(path.join(seeds, yinzhou), path.join(input, "synthetic", "report.txt"));
  writeFileSync(
    path.join(input, "manifest.csv"),
    `file,agency,year,synthetic\nevil/report.txt,"${EVIL.replaceAll('"', '""')}",2021,false\nsynthetic/report.txt,${SYNTHETIC},2021,true\n`,
  );
  const build = spawnSync("npx", ["tsx", "scripts/build-data.ts", "--input", input, "--output", path.join(dir, "data"), "--cache", path.join(dir, "cache")], {
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  if (build.status !== 0) throw new Error(`build:data failed (${build.status}):\n${build.stderr}`);
  port = Number(process.env.E2E_PORT) + 1;
  // Node itself (not npx) so that killing `server` stops the server.
  server = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], { env: { ...process.env, PORT: String(port), DATA_DIR: path.join(dir, "data") }, stdio: "pipe" });
  await new Promise<void>((resolve, reject) => {
    server!.stdout!.on("data", (b: Buffer) => (b.toString().includes("serving") ? resolve() : undefined));
    server!.on("exit", (code) => reject(new Error(`serve exited with ${code}`)));
  });
});

test.afterAll(() => {
  server?.kill("SIGTERM");
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test("an agency named with markup is shown as text in tables, chart and tooltip", async ({ page, context }) => {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  // The guard fixture allows only the default server; this test's server is on the next port.
  await context.unroute("**/*");
  const foreign: string[] = [];
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.host === `127.0.0.1:${port}` || url.protocol === "blob:" || url.protocol === "data:") return route.continue();
    foreign.push(url.href);
    return route.abort();
  });

  await page.goto(`http://127.0.0.1:${port}/compare/?view=table`);
  await waitForEngine(page);
  const cell = page.locator("table.data-table td", { hasText: EVIL });
  await expect(cell).toHaveCount(1);
  await expect(cell).toHaveText(EVIL);

  await page.getByRole("button", { name: "图表" }).click();
  await expect(page.locator(".chart-host svg text", { hasText: "<img" }).first()).toBeAttached();
  // Its value equals Yinzhou's 1315 and its name sorts first: the first bar. The tooltip shows the name as text.
  await page.locator(".chart-host svg path[fill='#3b6ea8']").first().hover();
  const tooltip = page.locator(".chart-host div", { hasText: EVIL }).last();
  await expect(tooltip).toBeVisible();
  expect(await page.locator("img").count()).toBe(0);

  await page.goto(`http://127.0.0.1:${port}/agency/?name=${encodeURIComponent(EVIL)}`);
  await waitForEngine(page);
  await expect(page.locator("h1 .agency-name")).toHaveText(EVIL);

  await page.goto(`http://127.0.0.1:${port}/`);
  await waitForEngine(page);
  await expect(page.locator("table.coverage a", { hasText: EVIL })).toHaveCount(1);

  expect(await page.locator("img").count()).toBe(0);
  expect(dialogs).toEqual([]);
  expect(foreign).toEqual([]);
});

test("a synthetic report stays out of the comparison until it is included, and is marked", async ({ page, context }) => {
  await context.unroute("**/*");
  await context.route("**/*", (route) => (new URL(route.request().url()).host === `127.0.0.1:${port}` ? route.continue() : route.abort()));
  await page.goto(`http://127.0.0.1:${port}/compare/?view=table`);
  await waitForEngine(page);
  const table = page.locator("table.data-table");
  await expect(table.locator("tr", { hasText: EVIL })).toHaveCount(1);
  await expect(table.locator("tr", { hasText: SYNTHETIC })).toHaveCount(0);
  await page.locator("input[name=synthetic]").check();
  await waitForEngine(page);
  const row = table.locator("tr", { hasText: SYNTHETIC });
  await expect(row).toContainText("1,315");
  await expect(row.locator(".tag")).toHaveText("合成");
});
