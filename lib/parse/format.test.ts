import { describe, expect, it } from "vitest";
import { countControlBytes, MAX_BYTES, sniffBytes, textFormat } from "./format";

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (s: string) => new TextEncoder().encode(s);
const code = (r: ReturnType<typeof sniffBytes>) => (r.ok ? r.kind : r.failure.error.code);

describe("sniffBytes", () => {
  it("rejects an empty file, naming it", () => {
    const r = sniffBytes("data/reports/a.txt", new Uint8Array());
    expect(r).toEqual({ ok: false, failure: { file: "data/reports/a.txt", error: { code: "empty", message: "data/reports/a.txt: the file is empty" } } });
  });

  it("rejects a file over 20 MB", () => {
    const r = sniffBytes("big.txt", new Uint8Array(MAX_BYTES + 1));
    expect(code(r)).toBe("too-large");
    expect(r.ok ? "" : r.failure.error.message).toMatch(/^big\.txt: the file is 20\.0 MB/);
    expect(code(sniffBytes("ok.txt", utf8("a".repeat(1000))))).toBe("text");
  });

  it("rejects binary data: NUL bytes or many control bytes", () => {
    expect(code(sniffBytes("x.bin", bytes(0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0, 0, 0, 0, 0x0d)))).toBe("binary");
    const control = new Uint8Array(1000).fill(0x41);
    for (let i = 0; i < 100; i++) control[i * 10] = 0x01;
    expect(code(sniffBytes("x.dat", control))).toBe("binary");
  });

  it("counts control bytes four at a time exactly as one at a time, at any offset and length", () => {
    // Bytes around 0x20 and the allowed controls, where the word test could go wrong.
    const pool = [0x00, 0x01, 0x09, 0x0a, 0x0c, 0x0d, 0x1b, 0x1f, 0x20, 0x21, 0x41, 0x7f, 0x80, 0x9f, 0xa0, 0xe4, 0xff];
    let seed = 7;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const one = (b: Uint8Array, end: number) => {
      const counts = { even: 0, odd: 0, control: 0 };
      for (let i = 0; i < end; i++) {
        const v = b[i]!;
        if (v === 0) counts[i % 2 ? "odd" : "even"]++;
        else if (v < 0x20 && ![0x09, 0x0a, 0x0c, 0x0d, 0x1b].includes(v)) counts.control++;
      }
      return counts;
    };
    const buffer = new Uint8Array(300);
    for (let round = 0; round < 200; round++) {
      // Mostly text, with a few control bytes, so that both the skipped and the checked words occur.
      for (let i = 0; i < buffer.length; i++) buffer[i] = random() < 0.9 ? 0x41 + (i % 26) : pool[Math.floor(random() * pool.length)]!;
      const offset = Math.floor(random() * 8);
      const view = buffer.subarray(offset);
      const end = Math.floor(random() * view.length);
      expect(countControlBytes(view, end)).toEqual(one(view, end));
    }
  });

  it("accepts UTF-16 text, with or without a BOM", () => {
    const le = (s: string) => new Uint8Array(new Uint16Array([...s].map((c) => c.charCodeAt(0))).buffer);
    expect(code(sniffBytes("a.txt", new Uint8Array([0xff, 0xfe, ...le("规章 0 0 0\n")])))).toBe("text");
    expect(code(sniffBytes("a.txt", le("report 2021 text\n".repeat(20))))).toBe("text");
  });

  it("recognises PDF, DOCX, OLE compound files (Word 97–2003) and RTF by their first bytes, and refuses other archives", () => {
    expect(code(sniffBytes("a.pdf", utf8("%PDF-1.7\n")))).toBe("pdf");
    expect(code(sniffBytes("a.docx", new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...utf8("....word/document.xml")])))).toBe("docx");
    expect(code(sniffBytes("a.zip", new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...utf8("....data.csv")])))).toBe("unsupported-format");
    expect(code(sniffBytes("a.odt", new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...utf8("....mimetypeapplication/vnd.oasis.opendocument.text")])))).toBe("odt");
    expect(code(sniffBytes("a.ods", new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...utf8("....mimetypeapplication/vnd.oasis.opendocument.spreadsheet")])))).toBe("unsupported-format");
    expect(code(sniffBytes("a.doc", bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0)))).toBe("doc");
    expect(code(sniffBytes("a.doc", utf8("{\\rtf1\\ansi\\ansicpg936 …}")))).toBe("rtf");
  });
  it("says what a file that is no report document is, and what to do with it", () => {
    const zip = (entry: string) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...utf8(`....${entry}`)]);
    const message = (s: ReturnType<typeof sniffBytes>) => (s.ok ? s.kind : s.failure.error.message);
    expect(message(sniffBytes("表.xlsx", zip("xl/workbook.xml")))).toBe("表.xlsx: an Excel workbook (.xlsx); the parser reads reports as documents (Word, WPS, PDF, web page, text), not spreadsheets");
    expect(message(sniffBytes("a.ofd", zip("OFD.xml")))).toBe("a.ofd: an OFD document, which the parser does not read; save or print it as PDF");
    expect(message(sniffBytes("a.pptx", zip("ppt/presentation.xml")))).toMatch(/^a\.pptx: a PowerPoint presentation/);
    expect(message(sniffBytes("a.zip", zip("2021/report.pdf")))).toMatch(/unpack it into the reports folder$/);
    expect(message(sniffBytes("scan.jpg", bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10)))).toBe("scan.jpg: an image (JPEG), not text: a scanned report needs OCR first, then its text can be read");
    expect(message(sniffBytes("scan.png", bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a)))).toMatch(/an image \(PNG\)/);
    expect(message(sniffBytes("scan.tif", bytes(0x49, 0x49, 0x2a, 0x00, 8, 0)))).toMatch(/an image \(TIFF\)/);
    expect(message(sniffBytes("all.rar", utf8("Rar!\x1a\x07\x01\x00")))).toMatch(/^all\.rar: a RAR archive; if it holds reports, unpack it/);
    for (const s of [sniffBytes("a.xlsx", zip("xl/workbook.xml")), sniffBytes("a.jpg", bytes(0xff, 0xd8, 0xff, 0xdb))]) expect(code(s)).toBe("unsupported-format");
  });
});

