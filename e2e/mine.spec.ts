// 对比我的报告 /mine/: files parsed in the page join 对比 and 趋势 for the session, marked as
// the reader's own; bad files get the parser's error in words; nothing leaves the browser.
import { readFileSync } from "node:fs";
import { downloadText, expect, test, waitForEngine } from "./fixtures";

const SEED = "data/reports/seeds/000_37e37f6984e2b857.txt";
const YINZHOU = "宁波市鄞州区卫生健康局";

test.describe("对比我的报告 /mine/", () => {
  test("a seed chosen with the file input is parsed in the page and appears in 对比 with its real values", async ({ page }) => {
    await page.goto("/mine/");
    await page.locator("[data-testid=drop-zone][data-ready=true]").waitFor();
    await page.locator("input[type=file]").setInputFiles(SEED);
    const card = page.locator("section.my-report");
    await expect(card).toHaveCount(1);
    await expect(card.locator("h2")).toContainText(`我的 ${YINZHOU} · 2021`);
    await expect(card).toContainText("000_37e37f6984e2b857.txt");

    await card.getByRole("link", { name: "在对比中查看" }).click();
    await expect(page).toHaveURL(/\/compare\/\?year=2021&view=table/);
    await waitForEngine(page);
    const table = page.locator("table.data-table").first();
    const mine = table.locator("tr", { hasText: "我的" });
    await expect(mine).toHaveCount(1);
    await expect(mine).toContainText(YINZHOU);
    await expect(mine).toContainText("1,315");
    // The dataset's own copy of the report is still there, unmarked.
    await expect(table.locator("tr", { hasText: YINZHOU })).toHaveCount(2);

    // A reload keeps it for the session; the chart draws it in its own colour.
    await page.goto("/compare/?year=2021");
    await waitForEngine(page);
    await expect(page.locator(".chart-host svg path[fill='#1e8449']")).toHaveCount(1);
    await expect(page.locator(".chart-host svg")).toContainText(`${YINZHOU}（我的）`);
  });

  test("two of the reader's files for one agency and year: both rows in 趋势's table, and the page says the line shows one", async ({ page }) => {
    // The same seed twice, the second with a trailing newline: two files, two reports.
    const bytes = readFileSync(SEED);
    await page.goto("/mine/");
    await page.locator("[data-testid=drop-zone][data-ready=true]").waitFor();
    await page.locator("input[type=file]").setInputFiles([
      { name: "first.txt", mimeType: "text/plain", buffer: bytes },
      { name: "second.txt", mimeType: "text/plain", buffer: Buffer.concat([bytes, Buffer.from("\n")]) },
    ]);
    await expect(page.locator("section.my-report")).toHaveCount(2);
    await page.goto(`/trend/?agencies=${encodeURIComponent(YINZHOU)}&view=table`);
    await waitForEngine(page);
    await expect(page.locator("table.data-table tbody tr").filter({ hasText: "我的报告（本次会话）" })).toHaveCount(2);
    await expect(page.locator(".same-year-note")).toHaveText(`每条线每年画一份报告（表格列出全部）；同一年有多份报告的：${YINZHOU}（我的） 2021 年 2 份。`);
  });

  test("a seed chosen with the file input joins 趋势 as a line and rows of its own, beside the dataset's copy", async ({ page }) => {
    // The values as printed in the seed's table 二: line 42 行政许可, 43 its count; 50 行政处罚, 51 its count.
    const source = readFileSync(SEED, "utf8").split("\n").map((l) => l.trim());
    expect([source[41], source[49]]).toEqual(["行政许可", "行政处罚"]);
    const licensing = Number(source[42]);
    const punishment = Number(source[50]);
    const grouped = (n: number) => n.toLocaleString("en-US");

    await page.goto("/mine/");
    await page.locator("[data-testid=drop-zone][data-ready=true]").waitFor();
    await page.locator("input[type=file]").setInputFiles(SEED);
    await page.locator("section.my-report").getByRole("link", { name: "在趋势中查看" }).click();
    await expect(page).toHaveURL(/\/trend\/\?agencies=/);
    expect(new URL(page.url()).searchParams.get("agencies")).toBe(YINZHOU);
    await waitForEngine(page);
    // The chart: the reader's report is its own series, named as theirs in the legend.
    const legend = page.locator("[data-chart-ready=true] .chart-host svg text");
    await expect(legend.filter({ hasText: new RegExp(`^${YINZHOU}（我的）$`) })).toHaveCount(1);
    await expect(legend.filter({ hasText: new RegExp(`^${YINZHOU}$`) })).toHaveCount(1);

    await page.getByRole("button", { name: "表格" }).click();
    const rows = page.locator("table.data-table tbody tr");
    await expect(rows).toHaveCount(2);
    const theirs = rows.filter({ hasText: "我的报告（本次会话）" });
    const dataset = rows.filter({ hasText: "数据集" });
    await expect(theirs.locator("td")).toHaveText(["行政处罚·本年处理决定数量", `${YINZHOU}我的`, "2021", "2021", grouped(punishment), "件", "—", "—", "—", "我的报告（本次会话）"]);
    await expect(dataset.locator("td")).toHaveText(["行政处罚·本年处理决定数量", YINZHOU, "2021", "2021", grouped(punishment), "件", "—", "—", "—", "数据集"]);

    await page.locator("select[name=metric]").selectOption("active_licensing_decisions");
    await waitForEngine(page);
    await expect(theirs.locator("td").nth(4)).toHaveText(grouped(licensing));
    await expect(dataset.locator("td").nth(4)).toHaveText(grouped(licensing));
    const { text } = await downloadText(page, () => page.getByRole("button", { name: "下载 CSV" }).click());
    expect(text).toContain(`${YINZHOU},2021,2021,${licensing},件,,,,我的报告（本次会话）`);
    expect(text).toContain(`${YINZHOU},2021,2021,${licensing},件,,,,数据集`);

    // Removed on 对比我的报告: 趋势 is back to the dataset alone.
    await page.goto("/mine/");
    await page.locator("section.my-report").getByRole("button", { name: "移除" }).click();
    await expect(page.locator("section.my-report")).toHaveCount(0);
    await page.goto(`/trend/?agencies=${encodeURIComponent(YINZHOU)}&view=table`);
    await waitForEngine(page);
    await expect(page.locator("table.data-table tbody tr")).toHaveCount(1);
    await expect(page.locator("table.data-table tbody tr")).toContainText("数据集");
  });

  test("a seed chosen with the file input joins 机构 as a column, a line and a report of its own", async ({ page }) => {
    // 行政处罚 as printed in the seed's table 二: the label on line 50, its count on line 51.
    const source = readFileSync(SEED, "utf8").split("\n").map((l) => l.trim());
    expect(source[49]).toBe("行政处罚");
    const punishment = Number(source[50]).toLocaleString("en-US");

    await page.goto("/mine/");
    await page.locator("[data-testid=drop-zone][data-ready=true]").waitFor();
    await page.locator("input[type=file]").setInputFiles(SEED);
    await page.locator("section.my-report").getByRole("link", { name: "机构页" }).click();
    await waitForEngine(page);
    await expect(page.locator("h1")).toContainText(YINZHOU);
    const keyTable = page.locator("section.panel", { hasText: "主要指标" }).locator("table");
    const headers = await keyTable.locator("thead th").allTextContents();
    expect([...headers].sort()).toEqual(["2021", "2021（我的）", "指标"]);
    const row = keyTable.locator("tr", { hasText: "行政处罚·本年处理决定数量" }).locator("td");
    await expect(row.nth(headers.indexOf("2021（我的）"))).toHaveText(punishment);
    await expect(row.nth(headers.indexOf("2021"))).toHaveText(punishment);
    await expect(page.locator(".chart-host svg").first()).toContainText(`${YINZHOU}（我的）`);
    await expect(page.locator("table.data-table tr", { hasText: "000_37e37f6984e2b857.txt" }).filter({ hasText: "我的" })).not.toHaveCount(0);
  });

  test("a file dropped on the page is read the same way, and SQL sees it in reports with mine = true", async ({ page }) => {
    await page.goto("/mine/");
    await page.locator("[data-testid=drop-zone][data-ready=true]").waitFor();
    const text = readFileSync("data/reports/seeds/004_309576c5c0f6d228.txt", "utf8");
    await page.locator("[data-testid=drop-zone]").evaluate((zone, content) => {
      const data = new DataTransfer();
      data.items.add(new File([content], "dropped-report.txt", { type: "text/plain" }));
      zone.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
    }, text);
    await expect(page.locator("section.my-report")).toHaveCount(1);
    await expect(page.locator("section.my-report")).toContainText("dropped-report.txt");
    await page.goto(`/sql/?q=${encodeURIComponent("SELECT file, mine FROM reports WHERE mine")}`);
    await waitForEngine(page);
    await expect(page.locator(".sql-grid tbody tr")).toHaveCount(1);
    await expect(page.locator(".sql-grid tbody tr").first()).toHaveText("1dropped-report.txttrue");
  });

  test("an image and an unrelated text get the parser's error in words; an oversized file is refused unread", async ({ page }) => {
    await page.goto("/mine/");
    await page.locator("[data-testid=drop-zone][data-ready=true]").waitFor();
    const png = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");
    await page.locator("input[type=file]").setInputFiles([
      { name: "picture.png", mimeType: "image/png", buffer: png },
      { name: "note.txt", mimeType: "text/plain", buffer: Buffer.from("今天天气很好。\n没有表格。\n") },
    ]);
    const failed = page.locator(".failed-files");
    await expect(failed.locator("li")).toHaveCount(2);
    await expect(failed.locator("li", { hasText: "picture.png" })).toContainText("unsupported-format");
    await expect(failed.locator("li", { hasText: "picture.png" })).toContainText("an image (PNG), not text: a scanned report needs OCR first");
    await expect(failed.locator("li", { hasText: "note.txt" })).toContainText("not-a-report");
    await expect(page.locator("section.my-report")).toHaveCount(0);

    await page.locator("input[type=file]").setInputFiles({ name: "huge.txt", mimeType: "text/plain", buffer: Buffer.alloc(20 * 1024 * 1024 + 1, 0x20) });
    await expect(failed.locator("li", { hasText: "huge.txt" })).toContainText("too-large");
    await expect(failed.locator("li", { hasText: "huge.txt" })).toContainText("未读取");
  });
});
