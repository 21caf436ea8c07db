import { downloadText, expect, test, waitForEngine } from "./fixtures";

const AGENCIES = ["海盐县卫生健康局", "慈溪市卫生健康局"].map(encodeURIComponent).join("|");

test.describe("趋势 /trend/", () => {
  test("shows the chosen agencies over the years; table and URL state survive a reload", async ({ page }) => {
    await page.goto(`/trend/?agencies=${AGENCIES}&view=table`);
    await waitForEngine(page);
    const table = page.locator("table.data-table");
    await expect(table.locator("tr", { hasText: "海盐县卫生健康局" })).toContainText("430");
    await expect(table.locator("tr", { hasText: "慈溪市卫生健康局" })).toContainText("570");
    await expect(table.locator("tbody tr")).toHaveCount(2);
    await page.locator("select[name=metric]").selectOption("active_licensing_decisions");
    await expect(table.locator("tr", { hasText: "海盐县卫生健康局" })).toContainText("1,300");
    await page.reload();
    await waitForEngine(page);
    await expect(page.locator("select[name=metric]")).toHaveValue("active_licensing_decisions");
    await expect(page.locator("table.data-table").locator("tr", { hasText: "慈溪市卫生健康局" })).toContainText("5,037");
    const { text } = await downloadText(page, () => page.getByRole("button", { name: "下载 CSV" }).click());
    expect(text).toContain("慈溪市卫生健康局,2019,2019,5037");
  });

  test("agencies the data does not hold are named in the empty state", async ({ page }) => {
    await page.goto(`/trend/?agencies=${["不存在的局", "火星局"].map(encodeURIComponent).join("|")}`);
    await waitForEngine(page);
    await expect(page.locator(".state-empty")).toHaveText("数据中没有机构「不存在的局、火星局」的报告。请在上面选择一个机构。");
  });

  test("two metrics: added from the menu, in the URL, one panel each, and the table holds both", async ({ page }) => {
    await page.goto(`/trend/?agencies=${AGENCIES}&view=table`);
    await waitForEngine(page);
    await page.locator("select[name=addMetric]").selectOption("active_licensing_decisions");
    await expect(page).toHaveURL(/metric=active_punishment_decisions(%2C|,)active_licensing_decisions/);
    await waitForEngine(page);
    await expect(page.locator("select[name=metric]")).toHaveCount(2);
    const rows = page.locator("table.data-table tbody tr");
    await expect(rows).toHaveCount(4);
    await expect(rows.filter({ hasText: "行政许可·本年处理决定数量" }).filter({ hasText: "海盐县卫生健康局" })).toContainText("1,300");
    await expect(rows.filter({ hasText: "行政处罚·本年处理决定数量" }).filter({ hasText: "海盐县卫生健康局" })).toContainText("430");
    await page.getByRole("button", { name: "图表" }).click();
    const titles = page.locator("[data-chart-ready=true] .chart-host svg text");
    await expect(titles.filter({ hasText: /^行政处罚·本年处理决定数量$/ })).toHaveCount(1);
    await expect(titles.filter({ hasText: /^行政许可·本年处理决定数量$/ })).toHaveCount(1);
    await page.getByRole("button", { name: /移除指标 行政处罚/ }).click();
    await expect(page.locator("select[name=metric]")).toHaveCount(1);
    await expect(page.locator("select[name=metric]")).toHaveValue("active_licensing_decisions");
  });

  test("the year-over-year toggle is in the URL and relabels the panels", async ({ page }) => {
    await page.goto(`/trend/?agencies=${AGENCIES}`);
    await waitForEngine(page);
    await page.locator("input[name=yoy]").check();
    await expect(page).toHaveURL(/yoy=true/);
    await expect(page.locator("[data-chart-ready=true] .chart-host svg text", { hasText: "行政处罚·本年处理决定数量 · 同比变化" })).toHaveCount(1);
    await page.reload();
    await expect(page.locator("input[name=yoy]")).toBeChecked();
  });
});
