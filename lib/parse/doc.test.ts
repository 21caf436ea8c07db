import { readFileSync } from "node:fs";
import * as CFB from "cfb";
import { describe, expect, it } from "vitest";
import { DocFormatError, docToDocument } from "./doc";
import { parseReport } from "./index";

const fixture = (path: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../data/fixtures/doc/${path}`, import.meta.url)));
const rowTexts = (path: string) => docToDocument(fixture(path)).rows.map((r) => r.cells.map((c) => c.text));

/** A compound file holding the given streams, as Office writes them. */
function compoundFile(streams: Record<string, Uint8Array>): Uint8Array {
  const container = CFB.utils.cfb_new();
  for (const [name, content] of Object.entries(streams)) CFB.utils.cfb_add(container, `/${name}`, content);
  return new Uint8Array(CFB.write(container, { type: "array" }) as number[]);
}

/** A WordDocument stream with only a header: its magic number, version and flags. */
function wordHeader(nFib: number, flags: number): Uint8Array {
  const header = new Uint8Array(1024);
  const view = new DataView(header.buffer);
  view.setUint16(0, 0xa5ec, true);
  view.setUint16(2, nFib, true);
  view.setUint16(0x0a, flags, true);
  return header;
}

describe("docToDocument", () => {
  it("reads a table's rows from the paragraph marks that end them: an empty cell stays a blank cell", () => {
    const rows = rowTexts("seed-000.doc");
    // Table 三's two header rows: the corner cell and the last column's cell are empty.
    expect(rows).toContainEqual(["", "自然人", "法人或其他组织", "总计"]);
    expect(rows).toContainEqual(["", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""]);
    expect(rows).toContainEqual(["", "（三）不予公开", "1.属于国家秘密", "0", "0", "0", "0", "0", "0", "0"]);
    expect(rows).toContainEqual(["行政处罚", "1315"]);
  });

  it("numbers each paragraph and table row as a line, and marks table rows", () => {
    const doc = docToDocument(fixture("seed-000.doc"));
    const row = doc.rows.find((r) => r.cells[0]?.text === "行政许可")!;
    expect(row.fromTable).toBe(true);
    expect(row.cells.map((c) => c.line)).toEqual([14, 14]);
    expect(doc.rows[1]!.cells).toEqual([{ text: "一、总体情况", line: 2 }]);
    expect(doc.format).toBe("doc");
  });

  it("reads the body only: a page header and footer are not report text", () => {
    const text = rowTexts("seed-000-multipage.doc").flat().join("\n");
    expect(text).toContain("行政处罚");
    expect(text).not.toContain("政府信息公开工作年度报告");
    expect(text).not.toMatch(/- \d+ -/);
  });

  it("splits a paragraph typed with tabs into cells, leading tabs as blank cells", () => {
    const rows = rowTexts("seed-001-text.doc");
    expect(rows).toContainEqual(["", "", "", "", "", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0"]);
  });

  it("tells what an Office file that is no Word document is, and refuses encrypted and Word 95 files", () => {
    const workbook = compoundFile({ Workbook: new Uint8Array(600) });
    expect(() => docToDocument(workbook)).toThrow(/an Excel workbook, not a Word document/);
    expect(() => docToDocument(compoundFile({ WordDocument: new Uint8Array(600) }))).toThrow(/no Word header/);
    expect(() => docToDocument(compoundFile({ WordDocument: wordHeader(193, 0x0100) }))).toThrow(/encrypted/);
    expect(() => docToDocument(compoundFile({ WordDocument: wordHeader(100, 0) }))).toThrow(/Word 6.0\/95/);
    expect(() => docToDocument(compoundFile({ WordDocument: wordHeader(193, 0) }))).toThrow(DocFormatError);
  });
});

describe("parseReport on a .doc", () => {
  it("gives a failure naming the file for a damaged or foreign compound file, never an exception", async () => {
    const magic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    for (const bytes of [new Uint8Array([...magic, ...new Uint8Array(600)]), compoundFile({ Workbook: new Uint8Array(600) })]) {
      const outcome = await parseReport({ file: "r/报告.doc", bytes, sha256: "0" });
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(outcome.failure.error).toMatchObject({ code: "unsupported-format", message: expect.stringContaining("r/报告.doc") });
    }
  });
});
