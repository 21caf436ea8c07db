import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { OdtFormatError, odtToDocument } from "./odt";
import { parseReport } from "./index";

const NS = `xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"`;

/** An OpenDocument package with only what the reader looks at: its mimetype first, then content.xml. */
function odt(body: string, kind = "text"): Uint8Array {
  return zipSync({
    mimetype: [strToU8(`application/vnd.oasis.opendocument.${kind}`), { level: 0 }],
    "content.xml": strToU8(`<?xml version="1.0"?><office:document-content ${NS}><office:body><office:${kind}>${body}</office:${kind}></office:body></office:document-content>`),
  });
}
const p = (inner: string) => `<text:p>${inner}</text:p>`;
const cell = (inner: string, attrs = "") => `<table:table-cell${attrs}>${inner}</table:table-cell>`;
const texts = (bytes: Uint8Array) => odtToDocument(bytes).rows.map((r) => r.cells.map((c) => c.text));

describe("odtToDocument", () => {
  it("reads paragraphs in lists and sections, spaces (text:s), tabs and spans, and skips notes", () => {
    const body =
      `<text:section>${p(`规章<text:tab/>1<text:tab/>0<text:s text:c="2"/><text:span>6</text:span>`)}</text:section>` +
      `<text:list><text:list-item>${p(`一、总体情况<text:note><text:note-body>${p("注释")}</text:note-body></text:note>`)}</text:list-item></text:list>`;
    expect(texts(odt(body))).toEqual([["规章", "1", "0", "6"], ["一、总体情况"]]);
  });

  it("reads a table's rows, a covered (merged) or empty cell as an empty cell, header rows included", () => {
    const body =
      `<table:table><table:table-header-rows><table:table-row>${cell(p("第二十条第（五）项"), ` table:number-columns-spanned="2"`)}<table:covered-table-cell/></table:table-row></table:table-header-rows>` +
      `<table:table-row>${cell(p("行政许可"))}${cell(p("12581"))}</table:table-row>` +
      `<table:table-row>${cell(p("行政处罚"))}${cell("")}</table:table-row></table:table>`;
    const doc = odtToDocument(odt(body));
    expect(doc.rows.map((r) => r.cells.map((c) => c.text))).toEqual([["第二十条第（五）项", ""], ["行政许可", "12581"], ["行政处罚", ""]]);
    expect(doc.rows.map((r) => [r.fromTable, r.cells[0]!.line])).toEqual([[true, 1], [true, 2], [true, 3]]);
    expect(doc.format).toBe("odt");
  });

  it("refuses a spreadsheet or a presentation, and parseReport names the file", async () => {
    expect(() => odtToDocument(odt("", "spreadsheet"))).toThrow(OdtFormatError);
    const broken = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...strToU8("....mimetypeapplication/vnd.oasis.opendocument.text")]);
    const outcome = await parseReport({ file: "r/报告.odt", bytes: broken, sha256: "0" });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.failure.error).toMatchObject({ code: "unsupported-format", message: expect.stringContaining("r/报告.odt") });
  });
});
