// Renders a generated report in one of the layouts the parser must read.
// Rendering choices (label habits, money units, page breaks…) are drawn from a
// PRNG seeded by the report and the layout, so the same report renders to the
// same bytes every time.
import type { SourceFormat } from "../model";
import { reportBlocks } from "./document";
import type { SyntheticReport } from "./generateReport";
import { encodeGbkHtml } from "./gbk";
import { createRandom, hashString } from "./random";
import { renderHtmlPage } from "./renderHtmlPage";
import { renderHtmlTable, renderHtmlWord } from "./renderHtml";
import { renderMarkdown } from "./renderMarkdown";
import { renderTextCells, renderTextTsv } from "./renderText";
import { renderTextPdf } from "./renderTextPdf";

export const LAYOUTS = [
  "text-cells",
  "text-tsv",
  "text-pdf",
  "html-table",
  "html-word",
  "html-page-gbk",
  "markdown",
] as const;
export type Layout = (typeof LAYOUTS)[number];

export function isLayout(name: string): name is Layout {
  return (LAYOUTS as readonly string[]).includes(name);
}

/** The contract's `source.format` a layout is read as. */
export function layoutFormat(layout: Layout): SourceFormat {
  if (layout.startsWith("html")) return "html";
  if (layout === "markdown") return "markdown";
  return "text";
}

const EXTENSIONS: Record<SourceFormat, string> = { text: "txt", html: "html", markdown: "md", docx: "docx", doc: "doc", rtf: "rtf", wordml: "xml", odt: "odt", pdf: "pdf" };

export interface RenderedReport {
  fileName: string;
  bytes: Uint8Array;
}

const utf8 = new TextEncoder();

export function renderReport(report: SyntheticReport, layout: Layout): RenderedReport {
  const key = `${layout}|${JSON.stringify(report)}`;
  const id = `${hashString(key).toString(16).padStart(8, "0")}${hashString(`~${key}`).toString(16).padStart(8, "0")}`;
  const random = createRandom(hashString(key));
  const blocks = reportBlocks(report, random);
  const title = blocks[0]?.kind === "title" ? blocks[0].text : "";
  const fileName = `synthetic_${report.meta.year ?? "unknown"}_${id}_${layout}.${EXTENSIONS[layoutFormat(layout)]}`;
  switch (layout) {
    case "text-cells":
      return { fileName, bytes: utf8.encode(renderTextCells(blocks, random)) };
    case "text-tsv":
      return { fileName, bytes: utf8.encode(renderTextTsv(blocks, random)) };
    case "text-pdf":
      return { fileName, bytes: utf8.encode(renderTextPdf(blocks, random)) };
    case "html-table":
      return { fileName, bytes: utf8.encode(renderHtmlTable(title, blocks, random)) };
    case "html-word":
      return { fileName, bytes: utf8.encode(renderHtmlWord(title, blocks, random)) };
    case "html-page-gbk":
      return { fileName, bytes: encodeGbkHtml(renderHtmlPage(report, title, blocks, random)) };
    case "markdown":
      return { fileName, bytes: utf8.encode(renderMarkdown(blocks, random)) };
  }
}

/** The ground truth for a rendered file: the report with `meta.source` filled in. */
export function withSource(report: SyntheticReport, file: string, layout: Layout, sha256: string): SyntheticReport {
  return { ...report, meta: { ...report.meta, source: { file, format: layoutFormat(layout), sha256 } } };
}
