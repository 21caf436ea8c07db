import { downloadText, expect, test } from "./fixtures";

// The synthetic toggle is tested in test-dataset.spec.ts, whose dataset holds a synthetic report.

test.describe("概览 /", () => {
  test("coverage matrix lists the seed agencies in their years", async ({ page }) => {
    await page.goto("/");
    const coverage = page.locator("table.coverage");
    const row = (agency: string) => coverage.locator("tbody tr", { hasText: agency });
    const years = (await coverage.locator("thead th").allTextContents()).slice(1);
    const cellFor = async (agency: string, year: number) => row(agency).locator("td").nth(years.indexOf(String(year)));
    await expect(await cellFor("宁波市鄞州区卫生健康局", 2021)).toHaveText("1");
    await expect(await cellFor("海盐县卫生健康局", 2020)).toHaveText("1");
    await expect(await cellFor("慈溪市卫生健康局", 2019)).toHaveText("1");
    await expect(await cellFor("慈溪市卫生健康局", 2021)).toHaveText("");
    await expect(page.locator(".cards")).toContainText("报告");
  });

  test("coverage CSV holds the rows shown", async ({ page }) => {
    await page.goto("/");
    const shown = await page.locator("table.coverage tbody tr").count();
    const { text } = await downloadText(page, () => page.getByRole("button", { name: "下载 CSV" }).first().click());
    const lines = text.replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(lines).toHaveLength(shown + 1);
    expect(lines[0]!.startsWith("机构,")).toBe(true);
    expect(lines.some((l) => l.startsWith("宁波市鄞州区卫生健康局,"))).toBe(true);
  });
});
