// 对比我的报告 with PDF and Word files: pdf.js and the DOCX, DOC and RTF readers run in the page
// (pdf.js's worker code on the page's own thread, nothing fetched from elsewhere), and
// the report joins 对比 with the values of the golden files, which were written by
// reading the seed sources cell by cell. The fixture guards every test: no request
// leaves the origin and no console error.
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test, waitForEngine } from "./fixtures";

interface Golden {
  meta: { agency: string; year: number; template: string };
  active: { punishment: { decisions: number }; licensing: { decisions: number } };
}

const golden = (seed: string): Golden => JSON.parse(readFileSync(`data/fixtures/seeds/${seed}.expected.json`, "utf8")) as Golden;
const grouped = (n: number) => n.toLocaleString("en-US");

// The seed-004 fixtures keep only the paragraphs that say 我局, not the one naming 慈溪
// (lib/parse/pdf-docx-golden.test.ts): the page must show no agency rather than invent one.
const SEED_000 = golden("000_37e37f6984e2b857");
const SEED_004 = golden("004_309576c5c0f6d228");
const CASES = [
  { file: "data/fixtures/pdf/seed-000.pdf", format: "pdf", golden: SEED_000, agency: SEED_000.meta.agency },
  { file: "data/fixtures/pdf/seed-004.pdf", format: "pdf", golden: SEED_004, agency: null },
  { file: "data/fixtures/docx/seed-004.docx", format: "docx", golden: SEED_004, agency: null },
  { file: "data/fixtures/docx/seed-000.docx", format: "docx", golden: SEED_000, agency: SEED_000.meta.agency },
  { file: "data/fixtures/doc/seed-000.doc", format: "doc", golden: SEED_000, agency: SEED_000.meta.agency },
  { file: "data/fixtures/rtf/seed-000.rtf", format: "rtf", golden: SEED_000, agency: SEED_000.meta.agency },
];

const MIME: Record<string, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  doc: "application/msword",
  rtf: "application/rtf",
};

/** Opens 对比我的报告 and drops the file as a real drag-and-drop would deliver it: a File in a DataTransfer. */
async function dropOnMine(page: Page, file: string, type: string): Promise<void> {
  await page.goto("/mine/");
  await page.locator("[data-testid=drop-zone][data-ready=true]").waitFor();
  await page.locator("[data-testid=drop-zone]").evaluate(
    (zone, { base64, fileName, type }) => {
      const data = new DataTransfer();
      data.items.add(new File([Uint8Array.from(atob(base64), (ch) => ch.charCodeAt(0))], fileName, { type }));
      zone.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    { base64: readFileSync(file).toString("base64"), fileName: file.split("/").pop()!, type },
  );
}

test.describe("对比我的报告 /mine/: PDF and Word", () => {
  for (const c of CASES) {
    const name = c.file.split("/").pop()!;
    test(`${name} is parsed in the page and joins 对比 with the golden values`, async ({ page }) => {
      const { year, template } = c.golden.meta;
      await dropOnMine(page, c.file, MIME[c.format]!);
      const card = page.locator("section.my-report");
      await expect(card).toHaveCount(1, { timeout: 60_000 });
      await expect(page.locator(".failed-files")).toHaveCount(0);
      await expect(card.locator("h2")).toContainText(`我的 ${c.agency ?? "—"} · ${year}`);
      await expect(card).toContainText(`格式：${c.format}`);
      await expect(card).toContainText(`模板：${template}`);

      await card.getByRole("link", { name: "在对比中查看" }).click();
      await expect(page).toHaveURL(new RegExp(`/compare/\\?year=${year}&view=table`));
      await waitForEngine(page);
      const table = page.locator("table.data-table").first();
      const mine = table.locator("tr", { hasText: "我的" });
      await expect(mine).toHaveCount(1);
      await expect(mine).toContainText(grouped(c.golden.active.punishment.decisions));
      // The dataset's copy of the same report stays, unmarked, beside it.
      const dataset = table.locator("tr", { hasText: c.golden.meta.agency }).filter({ hasNotText: "我的" });
      await expect(dataset).toHaveCount(1);
      await expect(dataset).toContainText(grouped(c.golden.active.punishment.decisions));
      if (c.agency) await expect(mine).toContainText(c.agency);

      await page.goto(`/compare/?year=${year}&view=table&metric=active_licensing_decisions`);
      await waitForEngine(page);
      await expect(page.locator("table.data-table").first().locator("tr", { hasText: "我的" })).toContainText(grouped(c.golden.active.licensing.decisions));
    });
  }
});

// Synthetic report 4242 (lib/parse/pdf-cmap.test.ts checks the file is exactly that), its
// text in STSong-Light without the font embedded; its title reads
// 【合成数据】六盘水市交通运输局2022年政府信息公开工作年度报告, in the 2021 template.
test("a PDF whose Chinese font is not embedded is read with the CMaps the site serves", async ({ page }) => {
  const cmaps: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/pdfjs/cmaps/")) cmaps.push(new URL(request.url()).pathname);
  });
  await dropOnMine(page, "data/fixtures/pdf/non-embedded-font.pdf", MIME.pdf!);
  const card = page.locator("section.my-report");
  await expect(card).toHaveCount(1, { timeout: 60_000 });
  await expect(page.locator(".failed-files")).toHaveCount(0);
  await expect(card.locator("h2")).toContainText("六盘水市交通运输局 · 2022");
  await expect(card).toContainText("格式：pdf");
  await expect(card).toContainText("模板：2021");
  expect(cmaps).toContain("/pdfjs/cmaps/UniGB-UCS2-H.bcmap");
});
