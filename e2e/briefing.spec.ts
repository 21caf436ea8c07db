// Charts for briefings: the embed page (alone, inside another origin's iframe, with
// no request to another host), exports with title, unit and source drawn in, the
// embed dialog, and print to A4.
import { writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { downloadBytes, downloadText, expect, test } from "./fixtures";

const YINZHOU = "宁波市鄞州区卫生健康局";
const YUEQING = "乐清市卫生健康局";
const LINWEI = "临渭区卫生健康局";
const PUNISHMENT_2021 = "/embed/?chart=compare&metric=active_punishment_decisions&year=2021";
const TITLE = "行政处罚·本年处理决定数量 · 2021";

/** PNG width and height from the IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Pages of a PDF and the size of the first, in points. */
function pdfPages(pdf: Buffer): { pages: number; width: number; height: number } {
  const text = pdf.toString("latin1");
  const pages = text.match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
  const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(text);
  return { pages, width: Number(box?.[1]), height: Number(box?.[2]) };
}

test.describe("嵌入 /embed/", () => {
  test("one chart with title, definition, unit, the seeds' figures and the source line; no site chrome; only loopback requests", async ({ page, baseURL }) => {
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    const response = await page.goto(PUNISHMENT_2021);
    // Nothing stops another site from framing the page.
    expect(response!.headers()["x-frame-options"]).toBeUndefined();
    expect(response!.headers()["content-security-policy"] ?? "").not.toContain("frame-ancestors");
    const figure = page.locator("figure.embed-root");
    await expect(figure.locator("h1")).toHaveText(TITLE);
    await expect(figure.locator(".embed-subtitle")).toContainText("单位：件。口径：报告二、主动公开政府信息情况中「行政处罚」行「本年处理决定数量」栏的印刷值");
    await expect(figure.locator("figcaption")).toHaveText(/^来源：各单位政府信息公开工作年度报告（3 份报告）；数据生成于 \d{4}-\d{2}-\d{2}$/);
    const svg = figure.locator("[data-chart-ready=true] .chart-host svg");
    await expect(svg).toHaveCount(1);
    for (const text of [YINZHOU, YUEQING, LINWEI, "1,315", "1,193", "143"]) await expect(svg.locator("text", { hasText: text }).first()).toBeAttached();
    // The bar labels in rank order: 1,315 > 1,193 > 143.
    const labels = await svg.locator("text").allTextContents();
    expect(labels.indexOf("1,315")).toBeLessThan(labels.indexOf("1,193"));
    expect(labels.indexOf("1,193")).toBeLessThan(labels.indexOf("143"));
    await expect(page.locator(".site-header, nav, .banner-synthetic")).toHaveCount(0);
    const own = new URL(baseURL!).origin;
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => !u.startsWith(`${own}/`) && !u.startsWith("blob:") && !u.startsWith("data:"))).toEqual([]);
  });

  test("another chart state through DuckDB-wasm: a trend of two agencies, in English, dark, without legend, at a fixed height", async ({ page }) => {
    const agencies = encodeURIComponent(`${YINZHOU}|${YUEQING}`);
    await page.goto(`/embed/?chart=trend&metric=active_punishment_decisions&agencies=${agencies}&lang=en&theme=dark&legend=off&height=300`);
    const figure = page.locator("figure.embed-root[data-theme=dark]");
    await expect(figure.locator("h1")).toHaveText("Administrative punishment · Decisions this year · 2021", { timeout: 60_000 });
    await expect(figure.locator(".embed-subtitle")).toContainText("Unit: items.");
    await expect(figure.locator("figcaption")).toContainText("2 reports; data built");
    const svg = figure.locator("[data-chart-ready=true] .chart-host svg");
    await expect(svg.locator("text", { hasText: "1,315" })).toHaveCount(1);
    await expect(svg.locator("text", { hasText: "1,193" })).toHaveCount(1);
    await expect(svg).toHaveAttribute("height", "300");
    // Legend off: no series name is drawn.
    await expect(svg.locator("text", { hasText: YINZHOU })).toHaveCount(0);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });

  test("an unknown metric is an error, not another chart", async ({ page }) => {
    await page.goto("/embed/?chart=compare&metric=no-such-metric&year=2021");
    await expect(page.locator(".state-error")).toContainText("未知指标：no-such-metric");
    await expect(page.locator(".chart-host")).toHaveCount(0);
  });

  test("readable at 320 px: the chart fits the width and the texts wrap", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 560 });
    await page.goto(PUNISHMENT_2021);
    const svg = page.locator("[data-chart-ready=true] .chart-host svg");
    await expect(svg.locator("text", { hasText: "143" })).toHaveCount(1);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(320);
    const box = await svg.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(320);
    expect(box!.height).toBeGreaterThanOrEqual(200);
  });

  test("renders inside an iframe on a page of another origin", async ({ page, baseURL }) => {
    const src = `${baseURL}${PUNISHMENT_2021}`;
    const host: Server = createServer((_, res) => {
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      res.end(`<!doctype html><meta charset="utf-8"><title>Briefing</title><h1>内部简报</h1><iframe id="chart" src="${src}" width="640" height="520" style="border:0"></iframe>`);
    });
    await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
    const other = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
    try {
      expect(new URL(other).origin).not.toBe(new URL(baseURL!).origin);
      // The guard allows only the site's own server; the host page's server is allowed here too.
      await page.route(`${other}/**`, (route) => route.continue());
      await page.goto(`${other}/`);
      const frame = page.frameLocator("#chart");
      await expect(frame.locator("h1")).toHaveText(TITLE);
      const svg = frame.locator("[data-chart-ready=true] .chart-host svg");
      for (const text of ["1,315", "1,193", "143"]) await expect(svg.locator("text", { hasText: text }).first()).toBeAttached();
      await expect(frame.locator("figcaption")).toContainText("来源：各单位政府信息公开工作年度报告");
    } finally {
      await new Promise((resolve) => host.close(resolve));
    }
  });
});

