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
  type SourceFormat,
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

function readTextDocument(format: SourceFormat, chunks: readonly string[]): SourceDocument {
  if (format === "html") return htmlToDocument(chunks);
  const text = chunks.join("");
  if (format === "markdown") return markdownToDocument(text);
  return textToDocument(text);
}

/**
 * PDF and Word go through their own readers into the same SourceDocument. They are
 * imported on demand so that a page which only reads text never loads pdf.js.
 */
async function readBinaryDocument(kind: BinaryFormat, file: string, bytes: Uint8Array, pdf?: PdfLoadOptions): Promise<SourceDocument | ParseFailure> {
  if (kind === "docx") {
    const { docxToDocument, DocxFormatError } = await import("./docx");
    try {
      return await docxToDocument(bytes);
    } catch (error) {
      if (error instanceof DocxFormatError) return failure(file, "unsupported-format", error.message);
      return failure(file, "unsupported-format", `unreadable Word document: ${(error as Error).message}`);
    }
  }
  if (kind === "doc") {
    const { docToDocument, DocFormatError } = await import("./doc");
    try {
      return docToDocument(bytes);
    } catch (error) {
      if (error instanceof DocFormatError) return failure(file, "unsupported-format", error.message);
      return failure(file, "unsupported-format", `unreadable Word 97–2003 document: ${(error as Error).message}`);
    }
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
  return readTextDocument(textFormat(file, chunks), chunks);
}

export async function parseReport(input: ParseInput): Promise<ParseOutcome> {
  const { file } = input;
  const doc = await readDocument(input);
  if ("error" in doc) return { ok: false, failure: doc };
  const format = doc.format;
  const tables = extractTables(doc);
  if (!tables.hasAnchors) {
    return {
      ok: false,
      failure: failure(
        file,
        "not-a-report",
        "no table 二 (主动公开政府信息情况) or table 三 (收到和处理政府信息公开申请情况) was found; not a 政府信息公开工作年度报告",
      ),
    };
  }
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
