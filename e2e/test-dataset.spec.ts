// A test-only dataset built by the real build step (npm run build:data), partitioned by
// year, and served in place of out/data: an agency whose name is markup (shown as text), a synthetic
// report (left out until included), one agency across the 2019 → 2021 template change
// (海盐 2020 on the 2019 form, and the 乐清 2021 text as 海盐 2021 on the 2021 form) and
// a 人民政府办公室 (the 临渭 2021 text under that name) for the agency-type filter.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { BrowserContext, Page } from "@playwright/test";
import { expect, freePort, test, waitForEngine } from "./fixtures";

// Slashes instead of spaces: the build step removes whitespace from agency names, and
// `<img/src="x"/onerror=…>` is still an image with an error handler to an HTML parser.
const EVIL = '<img/src="x"/onerror=alert(1)>';
const SYNTHETIC = "【合成数据】测试局";
const HAIYAN = "海盐县卫生健康局";
const OFFICE = "慈溪市人民政府办公室";
let dir = "";
let server: ChildProcess | null = null;
let port = 0;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  dir = mkdtempSync(path.join(tmpdir(), "e2e-untrusted-"));
  const input = path.join(dir, "reports");
  mkdirSync(path.join(input, "evil"), { recursive: true });
  mkdirSync(path.join(input, "synthetic"), { recursive: true });
  mkdirSync(path.join(input, "boundary"), { recursive: true });
  mkdirSync(path.join(input, "office"), { recursive: true });
  const seeds = "data/reports/seeds";
  for (const f of readdirSync(seeds)) cpSync(path.join(seeds, f), path.join(input, f));
  // The Yinzhou 2021 seed again, under an agency name that is markup.
  const yinzhou = readdirSync(seeds).find((f) => f.startsWith("000_"))!;
  cpSync(path.join(seeds, yinzhou), path.join(input, "evil", "report.txt"));
  // And once more as a synthetic report, which must stay out of the figures unless asked for.
  cpSync(path.join(seeds, yinzhou), path.join(input, "synthetic", "report.txt"));
  cpSync(path.join(seeds, readdirSync(seeds).find((f) => f.startsWith("003_"))!), path.join(input, "boundary", "haiyan-2021.txt"));
  cpSync(path.join(seeds, readdirSync(seeds).find((f) => f.startsWith("001_"))!), path.join(input, "office", "report.txt"));
  writeFileSync(
    path.join(input, "manifest.csv"),
    [
      "file,agency,year,synthetic",
      `evil/report.txt,"${EVIL.replaceAll('"', '""')}",2021,false`,
      `synthetic/report.txt,${SYNTHETIC},2021,true`,
      `boundary/haiyan-2021.txt,${HAIYAN},2021,false`,
      `office/report.txt,${OFFICE},2021,false`,
      "",
    ].join("\n"),
  );
  // Partitioned by year, as a dataset of over 20,000 reports is: the pages load a year's file alone where that is all a view needs.
  const build = spawnSync("npx", ["tsx", "scripts/build-data.ts", "--input", input, "--output", path.join(dir, "data"), "--cache", path.join(dir, "cache"), "--partition-threshold", "0"], {
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  if (build.status !== 0) throw new Error(`build:data failed (${build.status}):\n${build.stderr}`);
  port = await freePort();
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

/** Only this test's server may be contacted; everything else is blocked and recorded. */
async function ownServerOnly(context: BrowserContext): Promise<string[]> {
  await context.unroute("**/*");
  const foreign: string[] = [];
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.host === `127.0.0.1:${port}` || url.protocol === "blob:" || url.protocol === "data:") return route.continue();
    foreign.push(url.href);
    return route.abort();
  });
  return foreign;
}

