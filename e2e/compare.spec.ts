import { downloadBytes, downloadText, expect, test, waitForEngine } from "./fixtures";

const YINZHOU = "宁波市鄞州区卫生健康局";

test.describe("对比 /compare/", () => {
  test("the static HTML already shows the seeds' 2021 punishment figures, without JavaScript", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseURL}/compare/`);
    const table = page.locator("table.data-table").first();
    await expect(table.locator("tr", { hasText: YINZHOU })).toContainText("1,315");
    await expect(table.locator("tr", { hasText: "乐清市卫生健康局" })).toContainText("1,193");
    await expect(table.locator("tr", { hasText: "临渭区卫生健康局" })).toContainText("143");
    // The chart is in the HTML as SVG.
    await expect(page.locator(".chart-ssr svg")).toHaveCount(1);
    await context.close();
  });

  test("changing metric and year queries DuckDB-wasm, and the URL state survives a reload", async ({ page }) => {
    await page.goto("/compare/");
    await page.locator("select[name=metric]").selectOption("active_licensing_decisions");
    await expect(page).toHaveURL(/metric=active_licensing_decisions/);
    await waitForEngine(page);
    await page.getByRole("button", { name: "表格" }).click();
    const table = page.locator("table.data-table");
    await expect(table.locator("tr", { hasText: YINZHOU })).toContainText("12,581");
    await expect(table.locator("tr", { hasText: "乐清市卫生健康局" })).toContainText("4,718");

    await page.locator("select[name=year]").selectOption("2019");
    await expect(table.locator("tr", { hasText: "慈溪市卫生健康局" })).toContainText("5,037");
    await expect(page).toHaveURL(/year=2019/);

    await page.reload();
    await waitForEngine(page);
    await expect(page.locator("select[name=metric]")).toHaveValue("active_licensing_decisions");
    await expect(page.locator("select[name=year]")).toHaveValue("2019");
    await expect(page.locator("table.data-table").locator("tr", { hasText: "慈溪市卫生健康局" })).toContainText("5,037");
  });

  test("2020 (2019 template) punishment: 海盐县 430", async ({ page }) => {
    await page.goto("/compare/?year=2020&view=table");
    await waitForEngine(page);
    await expect(page.locator("table.data-table").locator("tr", { hasText: "海盐县卫生健康局" })).toContainText("430");
  });

  test("CSV holds exactly the rows shown", async ({ page }) => {
    await page.goto("/compare/?view=table");
    await waitForEngine(page);
    const shown = await page.locator("table.data-table tbody tr").count();
    const { name, text } = await downloadText(page, () => page.getByRole("button", { name: "下载 CSV" }).click());
    expect(name).toBe("compare-active_punishment_decisions-2021.csv");
    const lines = text.replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(lines[0]).toBe("排名,机构,地区,模板,行政处罚·本年处理决定数量（件）,离群");
    expect(lines).toHaveLength(shown + 1);
    expect(lines.some((l) => l.includes(`${YINZHOU},`) && l.includes(",1315,"))).toBe(true);
    expect(lines.some((l) => l.includes("临渭区卫生健康局,") && l.includes(",143,"))).toBe(true);
  });

  test("PNG (2×) and SVG exports are produced", async ({ page }) => {
    await page.goto("/compare/");
    await expect(page.locator("[data-chart-ready=true] .chart-host svg")).toHaveCount(1);
    const svg = await downloadText(page, () => page.getByRole("button", { name: "导出 SVG" }).click());
    expect(svg.name).toBe("compare-active_punishment_decisions-2021.svg");
    expect(svg.text).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg.text).toContain(YINZHOU);
    const png = await downloadBytes(page, () => page.getByRole("button", { name: "导出 PNG" }).click());
    expect(png.name).toBe("compare-active_punishment_decisions-2021.png");
    expect(png.bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
    const width = png.bytes.readUInt32BE(16);
    const chartWidth = await page.locator(".chart-host").evaluate((el) => el.getBoundingClientRect().width);
    expect(width).toBe(Math.round(Math.round(chartWidth) * 2));
  });

  test("clicking a bar opens that agency's page", async ({ page }) => {
    await page.goto("/compare/");
    await expect(page.locator("[data-chart-ready=true]")).toHaveCount(1);
    // The first (highest) bar is 宁波市鄞州区 with 1,315.
    const bar = page.locator(".chart-host svg path[fill='#3b6ea8']").first();
    await bar.click();
    await expect(page).toHaveURL(/\/agency\/\?name=/);
    await expect(page.locator("h1")).toContainText(YINZHOU);
  });

  test("Back from an agency's page returns to the comparison as it was left", async ({ page }) => {
    await page.goto("/compare/");
    await waitForEngine(page);
    await page.locator("select[name=metric]").selectOption("active_licensing_decisions");
    await expect(page).toHaveURL(/metric=active_licensing_decisions/);
    await expect(page.locator(".panel-head h2")).toContainText("行政许可");
    await page.locator(".chart-host svg path[fill='#3b6ea8']").first().click();
    await expect(page).toHaveURL(/\/agency\/\?name=/);
    await expect(page.locator("h1")).toContainText(YINZHOU);

    await page.goBack();
    await expect(page).toHaveURL(/\/compare\/\?metric=active_licensing_decisions/);
    await expect(page.locator("select[name=metric]")).toHaveValue("active_licensing_decisions");
    await page.getByRole("button", { name: "表格" }).click();
    await expect(page.locator("table.data-table").locator("tr", { hasText: YINZHOU })).toContainText("12,581");
    // And forward again to the agency.
    await page.goForward();
    await expect(page.locator("h1")).toContainText(YINZHOU);
  });

  test("another view is fetched when the reader reaches for its link, not while the page loads", async ({ page }) => {
    const trendRequests: string[] = [];
    page.on("request", (r) => {
      if (new URL(r.url()).pathname.startsWith("/trend")) trendRequests.push(r.url());
    });
    await page.goto("/compare/");
    await waitForEngine(page);
    await page.waitForLoadState("networkidle");
    expect(trendRequests).toEqual([]);
    const link = page.getByRole("navigation", { name: "main" }).getByRole("link", { name: "趋势" });
    await Promise.all([page.waitForRequest((r) => new URL(r.url()).pathname.startsWith("/trend")), link.hover()]);
    await link.click();
    await expect(page).toHaveURL(/\/trend\/$/);
    await expect(page.getByRole("heading", { level: 1, name: "趋势" })).toBeVisible();
  });

  test("English interface via ?lang=en", async ({ page }) => {
    await page.goto("/compare/?lang=en");
    await expect(page.locator("h1")).toHaveText("Compare agencies");
    await expect(page.locator("table.data-table").first().locator("tr", { hasText: YINZHOU })).toContainText("1,315");
    await page.getByRole("link", { name: "Overview" }).click();
    await expect(page).toHaveURL(/\/\?lang=en$/);
  });
});

test.describe("对比 /compare/: agency type and top/bottom N", () => {
  test("the agency type filter is in the URL", async ({ page }) => {
    await page.goto("/compare/?view=table");
    await waitForEngine(page);
    const type = page.locator("select[name=type]");
    await expect(type.locator("option").first()).toHaveText("全部");
    await expect(type.locator("option[value=health]")).toHaveText("卫生健康");
    await type.selectOption("health");
    await expect(page).toHaveURL(/type=health/);
    await waitForEngine(page);
    await expect(page.locator("table.data-table tbody tr")).toHaveCount(3);
    await page.goto("/compare/?view=table&type=government");
    await waitForEngine(page);
    await expect(page.locator("select[name=type]")).toHaveValue("government");
    await expect(page.locator(".state-empty")).toBeVisible();
  });

  test("a province the data does not hold (an edited link) filters nothing, as its select shows", async ({ page }) => {
    await page.goto(`/compare/?view=table&province=${encodeURIComponent("火星省")}&city=${encodeURIComponent("火星市")}`);
    await waitForEngine(page);
    await expect(page.locator("select[name=province]")).toHaveValue("");
    await expect(page.locator("table.data-table tbody tr")).toHaveCount(3);
  });

  test("top/bottom N draws the ends, says how many are hidden, and keeps every row in the table and CSV", async ({ page }) => {
    await page.goto("/compare/?top=1");
    await waitForEngine(page);
    // 2021: 鄞州 1,315 (top), 临渭 143 (bottom); 乐清 1,193 is hidden but is the median of all three.
    const note = page.locator(".panel-note");
    await expect(note).toContainText("中位数 1,193");
    await expect(note.locator(".hidden-count")).toHaveText(/最高和最低各 1 个机构，中间 1 个未画出（中位数与四分位数按全部 3 个计算/);
    const labels = page.locator("[data-chart-ready=true] .chart-host svg text");
    await expect(labels.filter({ hasText: "中间 1 个机构未画出" })).toHaveCount(1);
    await expect(labels.filter({ hasText: YINZHOU })).toHaveCount(1);
    await expect(labels.filter({ hasText: "临渭区卫生健康局" })).toHaveCount(1);
    await expect(labels.filter({ hasText: "乐清市卫生健康局" })).toHaveCount(0);
    await expect(page.locator("select[name=top]")).toHaveValue("1");
    await page.getByRole("button", { name: "表格" }).click();
    await expect(page.locator("table.data-table tbody tr")).toHaveCount(3);
    const { text } = await downloadText(page, () => page.getByRole("button", { name: "下载 CSV" }).click());
    expect(text.replace(/^\uFEFF/, "").trimEnd().split("\r\n")).toHaveLength(4);
  });
});