describe("textFormat", () => {
  it("goes by the file name first, then by the content", () => {
    expect(textFormat("a.htm", "plain")).toBe("html");
    expect(textFormat("a.md", "plain")).toBe("markdown");
    expect(textFormat("a.txt", "<!DOCTYPE html><html><body>x</body></html>")).toBe("html");
    expect(textFormat("a.txt", "intro\n<table><tr><td>规章</td></tr></table>")).toBe("html");
    expect(textFormat("a.txt", "| 信息内容 | 本年制发件数 |\n|---|---|\n| 规章 | 0 |")).toBe("markdown");
    expect(textFormat("a.txt", "\t规章\n\t0")).toBe("text");
  });

  it("reads a text file with pipe rows but no delimiter row as Markdown, but not a page's piped footer", () => {
    const rows = ["信息内容 | 本年制发件数 |", "规章 | 0 |", "行政规范性文件 | 3 |", "行政许可 | 5,691 |", "行政处罚 | 21 |", "行政强制 | 0 |"];
    expect(textFormat("a.txt", rows.join("\n"))).toBe("markdown");
    expect(textFormat("a.txt", rows.flatMap((row) => row.split(" | ").map((cell) => cell.replace(/ \|$/, "") + " |")).join("\n"))).toBe("markdown");
    expect(textFormat("a.txt", "说明\n电话：0577-62522339 | 邮箱：yqswsj@163.com\n\t规章\n\t0")).toBe("text");
    // Cells pasted one per line (or tab-separated), with the page's footer below them.
    const footer = "\n\n网站地图 | 联系我们 | 2023 |\n主办单位：某某人民政府办公室 | 技术支持：某某信息中心\n";
    expect(textFormat("a.txt", `\t规章\n\t1\n${footer}`)).toBe("text");
    expect(textFormat("a.txt", `规章\t1\t0\t2${footer}`)).toBe("text");
    expect(textFormat("a.txt", `规章 1 0 2\n行政许可 5691\n行政处罚 21\n行政强制 0\n行政事业性收费 3.5${footer}`)).toBe("text");
  });

  it("recognises a delimiter row written with full-width pipes and dashes", () => {
    expect(textFormat("a.txt", "｜ 信息内容 ｜ 本年制发件数 ｜\n｜－－－｜－－－｜\n｜ 规章 ｜ 0 ｜")).toBe("markdown");
  });

  it("reads a text file with grid-table borders as Markdown, but not one with a lone plus sign", () => {
    expect(textFormat("a.txt", "说明\n+------+----+\n| 规章 | 1 |\n+------+----+")).toBe("markdown");
    expect(textFormat("a.txt", "┌──────┬────┐\n│ 规章 │ 1 │\n└──────┴────┘")).toBe("markdown");
    expect(textFormat("a.txt", "本年增/减\n+21\n+---")).toBe("text");
  });

  it("finds a table or delimiter row in any chunk of decoded text, also across a chunk boundary", () => {
    expect(textFormat("a.txt", ["年度报告\n", "正文\n<ta", "ble><tr><td>规章</td></tr></table>"])).toBe("html");
    expect(textFormat("a.txt", ["| 规章 | 0 |\n|--", "-|---|\n"])).toBe("markdown");
    expect(textFormat("a.txt", ["\t规章\n", "\t0"])).toBe("text");
  });
});
