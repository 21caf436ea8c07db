// 对比我的报告 /mine/: files parsed in the page join 对比 for the session, marked as
// the reader's own; bad files get the parser's error in words; nothing leaves the browser.
import { readFileSync } from "node:fs";
import { expect, test, waitForEngine } from "./fixtures";

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

  test("a binary file and an unrelated text get the parser's error in words; an oversized file is refused unread", async ({ page }) => {
    await page.goto("/mine/");
    await page.locator("[data-testid=drop-zone][data-ready=true]").waitFor();
    const png = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");
    await page.locator("input[type=file]").setInputFiles([
      { name: "picture.png", mimeType: "image/png", buffer: png },
      { name: "note.txt", mimeType: "text/plain", buffer: Buffer.from("今天天气很好。\n没有表格。\n") },
    ]);
    const failed = page.locator(".failed-files");
    await expect(failed.locator("li")).toHaveCount(2);
    await expect(failed.locator("li", { hasText: "picture.png" })).toContainText("binary");
    await expect(failed.locator("li", { hasText: "note.txt" })).toContainText("not-a-report");
    await expect(page.locator("section.my-report")).toHaveCount(0);

    await page.locator("input[type=file]").setInputFiles({ name: "huge.txt", mimeType: "text/plain", buffer: Buffer.alloc(20 * 1024 * 1024 + 1, 0x20) });
    await expect(failed.locator("li", { hasText: "huge.txt" })).toContainText("too-large");
    await expect(failed.locator("li", { hasText: "huge.txt" })).toContainText("未读取");
  });
});
