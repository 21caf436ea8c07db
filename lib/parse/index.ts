// The parser's public API: one report file (bytes) → one ParsedReport, validated
// against the contract, or a ParseFailure that names the file. Pure: no file
// system, so it runs in the browser as well as in scripts/.
import { z } from "zod";
import {
  isValidReport,
  ParsedReport,
  SCHEMA_VERSION,
  type NarrativeLine,
  type ParseFailure,
  type SourceDocument,
} from "../model";
import { checkReport } from "../checks";
import { decodeChunks } from "./decode";
import { failure, sniffBytes, textFormat, type BinaryFormat } from "./format";
import { htmlToDocument } from "./html";
import type { ManifestEntry } from "./manifest";
import { markdownToDocument } from "./markdown";
import { MhtmlFormatError, mhtmlToDocument } from "./mhtml";
import { extractMetadata } from "./metadata";
import type { PdfLoadOptions } from "./pdf-content";
import { extractTables } from "./tables";
import { textToDocument } from "./textDocument";

export interface ParseInput {
  file: string;
  bytes: Uint8Array;
  sha256: string;
  manifest?: ManifestEntry;
  /**
   * Where pdf.js finds its CMaps and standard-font data (a folder in Node, a URL in
   * a browser). Without them the text of a PDF whose Chinese font is not embedded
   * cannot be read, and the file is taken for a scan.
   */
  pdf?: PdfLoadOptions;
}

export type ParseOutcome =
  | { ok: true; report: ParsedReport; narrative: NarrativeLine[] }
  | { ok: false; failure: ParseFailure };

export type { ManifestEntry } from "./manifest";
export { parseManifestCsv } from "./manifest";
export { textToDocument } from "./textDocument";
export { extractTables, type ExtractedTables } from "./tables";
export { readCell } from "./values";
export { MAX_BYTES } from "./format";
export type { PdfLoadOptions } from "./pdf-content";

function readTextDocument(format: "text" | "html" | "markdown", chunks: readonly string[]): SourceDocument {
  if (format === "html") return htmlToDocument(chunks);
  const text = chunks.join("");
  if (format === "markdown") return markdownToDocument(text);
  return textToDocument(text);
}

/**
 * A reader's failure as a ParseFailure naming the file: the reader's own format error says what
 * the file is in its message; any other error is the file being `unreadable` as `what`.
 */
async function readWith(
  file: string,
  what: string,
  read: () => SourceDocument | Promise<SourceDocument>,
  formatError?: new (message: string) => Error,
): Promise<SourceDocument | ParseFailure> {
  try {
    return await read();
  } catch (error) {
    if (formatError && error instanceof formatError) return failure(file, "unsupported-format", error.message);
    return failure(file, "unsupported-format", `unreadable ${what}: ${(error as Error).message}`);
  }
}

/**
 * PDF and Word go through their own readers into the same SourceDocument. They are
 * imported on demand so that a page which only reads text never loads pdf.js.
 */
async function readBinaryDocument(kind: BinaryFormat, file: string, bytes: Uint8Array, pdf?: PdfLoadOptions): Promise<SourceDocument | ParseFailure> {
  if (kind === "docx") {
    const { docxToDocument, DocxFormatError } = await import("./docx");
    return readWith(file, "Word document", () => docxToDocument(bytes), DocxFormatError);
  }
  if (kind === "doc") {
    const { docToDocument, DocFormatError } = await import("./doc");
    return readWith(file, "Word 97–2003 document", () => docToDocument(bytes), DocFormatError);
  }
  if (kind === "odt") {
    const { odtToDocument } = await import("./odt");
    return readWith(file, "OpenDocument text", () => odtToDocument(bytes));
  }
  if (kind === "rtf") {
    const { rtfToDocument } = await import("./rtf");
    return readWith(file, "RTF document", () => rtfToDocument(bytes));
  }
  const { pdfToDocument, NoTextLayerError } = await import("./pdf");
  try {
    return await pdfToDocument(bytes, pdf);
  } catch (error) {
    if (error instanceof NoTextLayerError) return failure(file, "no-text-layer", error.message);
    return failure(file, "unsupported-format", `unreadable PDF: ${(error as Error).message}`);
  }
}

