// A PDF whose Chinese font is not embedded (STSong-Light, UniGB-UCS2-H): its text
// can only be read with pdf.js's CMaps, which the scripts and the site pass in.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compareReport, generateReport, renderPdfWithoutEmbeddedFont, renderReport } from "../synthetic";
import { PDF_RESOURCES } from "../../scripts/pdfResources";
import { parseReport } from "./index";

describe("a PDF with a non-embedded Chinese font", () => {
  const pdfOf = (seed: number) => {
    const truth = generateReport(seed);
    const lines = new TextDecoder().decode(renderReport(truth, "text-pdf").bytes).split("\n");
    return { truth, input: { file: `non-embedded-${seed}.pdf`, bytes: renderPdfWithoutEmbeddedFont(lines), sha256: "0" } };
  };
  // One report per template; each line of the text-pdf layout printed at its own height.
  const reports = [4242, 4243].map(pdfOf);

  it("covers both templates", () => {
    expect(new Set(reports.map((r) => r.truth.meta.template))).toEqual(new Set(["2019", "2021"]));
  });

  it.each(reports.map((r) => [r.input.file, r] as const))("%s: every cell exactly, when pdf.js has its CMaps", async (_, { truth, input }) => {
    const outcome = await parseReport({ ...input, pdf: PDF_RESOURCES });
    if (!outcome.ok) throw new Error(outcome.failure.error.message);
    expect(outcome.report.meta.source.format).toBe("pdf");
    expect(compareReport(truth, outcome.report)).toEqual([]);
  });

  it("is taken for a scan without them (why the scripts and the site always pass them)", async () => {
    const outcome = await parseReport(reports[0]!.input);
    expect(outcome.ok ? null : outcome.failure.error.code).toBe("no-text-layer");
  });
});

describe("data/fixtures/pdf/non-embedded-font.pdf (the e2e test drops it into 对比我的报告)", () => {
  it("is synthetic report 4242 in this layout, byte for byte", () => {
    const fixture = new Uint8Array(readFileSync(new URL("../../data/fixtures/pdf/non-embedded-font.pdf", import.meta.url)));
    const lines = new TextDecoder().decode(renderReport(generateReport(4242), "text-pdf").bytes).split("\n");
    expect(Buffer.from(fixture).equals(Buffer.from(renderPdfWithoutEmbeddedFont(lines)))).toBe(true);
  });
});

