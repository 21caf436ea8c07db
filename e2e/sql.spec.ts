// SQL 查询 /sql/: real numbers from the seeds, errors shown (never thrown), CSV and
// Parquet downloads, chart in the URL, cancel, and a console that cannot reach
// anything but the dataset.
import { parquetReadObjects } from "hyparquet";
import { downloadBytes, downloadText, expect, test, waitForEngine } from "./fixtures";
import type { Page } from "@playwright/test";

const PUNISHMENT_2021 = "SELECT agency, active_punishment_decisions FROM reports WHERE year = 2021 ORDER BY 2 DESC";

async function runSql(page: Page, sql: string) {
  await page.locator("textarea[name=sql]").fill(sql);
  await page.getByRole("button", { name: "运行" }).click();
  await expect(page.locator("section.sql-result")).toHaveAttribute("aria-busy", "false", { timeout: 60_000 });
}

function gridRows(page: Page) {
  return page.locator(".sql-grid tbody tr");
}

test.describe("SQL /sql/", () => {
  test("a query returns the seeds' 2021 punishment figures, with row count and time; the query is in the URL", async ({ page }) => {
    await page.goto("/sql/");
    await runSql(page, PUNISHMENT_2021);
    await expect(page.locator(".sql-count")).toHaveText(/^3 行，用时 \d+ 毫秒$/);
    const rows = gridRows(page);
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(0)).toHaveText("1宁波市鄞州区卫生健康局1315");
    await expect(rows.nth(1)).toHaveText("2乐清市卫生健康局1193");
    await expect(rows.nth(2)).toHaveText("3临渭区卫生健康局143");
    await expect(page).toHaveURL(/[?&]q=SELECT/);

    // A shared link runs its query on load.
    await page.reload();
    await waitForEngine(page);
    await expect(gridRows(page).nth(0)).toHaveText("1宁波市鄞州区卫生健康局1315");
  });

  test("a syntax error is shown in words, not thrown", async ({ page }) => {
    await page.goto("/sql/");
    await runSql(page, "SELECT agency FROM reports WHERE");
    const alert = page.locator(".sql-result [role=alert]");
    await expect(alert).toContainText("查询出错");
    await expect(alert).toContainText("Parser Error");
    // The fixture fails the test on any page error or console error.
  });

  test("CSV and Parquet downloads hold the result", async ({ page }) => {
    await page.goto("/sql/");
    await runSql(page, PUNISHMENT_2021);
    const csv = await downloadText(page, () => page.getByRole("button", { name: "下载 CSV" }).click());
    expect(csv.name).toBe("query.csv");
    expect(csv.text.replace(/^\uFEFF/, "")).toBe(
      "agency,active_punishment_decisions\r\n宁波市鄞州区卫生健康局,1315\r\n乐清市卫生健康局,1193\r\n临渭区卫生健康局,143\r\n",
    );
    const pq = await downloadBytes(page, () => page.getByRole("button", { name: "下载 Parquet" }).click());
    expect(pq.name).toBe("query.parquet");
    expect(pq.bytes.subarray(0, 4).toString("latin1")).toBe("PAR1");
    const file = new Uint8Array(pq.bytes).buffer;
    const rows = await parquetReadObjects({ file });
    expect(rows).toEqual([
      { agency: "宁波市鄞州区卫生健康局", active_punishment_decisions: 1315 },
      { agency: "乐清市卫生健康局", active_punishment_decisions: 1193 },
      { agency: "临渭区卫生健康局", active_punishment_decisions: 143 },
    ]);
  });

  test("reading a URL or installing an extension fails with a message and sends no request", async ({ page, baseURL, guard }) => {
    const own = new URL(baseURL!).host;
    await page.goto("/sql/");
    await runSql(page, "SELECT 1 AS one");
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));

    await runSql(page, "SELECT * FROM read_csv('http://example.com/x.csv')");
    await expect(page.locator(".sql-result [role=alert]")).toContainText("read_csv");
    await runSql(page, "SELECT * FROM 'https://example.com/a.parquet'");
    await expect(page.locator(".sql-result [role=alert]")).toContainText("不允许访问网址");
    await runSql(page, "INSTALL httpfs");
    await expect(page.locator(".sql-result [role=alert]")).toContainText("只允许只读查询");
    await runSql(page, "SELECT 1; LOAD httpfs");
    await expect(page.locator(".sql-result [role=alert]")).toContainText("一次只能运行一条语句");
    // Past the guard, the engine itself refuses files: external access is off and locked.
    await runSql(page, "SELECT * FROM 'reports.csv'");
    await expect(page.locator(".sql-result [role=alert]")).toContainText("查询出错");
    await runSql(page, "SELECT current_setting('enable_external_access') AS ext, current_setting('lock_configuration') AS locked, current_setting('autoinstall_known_extensions') AS autoinstall");
    await expect(gridRows(page).nth(0)).toHaveText("1falsetruefalse");

    expect(requests.filter((u) => new URL(u).host !== own)).toEqual([]);
    // Nothing at all is fetched for these queries (the favicon is re-read when the URL changes).
    expect(requests.filter((u) => !u.startsWith("blob:") && !u.startsWith("data:") && !new URL(u).pathname.startsWith("/icon.svg"))).toEqual([]);
    expect(guard.foreignRequests).toEqual([]);
  });

  test("a long query can be cancelled, and the console keeps working", async ({ page }) => {
    await page.goto("/sql/");
    await runSql(page, "SELECT 1 AS warm");
    await page.locator("textarea[name=sql]").fill("SELECT count(*) FROM range(100000000000) a");
    await page.getByRole("button", { name: "运行" }).click();
    await expect(page.getByRole("button", { name: "取消" })).toBeEnabled();
    await page.waitForTimeout(500);
    const started = Date.now();
    await page.getByRole("button", { name: "取消" }).click();
    await expect(page.locator(".sql-result")).toContainText("查询已取消");
    expect(Date.now() - started).toBeLessThan(5_000);
    await runSql(page, "SELECT 42 AS answer");
    await expect(gridRows(page).nth(0)).toHaveText("142");
  });

  test("one click draws a chart; its columns and type live in the URL", async ({ page }) => {
    await page.goto("/sql/");
    await runSql(page, PUNISHMENT_2021);
    await page.getByRole("button", { name: "画图" }).click();
    await expect(page).toHaveURL(/chart=bar/);
    await expect(page.locator(".sql-chart [data-chart-ready=true] svg")).toHaveCount(1);
    await expect(page.locator(".sql-chart svg")).toContainText("宁波市鄞州区卫生健康局");
    await page.locator("select[name=chart]").selectOption("line");
    await page.locator("select[name=y]").selectOption("active_punishment_decisions");
    await expect(page).toHaveURL(/chart=line/);
    await expect(page).toHaveURL(/y=active_punishment_decisions/);
    await page.reload();
    await waitForEngine(page);
    await expect(page.locator("select[name=chart]")).toHaveValue("line");
    await expect(page.locator(".sql-chart [data-chart-ready=true] svg")).toHaveCount(1);
  });

  test("the schema lists every table with Chinese column labels, and paging works", async ({ page }) => {
    await page.goto("/sql/");
    const schema = page.locator(".sql-schema");
    await expect(schema).toContainText("active_punishment_decisions");
    await expect(schema.locator("li", { hasText: "active_punishment_decisions" })).toContainText("行政处罚");
    for (const table of ["reports", "cells", "checks", "diagnostics", "failures"]) await expect(schema.locator("summary", { hasText: table })).toHaveCount(1);
    await runSql(page, "SELECT cell_id, value FROM cells ORDER BY report_id, cell_id");
    await expect(page.locator(".sql-count")).toContainText("982 行");
    await expect(gridRows(page)).toHaveCount(50);
    await expect(page.locator(".pager")).toContainText("第 1 / 20 页");
    await page.getByRole("button", { name: "下一页" }).click();
    await expect(page.locator(".pager")).toContainText("第 2 / 20 页");
    await expect(gridRows(page).nth(0).locator("td").first()).toHaveText("51");
  });
});
