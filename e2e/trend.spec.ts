import { downloadText, expect, test, waitForEngine } from "./fixtures";

test.describe("趋势 /trend/", () => {
  test("shows the chosen agencies over the years; table and URL state survive a reload", async ({ page }) => {
    const agencies = ["海盐县卫生健康局", "慈溪市卫生健康局"].map(encodeURIComponent).join("|");
    await page.goto(`/trend/?agencies=${agencies}&view=table`);
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
});
