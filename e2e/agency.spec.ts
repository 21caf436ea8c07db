import { expect, test, waitForEngine } from "./fixtures";

test.describe("机构 /agency/", () => {
  test("shows one agency's figures; the metric choice is in the URL", async ({ page }) => {
    await page.goto(`/agency/?name=${encodeURIComponent("乐清市卫生健康局")}`);
    await waitForEngine(page);
    await expect(page.locator("h1")).toContainText("乐清市卫生健康局");
    const keyTable = page.locator("section.panel", { hasText: "主要指标" }).locator("table");
    await expect(keyTable.locator("tr", { hasText: "行政处罚·本年处理决定数量" })).toContainText("1,193");
    await expect(keyTable.locator("tr", { hasText: "行政许可·本年处理决定数量" })).toContainText("4,718");
    await page.locator("select[name=metric]").selectOption("active_licensing_decisions");
    await expect(page).toHaveURL(/metric=active_licensing_decisions/);
    await page.reload();
    await waitForEngine(page);
    await expect(page.locator("select[name=metric]")).toHaveValue("active_licensing_decisions");
  });

  test("an unknown agency says there is no data", async ({ page }) => {
    await page.goto(`/agency/?name=${encodeURIComponent("不存在的局")}`);
    await waitForEngine(page);
    await expect(page.locator(".state-empty")).toBeVisible();
  });
});
