// 下载 /downloads/: the dataset's files with sizes and row counts, the data dictionary, a citation.
import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures";

const manifest = JSON.parse(readFileSync("public/data/manifest.json", "utf8")) as { builtAt: string; parsed: number; files: { table: string; path: string; bytes: number; rows: number }[] };

test("every Parquet file of manifest.json is listed with its rows and downloads intact", async ({ page, request }) => {
  await page.goto("/downloads/");
  const files = page.locator("table.downloads tbody tr");
  for (const f of manifest.files) {
    const row = files.filter({ hasText: f.path });
    await expect(row).toHaveCount(1);
    await expect(row.locator("td").nth(3)).toHaveText(f.rows.toLocaleString("zh-CN"));
    const href = await row.locator("a").getAttribute("href");
    const body = await (await request.get(href!)).body();
    expect(body.length).toBe(f.bytes);
  }
  await expect(files.filter({ hasText: "reports.parquet" }).locator("td").nth(3)).toHaveText("5");
});

test("the data dictionary names columns in Chinese and English; the citation gives the build and counts", async ({ page }) => {
  await page.goto("/downloads/");
  await page.locator("summary", { hasText: "reports" }).first().click();
  const row = page.locator("table.dictionary tr", { hasText: "active_punishment_decisions" });
  await expect(row).toContainText("INTEGER");
  await expect(row).toContainText("行政处罚");
  await expect(page.locator(".citation")).toContainText(`${manifest.parsed} 份报告已解析`);
  await expect(page.locator(".citation")).toContainText("生成于");
  await page.goto("/downloads/?lang=en");
  await expect(page.locator(".citation")).toContainText(`${manifest.parsed} reports parsed`);
});
