// npx tsx scripts/bench-html.ts [--rounds N]
// Times htmlToDocument alone on one core (main thread, sequential, after a
// warm-up) and prints pages/s and MB/s, as CPU time and wall time, for: a
// ~30 KB government page (site chrome, Word-styled narrative from seed 002,
// Word-styled tables 二/三/四) and the synthetic generator's HTML layouts.
// No assertions; the target is ≥ 1,000 pages/s for the ~30 KB page.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { decodeBytes } from "../lib/parse/decode";
import { htmlToDocument } from "../lib/parse/html";
import { generateReport, renderReport, type Layout } from "../lib/synthetic";

function governmentPage(): string {
  const seed = readFileSync(new URL("../data/reports/seeds/002_9e69f5a6fc9c8b8d.txt", import.meta.url), "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.length > 20);
  const td = (t: string) =>
    `<td style='border:solid 1.0pt'><p class=MsoNormal align=center><span style='font-family:宋体'>${t}</span></p></td>`;
  const table = (rows: string[][]) =>
    "<table class=MsoNormalTable border=1 style='border-collapse:collapse'>\n" + rows.map((r) => ` <tr>${r.map(td).join("\n  ")}</tr>\n`).join("") + "</table>\n";
  let narrative = "";
  for (const line of seed) {
    if (new TextEncoder().encode(narrative).length > 5000) break;
    narrative += `<p class=MsoNormal style='text-indent:32.0pt'><span style='font-family:仿宋_GB2312'>${line}</span></p>\n`;
  }
  const menu = Array.from({ length: 20 }, (_, i) => `<li><a href="/c${i}">栏目${i}</a></li>`).join("");
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>海盐县卫生健康局2020年度政府信息公开工作年度报告</title>
<script>var _hmt = [];</script><style>.nav{}</style></head><body>
<div class="header"><div id="nav"><ul>${menu}</ul></div></div><div class="breadcrumb">首页 &gt; 政务公开</div><div class="content">
${narrative}${table(Array.from({ length: 9 }, (_, i) => [`第二十条第（${i}）项`, "信息内容", "0", "0", "12"]))}${table(
    Array.from({ length: 12 }, (_, i) => [`（${i}）不予公开 属于国家秘密`, "0", "0", "&nbsp;", "0", "0", "0", "0"]),
  )}${table(Array.from({ length: 4 }, () => Array.from({ length: 15 }, (_, j) => String(j % 3))))}</div>
<div class="footer">主办单位：海盐县人民政府办公室</div></body></html>`;
}

function measure(name: string, pages: string[], rounds: number): string[] {
  const bytes = pages.reduce((sum, p) => sum + new TextEncoder().encode(p).length, 0);
  for (const page of pages) htmlToDocument(page);
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const page of pages) htmlToDocument(page);
  const wall = (performance.now() - wall0) / 1000;
  const cpuUsed = process.cpuUsage(cpu0);
  const cpu = (cpuUsed.user + cpuUsed.system) / 1e6;
  const n = pages.length * rounds;
  const mb = (bytes * rounds) / 1e6;
  return [name, String(pages.length), (bytes / pages.length / 1000).toFixed(1), (n / cpu).toFixed(0), (mb / cpu).toFixed(1), (n / wall).toFixed(0)];
}

function main() {
  const { values } = parseArgs({ options: { rounds: { type: "string", default: "1000" } } });
  const rounds = Number(values.rounds);
  const generated = (layout: Layout) =>
    Array.from({ length: 20 }, (_, i) => decodeBytes(renderReport(generateReport(1000 + i), layout).bytes).text);
  const rows = [
    ["page", "pages", "KB/page", "pages/s (CPU)", "MB/s (CPU)", "pages/s (wall)"],
    measure("government page", [governmentPage()], rounds),
    measure("html-page-gbk", generated("html-page-gbk"), Math.max(1, Math.round(rounds / 20))),
    measure("html-word", generated("html-word"), Math.max(1, Math.round(rounds / 60))),
    measure("html-table", generated("html-table"), Math.max(1, Math.round(rounds / 20))),
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  for (const r of rows) console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join("  "));
}

main();
