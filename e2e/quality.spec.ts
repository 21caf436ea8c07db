import { readFileSync } from "node:fs";
import { expect, test, waitForEngine } from "./fixtures";

const manifest = JSON.parse(readFileSync("out/data/manifest.json", "utf8")) as {
  failed: number;
  findingsByRule: Record<string, { error: number; warning: number; unchecked: number }>;
};

test.describe("质量 /quality/", () => {
  test("findings by rule match the manifest; the severity filter survives a reload", async ({ page }) => {
    await page.goto("/quality/?view=table");
    await waitForEngine(page);
    const byRule = page.locator("section.panel").first().locator("table");
    for (const [rule, counts] of Object.entries(manifest.findingsByRule)) {
      for (const severity of ["error", "warning", "unchecked"] as const) {
        if (counts[severity] === 0) continue;
        const label = { error: "错误", warning: "警告", unchecked: "未能核查" }[severity];
        const row = byRule.locator("tbody tr").filter({ has: page.locator("td", { hasText: new RegExp(`^${rule}$`) }) }).filter({ hasText: label });
        await expect(row.locator("td").nth(2)).toHaveText(counts[severity].toLocaleString("en-US"));
      }
    }
    await page.locator("select[name=severity]").selectOption("error");
    await expect(page).toHaveURL(/severity=error/);
    await page.reload();
    await waitForEngine(page);
    await expect(page.locator("select[name=severity]")).toHaveValue("error");
    const severities = await page.locator("section.panel").nth(1).locator("tbody td:first-child").allTextContents();
    expect(severities.every((s) => s === "错误")).toBe(true);
    const failures = page.locator("section.panel", { hasText: "无法读取的文件" });
    await expect(failures.locator("tbody tr:not(:has(td.empty-row))")).toHaveCount(manifest.failed);
    // The seeds all parse: the empty table says so.
    expect(manifest.failed).toBe(0);
    await expect(failures.locator("td.empty-row")).toHaveText("每个文件都已读取。");
  });

  test("counts the parser's diagnostics by code", async ({ page }) => {
    await page.goto("/quality/");
    await waitForEngine(page);
    // Of the five seeds only 004 has one: its agency is inferred, not stated.
    const rows = page.locator("section.panel", { hasText: "解析诊断（按代码）" }).locator("tbody tr");
    await expect(rows).toHaveCount(1);
    await expect(rows.locator("td")).toHaveText(["agency-inferred", "警告", "1", "1"]);
  });
});
