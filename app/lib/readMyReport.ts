"use client";
// One dropped file → a MyReport or the parser's failure, entirely in the page:
// the size is checked before the file is read, sha256 comes from crypto.subtle and
// the parser is the same lib/parse the build step runs.
import { myReportRows } from "../../lib/myreports/index";
import { MAX_BYTES, parseReport } from "../../lib/parse/index";
import { assetUrl } from "./basePath";
import type { MyReport } from "./myReports";

/** pdf.js's CMaps and fonts, served by the site itself (public/pdfjs/, copied at build). */
function pdfResources() {
  const url = (path: string) => new URL(assetUrl(path), window.location.href).href;
  return { cMapUrl: url("pdfjs/cmaps/"), standardFontDataUrl: url("pdfjs/standard_fonts/") };
}

export type ReadOutcome = { ok: true; report: MyReport } | { ok: false; file: string; code: string; message: string };

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

export async function readMyReport(file: File): Promise<ReadOutcome> {
  if (file.size > MAX_BYTES) {
    return { ok: false, file: file.name, code: "too-large", message: `${file.size} bytes; the limit is ${MAX_BYTES} bytes` };
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const sha256 = await sha256Hex(bytes);
  let outcome;
  try {
    outcome = await parseReport({ file: file.name, bytes, sha256, pdf: pdfResources() });
  } catch (error) {
    // A parser bug on this file: said in words, never an uncaught error.
    return { ok: false, file: file.name, code: "parser-error", message: error instanceof Error ? error.message : String(error) };
  }
  if (!outcome.ok) return { ok: false, file: file.name, code: outcome.failure.error.code, message: outcome.failure.error.message };
  const { report } = outcome;
  const rows = myReportRows(report, sha256);
  return {
    ok: true,
    report: {
      reportId: rows.reportId,
      file: file.name,
      bytes: file.size,
      sha256,
      format: report.meta.source.format,
      agency: report.meta.agency,
      year: report.meta.year,
      template: report.meta.template,
      rows,
      findings: report.checks,
      diagnostics: report.diagnostics,
    },
  };
}