test.describe("导出与嵌入对话框", () => {
  test("SVG export holds the title, the unit, the source and the numbers; PNG is 2× and 3× its size", async ({ page }) => {
    await page.goto("/compare/");
    await expect(page.locator("[data-chart-ready=true] .chart-host svg")).toHaveCount(1);
    const svg = await downloadText(page, () => page.getByRole("button", { name: "导出 SVG" }).click());
    expect(svg.name).toBe("compare-active_punishment_decisions-2021.svg");
    expect(svg.text).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="\d+" height="\d+"/);
    expect(svg.text).toContain(`>${TITLE}</text>`);
    expect(svg.text).toContain("单位：件。口径：");
    expect(svg.text).toMatch(/来源：各单位政府信息公开工作年度报告（3 份报告）；数据生成于 \d{4}-\d{2}-\d{2}/);
    for (const text of [YINZHOU, YUEQING, LINWEI, ">1,315<", ">1,193<", ">143<"]) expect(svg.text).toContain(text);
    const width = Number(/width="(\d+)"/.exec(svg.text)![1]);
    const height = Number(/height="(\d+)"/.exec(svg.text)![1]);
    const chartWidth = await page.locator(".chart-host").evaluate((el) => Math.round(el.getBoundingClientRect().width));
    expect(width).toBe(chartWidth);

    const png2 = await downloadBytes(page, () => page.getByRole("button", { name: "导出 PNG" }).click());
    expect(png2.name).toBe("compare-active_punishment_decisions-2021.png");
    expect(pngSize(png2.bytes)).toEqual({ width: width * 2, height: height * 2 });
    const png3 = await downloadBytes(page, () => page.getByRole("button", { name: "PNG 3×" }).click());
    expect(png3.name).toBe("compare-active_punishment_decisions-2021@3x.png");
    expect(pngSize(png3.bytes)).toEqual({ width: width * 3, height: height * 3 });
  });

  test("the embed dialog gives the iframe snippet and link of the current state, with a live preview", async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
    await page.goto("/compare/?metric=active_licensing_decisions&year=2021");
    await page.getByRole("button", { name: "嵌入" }).click();
    const dialog = page.getByRole("dialog", { name: "嵌入图表" });
    await expect(dialog).toBeVisible();
    const link = `${baseURL}/embed/?chart=compare&metric=active_licensing_decisions&year=2021`;
    await expect(dialog.locator("input[name=embed-link]")).toHaveValue(link);
    await expect(dialog.locator("textarea[name=embed-snippet]")).toHaveValue(new RegExp(`^<iframe src="${link.replaceAll("&", "&amp;").replace(/[?.]/g, "\\$&")}" title="行政许可·本年处理决定数量 · 2021" width="100%" height="\\d+"`));
    await dialog.locator("select[name=embed-theme]").selectOption("dark");
    await dialog.getByRole("checkbox", { name: "显示图例" }).uncheck();
    await expect(dialog.locator("input[name=embed-link]")).toHaveValue(`${link}&theme=dark&legend=off`);
    await dialog.getByRole("button", { name: "复制 · 直接链接" }).click();
    await expect(dialog.getByRole("status")).toHaveText("已复制");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${link}&theme=dark&legend=off`);
    // The preview is the embed page itself, with the licensing figures (宁波市鄞州区 12,581).
    const preview = dialog.frameLocator("iframe");
    await expect(preview.locator("figure.embed-root[data-theme=dark] h1")).toHaveText("行政许可·本年处理决定数量 · 2021", { timeout: 60_000 });
    await expect(preview.locator("[data-chart-ready=true] .chart-host svg text", { hasText: "12,581" })).toHaveCount(1);
    await dialog.getByRole("button", { name: "关闭" }).click();
    await expect(dialog).toBeHidden();
  });
});

test.describe("打印 A4", () => {
  // Pages as measured on the seeds: the comparison fits on one; the agency page adds
  // the three official forms, which start a second page rather than being cut.
  for (const [path, heading, pages] of [
    ["/compare/", "机构对比", 1],
    ["/agency/", "机构", 2],
  ] as const) {
    test(`${path} prints as A4 pages with chart, table and source, without navigation`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator("[data-chart-ready=true] .chart-host svg")).toHaveCount(1);
      await page.emulateMedia({ media: "print" });
      await expect(page.locator("h1")).toContainText(heading);
      await expect(page.locator(".site-header")).toBeHidden();
      await expect(page.locator("form.controls").first()).toBeHidden();
      await expect(page.locator(".toolbar").first()).toBeHidden();
      // The chart's table (a closed <details> on screen) and the source line are printed.
      await expect(page.locator(".table-details table.data-table").first()).toBeVisible();
      await expect(page.locator(".print-source").first()).toBeVisible();
      await expect(page.locator(".print-source").first()).toContainText("来源：各单位政府信息公开工作年度报告");
      // The chart is redrawn at the A4 text width (app/components/charts/EChart.tsx).
      await expect(page.locator(".chart-host svg").first()).toHaveAttribute("width", "700");
      const bytes = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      if (process.env.PRINT_PDF_DIR) writeFileSync(`${process.env.PRINT_PDF_DIR}/${path.replaceAll("/", "") || "overview"}.pdf`, bytes);
      const pdf = pdfPages(bytes);
      expect(Math.round(pdf.width)).toBe(595);
      expect(Math.round(pdf.height)).toBe(842);
      expect(pdf.pages).toBe(pages);
      // A table moves to the next page whole instead of being cut in half.
      for (const table of await page.locator("table").all()) {
        expect(await table.evaluate((t) => getComputedStyle(t).breakInside)).toBe("avoid");
      }
    });
  }
});
