import { expect, test, waitForEngine } from "./fixtures";

const YINZHOU = "宁波市鄞州区卫生健康局";

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

  test("an unknown agency says the data holds none of its reports", async ({ page }) => {
    await page.goto(`/agency/?name=${encodeURIComponent("不存在的局")}`);
    await waitForEngine(page);
    await expect(page.locator(".state-empty")).toHaveText("数据中没有机构「不存在的局」的报告。请在上面选择一个机构。");
  });

  test("an empty name in the URL shows the default agency, as no name does", async ({ page }) => {
    await page.goto("/agency/");
    await waitForEngine(page);
    const fallback = await page.locator("h1 .agency-name").textContent();
    expect(fallback).not.toBe("—");
    await page.goto("/agency/?name=");
    await waitForEngine(page);
    await expect(page.locator("h1 .agency-name")).toHaveText(fallback!);
    await expect(page.locator(".state-empty")).toHaveCount(0);
  });

  test("lays out tables 二, 三 and 四 like the 2021 forms", async ({ page }) => {
    await page.goto(`/agency/?name=${encodeURIComponent(YINZHOU)}`);
    await waitForEngine(page);
    await expect(page.locator(".report-forms h2")).toHaveText("报告表格（2021 年）");
    const active = page.locator("table[data-form=active]");
    await expect(active.locator("tr.form-section th")).toHaveText(["第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项"]);
    await expect(active.locator("tr", { hasText: "规章" }).locator("td")).toHaveCount(3);
    await expect(active).toContainText("本年收费金额（单位：万元）");
    const apps = page.locator("table[data-form=applications]");
    await expect(apps.locator("thead tr").nth(0)).toContainText("申请人情况");
    await expect(apps.locator("thead tr").nth(1).locator("th")).toHaveText(["自然人", "法人或其他组织", "总计"]);
    await expect(apps.locator("thead tr").nth(2).locator("th")).toHaveText(["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]);
    await expect(apps.locator("tbody tr").first().locator("td")).toHaveCount(7);
    await expect(apps.locator("tbody th.form-group")).toHaveText("三、本年度办理结果");
    await expect(apps.locator("tbody th.form-subgroup", { hasText: "（三）不予公开" })).toHaveAttribute("rowspan", "8");
    await expect(apps.locator("tr[data-row=newReceived] td").last()).toHaveText("3");
    const review = page.locator("table[data-form=reviewLitigation]");
    await expect(review.locator("thead tr").nth(0).locator("th")).toHaveText(["行政复议", "行政诉讼"]);
    await expect(review.locator("thead tr").nth(1).locator("th")).toHaveText(["未经复议直接起诉", "复议后起诉"]);
    await expect(review.locator("thead tr").nth(2).locator("th")).toHaveCount(15);
    await expect(review.locator("tbody td")).toHaveCount(15);
  });

  test("a cell with a finding is highlighted and explained; any value shows its source file and line", async ({ page }) => {
    await page.goto(`/agency/?name=${encodeURIComponent(YINZHOU)}`);
    await waitForEngine(page);
    const message = "（七）总计 3 ≠ 各办理结果之和 4（自然人）";
    const flagged = page.locator('td[data-cell="applications.totalProcessed.naturalPerson"]');
    await expect(flagged).toHaveClass(/finding-error/);
    await expect(flagged.locator("button")).toHaveText("3");
    await expect(flagged.locator("button")).toHaveAttribute("title", new RegExp(message.replace(/[()（）]/g, ".")));
    await flagged.locator("button").hover();
    const detail = page.locator("#form-cell-detail");
    await expect(detail).toContainText(message);
    await expect(detail).toContainText("第 310 行");
    await expect(page.locator(".form-findings li", { hasText: message })).toHaveCount(1);

    const punishment = page.locator('td[data-cell="active.punishment.decisions"] button');
    await expect(punishment).toHaveText("1,315");
    await punishment.focus();
    await expect(detail.locator(".cell-source")).toHaveText("data/reports/seeds/000_37e37f6984e2b857.txt 第 51 行");
    await expect(detail).toContainText("行政处罚 · 本年处理决定数量");
    await expect(page.locator('td[data-cell="active.punishment.decisions"]')).not.toHaveClass(/finding/);

    // The list's button takes the reader to the cell.
    await page.locator(".form-findings li", { hasText: message }).getByRole("button", { name: "定位单元格" }).click();
    await expect(flagged.locator("button")).toBeFocused();
  });

  test("lists what the parser reported about the report shown", async ({ page }) => {
    // Seed 004 names no agency in its title or opening: the parser inferred it, and said so.
    await page.goto(`/agency/?name=${encodeURIComponent("慈溪市卫生健康局")}`);
    await waitForEngine(page);
    const diagnostics = page.locator(".form-diagnostics li");
    await expect(diagnostics).toHaveCount(1);
    await expect(diagnostics).toContainText("警告 agency-inferred");
    await expect(diagnostics).toContainText('inferred "慈溪市卫生健康局" from "市卫生健康局"');
    // Seed 000 gave no diagnostic.
    await page.goto(`/agency/?name=${encodeURIComponent(YINZHOU)}`);
    await waitForEngine(page);
    await expect(page.locator(".report-forms")).toContainText("解析器没有报告问题。");
    await expect(page.locator(".form-diagnostics li")).toHaveCount(0);
  });
});