async function readDocument({ file, bytes, pdf }: ParseInput): Promise<SourceDocument | ParseFailure> {
  const sniffed = sniffBytes(file, bytes);
  if (!sniffed.ok) return sniffed.failure;
  if (sniffed.kind !== "text") return readBinaryDocument(sniffed.kind, file, bytes, pdf);
  try {
    const mhtml = mhtmlToDocument(bytes);
    if (mhtml) return mhtml;
  } catch (error) {
    if (error instanceof MhtmlFormatError) return failure(file, "unsupported-format", error.message);
    throw error;
  }
  const { chunks } = decodeChunks(bytes);
  if (chunks.every((chunk) => chunk.trim() === "")) return failure(file, "empty", "the file holds only whitespace");
  const format = textFormat(file, chunks);
  if (format === "wordml") {
    const { wordXmlToDocument } = await import("./docx");
    return readWith(file, "Word 2003 XML document", () => wordXmlToDocument(chunks.join("")));
  }
  return readTextDocument(format, chunks);
}

const NO_TABLES = "no table 二 (主动公开政府信息情况) or table 三 (收到和处理政府信息公开申请情况) was found";
/** A report's own name for itself, with the year it covers, in its first lines. */
const REPORT_TITLE = /((?:19|20)\d{2})\s*年度?\s*[^\s，。；]{0,30}?政府信息公开(?:工作)?(?:年度报告|年报|报告)/;
/** The national template of tables dates from 2019 (国办公开办函〔2019〕60号 / 2021 revision). */
const FIRST_TEMPLATE_YEAR = 2019;

/**
 * Why a file with neither anchor table is no report to read: a document that names itself a
 * 政府信息公开工作年度报告 is told apart from an unrelated one, since a folder of downloads holds
 * reports from before the template, and reports whose tables are images or attachments.
 */
function notAReportMessage(doc: SourceDocument): string {
  const head = doc.rows.slice(0, 12).map((r) => r.cells.map((c) => c.text).join(""));
  const named = [doc.title ?? "", ...head].map((t) => REPORT_TITLE.exec(t)).find((m) => m !== null);
  if (!named) return `${NO_TABLES}; not a 政府信息公开工作年度报告`;
  const year = Number(named[1]);
  if (year < FIRST_TEMPLATE_YEAR) {
    return `${NO_TABLES}: a ${year} report, from before the national template of 2019, has no standard tables to read`;
  }
  return `${NO_TABLES}: the document names itself a ${year} 政府信息公开工作年度报告, but its tables are not in its text (images, or an attachment?)`;
}

export async function parseReport(input: ParseInput): Promise<ParseOutcome> {
  const { file } = input;
  const doc = await readDocument(input);
  if ("error" in doc) return { ok: false, failure: doc };
  const format = doc.format;
  const tables = extractTables(doc);
  if (!tables.hasAnchors) return { ok: false, failure: failure(file, "not-a-report", notAReportMessage(doc)) };
  const narrative = tables.narrative;
  const meta = extractMetadata(doc, narrative, file, input.manifest);

  const report: ParsedReport = {
    schemaVersion: SCHEMA_VERSION,
    meta: {
      agency: meta.agency,
      agencySource: meta.agencySource,
      year: meta.year,
      template: tables.template,
      region: meta.region,
      source: { file, format, sha256: input.sha256 },
      synthetic: meta.synthetic,
    },
    provenance: tables.provenance,
    diagnostics: [...meta.diagnostics, ...tables.diagnostics],
    checks: [],
  };
  if (tables.active) report.active = tables.active;
  if (tables.applications) report.applications = tables.applications;
  if (tables.reviewLitigation) report.reviewLitigation = tables.reviewLitigation;
  report.checks = checkReport(report, narrative);

  if (!isValidReport(report)) {
    // The parser built something outside the contract: a bug, not bad input.
    // isValidReport said no after zod itself did, so this explains it.
    const { error } = ParsedReport.safeParse(report);
    throw new Error(`${file}: parser produced an invalid report:\n${error ? z.prettifyError(error) : ""}`);
  }
  // zod's output would be this very report, copied: the schema has no transforms or
  // defaults, and the parser builds no key the schema lacks.
  return { ok: true, report, narrative };
}