/** The data files the page requests from now on whose path passes `keep`, as paths under data/. */
function fetchedDataFiles(page: Page, keep: (path: string) => boolean): string[] {
  const files: string[] = [];
  page.on("request", (r) => {
    const p = new URL(r.url()).pathname;
    if (keep(p)) files.push(p.replace(/^.*\/data\//, ""));
  });
  return files;
}

test("the synthetic toggle is in the URL and survives a reload; the banner says so", async ({ page, context }) => {
  const foreign = await ownServerOnly(context);
  await page.goto(`http://127.0.0.1:${port}/`);
  await waitForEngine(page);
  await expect(page.locator(".banner-synthetic")).toContainText("1 份合成报告");
  const figure = page.locator(".cards .card").first().locator(".figure");
  const before = await figure.textContent();
  await page.locator("input[name=synthetic]").check();
  await expect(page).toHaveURL(/synthetic=true/);
  await waitForEngine(page);
  await expect(figure).toHaveText(String(Number(before) + 1));
  await page.reload();
  await waitForEngine(page);
  await expect(page.locator("input[name=synthetic]")).toBeChecked();
  await expect(figure).toHaveText(String(Number(before) + 1));
  expect(foreign).toEqual([]);
});

test("trend: two metrics for one agency across the template change, marked, with the year-over-year change", async ({ page, context }) => {
  const foreign = await ownServerOnly(context);
  await page.goto(`http://127.0.0.1:${port}/trend/?agencies=${encodeURIComponent(HAIYAN)}&metric=active_punishment_decisions,applications_newReceived_total`);
  await waitForEngine(page);
  await expect(page.locator("[data-chart-ready=true]")).toHaveCount(1);
  const text = page.locator(".chart-host svg text");
  // One band per panel, each labelled.
  await expect(text.filter({ hasText: /^模板变更$/ })).toHaveCount(2);
  await expect(page.locator(".template-boundary-note")).toContainText("2020→2021");
  await page.getByRole("button", { name: "表格" }).click();
  const row = page.locator("table.data-table tbody tr").filter({ hasText: "行政处罚·本年处理决定数量" }).filter({ hasText: "2021" });
  // 海盐 2020 printed 430 on the 2019 form; the 2021 text (乐清's) prints 1,193: +763, +177.4%.
  await expect(row.locator("td")).toHaveText(["行政处罚·本年处理决定数量", HAIYAN, "2021", "2021", "1,193", "件", "430", "+763（+177.4%）", "177.44", "数据集"]);
  await expect(page.locator("table.data-table tbody tr")).toHaveCount(4);
  expect(foreign).toEqual([]);
});

test("trend: a metric that exists in one template only is never joined across the change", async ({ page, context }) => {
  const foreign = await ownServerOnly(context);
  await page.goto(`http://127.0.0.1:${port}/trend/?agencies=${encodeURIComponent(HAIYAN)}&metric=active_fees_amount&view=table`);
  await waitForEngine(page);
  await expect(page.locator(".note", { hasText: "不与其他模板合并" })).toHaveCount(1);
  const rows = page.locator("table.data-table tbody tr");
  await expect(rows.filter({ hasText: "2020" }).locator("td").nth(4)).toHaveText("空白");
  await expect(rows.filter({ hasText: "2021" }).locator("td").nth(7)).toHaveText("—");
  expect(foreign).toEqual([]);
});

test("compare: the agency-type filter keeps the 人民政府办公室 apart", async ({ page, context }) => {
  const foreign = await ownServerOnly(context);
  await page.goto(`http://127.0.0.1:${port}/compare/?view=table`);
  await waitForEngine(page);
  const type = page.locator("select[name=type]");
  await type.selectOption("government-office");
  await waitForEngine(page);
  const rows = page.locator("table.data-table tbody tr");
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText(OFFICE);
  await type.selectOption("other");
  await waitForEngine(page);
  await expect(rows).toHaveCount(1);
  await expect(rows.locator("td").nth(1)).toHaveText(EVIL);
  expect(foreign).toEqual([]);
});

test("agency: the 2019 form for 2020 and the change against the year before on the 2021 form", async ({ page, context }) => {
  const foreign = await ownServerOnly(context);
  const cellFiles = fetchedDataFiles(page, (p) => p.includes("/data/cells/"));
  await page.goto(`http://127.0.0.1:${port}/agency/?name=${encodeURIComponent(HAIYAN)}`);
  await waitForEngine(page);
  await expect(page.locator(".report-forms h2")).toHaveText("报告表格（2021 年）");
  // The forms' two years of cells, not the 2019 report's (慈溪).
  expect(cellFiles.sort()).toEqual(["cells/year=2020/part-0.parquet", "cells/year=2021/part-0.parquet"]);
  await expect(page.locator('td[data-cell="active.punishment.decisions"] .delta')).toHaveText("+763");
  await page.locator('td[data-cell="active.punishment.decisions"] button').hover();
  await expect(page.locator("#form-cell-detail")).toContainText("上年（2020）430；较上年 +763");
  await page.locator(".report-forms select[name=year]").selectOption("2020");
  await expect(page).toHaveURL(/year=2020/);
  await waitForEngine(page);
  await expect(page.locator(".report-forms h2")).toHaveText("报告表格（2020 年）");
  const active = page.locator("table[data-form=active]");
  await expect(active.locator("caption .tag")).toHaveText("2019 版模板");
  await expect(active.locator("tr.form-section th")).toHaveText(["第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项", "第二十条第（九）项"]);
  await expect(active.locator("tr", { hasText: "行政处罚" }).locator("td").last()).toHaveText("430");
  await expect(page.locator(".report-forms .panel-note")).toContainText("没有 2019 年的报告");
  expect(foreign).toEqual([]);
});

test("compare: over a dataset partitioned by year, a year's reports are read from its own file alone, another year's when it is chosen", async ({ page, context }) => {
  const foreign = await ownServerOnly(context);
  const parquet = fetchedDataFiles(page, (p) => p.endsWith(".parquet"));
  await page.goto(`http://127.0.0.1:${port}/compare/?view=table`);
  await waitForEngine(page);
  const table = page.locator("table.data-table");
  await expect(table.locator("tr", { hasText: EVIL })).toContainText("1,315");
  expect(parquet).toEqual(["reports/year=2021/part-0.parquet"]);

  await page.locator("select[name=year]").selectOption("2020");
  await waitForEngine(page);
  await expect(table.locator("tr", { hasText: HAIYAN })).toContainText("430");
  await expect(table.locator("tr", { hasText: EVIL })).toHaveCount(0);
  expect(parquet).toEqual(["reports/year=2021/part-0.parquet", "reports/year=2020/part-0.parquet"]);

  // Back to 2021: its rows are loaded once, not twice.
  await page.locator("select[name=year]").selectOption("2021");
  await waitForEngine(page);
  await expect(table.locator("tr", { hasText: EVIL })).toHaveCount(1);
  expect(parquet).toHaveLength(2);
  expect(foreign).toEqual([]);
});
