import { readFileSync } from "node:fs";
import * as CFB from "cfb";
import { describe, expect, it } from "vitest";
import { DocFormatError, docToDocument } from "./doc";
import { parseReport } from "./index";

const fixture = (path: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../data/fixtures/doc/${path}`, import.meta.url)));
const rowTexts = (path: string) => docToDocument(fixture(path)).rows.map((r) => r.cells.map((c) => c.text));

/** The characters of a Unicode piece of `length` characters at byte `fc`. */
const docText = (word: Uint8Array, fc: number, length: number) => new TextDecoder("utf-16le").decode(word.subarray(fc, fc + 2 * length));

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

  it("reads text stored in several pieces, Unicode and one byte per character, as Word's fast saves leave it", () => {
    const original = fixture("seed-000.doc");
    const container = CFB.read(Buffer.from(original), { type: "buffer" });
    const word = Uint8Array.from(CFB.find(container, "WordDocument")!.content as ArrayLike<number>);
    const view = new DataView(word.buffer);
    const tableName = view.getUint16(0x0a, true) & 0x0200 ? "1Table" : "0Table";
    const table = Uint8Array.from(CFB.find(container, tableName)!.content as ArrayLike<number>);
    const clx = new DataView(table.buffer, view.getUint32(0x1a2, true));
    expect(clx.getUint8(0)).toBe(2);
    const cpEnd = clx.getUint32(5 + 4, true);
    const fc = clx.getUint32(5 + 8 + 2, true);
    // The one Unicode piece of the LibreOffice file split in four, and after the first paragraph
    // a compressed piece appended to the stream: "Note 12" and a paragraph mark.
    const firstMark = docText(word, fc, cpEnd).indexOf("\r") + 1;
    const note = new TextEncoder().encode("Note 12\r");
    const pieces: [cp: number, fc: number][] = [[0, fc], [37, fc + 74], [firstMark, word.length * 2 + 0x40000000], [firstMark + note.length, fc + 2 * firstMark], [800 + note.length, fc + 1600], [1501 + note.length, fc + 3002]];
    const end = cpEnd + note.length;
    const plc = new DataView(new ArrayBuffer(4 * (pieces.length + 1) + 8 * pieces.length));
    pieces.forEach(([cp, at], i) => {
      plc.setUint32(4 * i, cp, true);
      plc.setUint32(4 * (pieces.length + 1) + 8 * i + 2, at, true);
    });
    plc.setUint32(4 * pieces.length, end, true);
    const newClx = new Uint8Array([2, ...new Uint8Array(new Uint32Array([plc.byteLength]).buffer), ...new Uint8Array(plc.buffer)]);
    view.setUint32(0x1a2, table.length, true);
    view.setUint32(0x1a6, newClx.length, true);
    view.setUint32(0x4c, view.getUint32(0x4c, true) + note.length, true);
    CFB.utils.cfb_add(container, `/${tableName}`, new Uint8Array([...table, ...newClx]));
    CFB.utils.cfb_add(container, "/WordDocument", new Uint8Array([...word, ...note]));
    const edited = new Uint8Array(CFB.write(container, { type: "array" }) as number[]);
    const texts = (doc: Uint8Array) => docToDocument(doc).rows.map((r) => r.cells.map((c) => c.text));
    const expected = texts(original);
    expected.splice(1, 0, ["Note", "12"]);
    expect(texts(edited)).toEqual(expected);
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
