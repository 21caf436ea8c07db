import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { rtfToDocument } from "./rtf";
import { parseReport } from "./index";

const ascii = (text: string) => new TextEncoder().encode(text);
const texts = (rtf: string) => rtfToDocument(ascii(rtf)).rows.map((r) => r.cells.map((c) => c.text));
const cell = (text: string) => `\\pard\\intbl ${text}\\cell`;

describe("rtfToDocument", () => {
  it("reads GBK bytes in the document's code page, \\u characters without their fallbacks, and a font's charset", () => {
    // 行政处罚 in GBK: D0D0 D5FE B4A6 B7A3. 許可 in Big5: B3 5C A5 69, in font 2 (charset 136).
    const rtf = [
      "{\\rtf1\\ansi\\ansicpg936{\\fonttbl{\\f0\\fnil\\fcharset134 \\'cb\\'ce\\'cc\\'e5;}{\\f2\\fnil\\fcharset136 MingLiU;}}",
      "\\pard \\'d0\\'d0\\'d5\\'fe\\'b4\\'a6\\'b7\\'a3 12\\par",
      "\\pard\\uc2 \\u34892\\'d0\\'d0\\u25919\\'d5\\'fe\\u22788\\'b4\\'a6\\u32602\\'b7\\'a3 7\\par",
      "\\pard {\\f2 \\'b3\\'5c\\'a5\\'69} 3\\par}",
    ].join("\n");
    expect(texts(rtf)).toEqual([["行政处罚", "12"], ["行政处罚", "7"], ["許可", "3"]]);
  });

  it("reads a table's rows and keeps an empty cell as a blank cell", () => {
    const row = (...cells: string[]) => `\\trowd\\cellx1000\\cellx2000\\cellx3000\n${cells.map(cell).join("")}\\row`;
    const rtf = `{\\rtf1\\ansi\n\\pard Intro\\par\n${row("Permits", "", "5")}\n${row("Fines", "2", "")}\n\\pard After\\par}`;
    expect(texts(rtf)).toEqual([["Intro"], ["Permits", "", "5"], ["Fines", "2", ""], ["After"]]);
  });

  it("skips headers, footers, footnotes, pictures, field instructions and {\\*…} groups, keeping field results", () => {
    const rtf =
      "{\\rtf1\\ansi{\\header \\pard Page header\\par}{\\footer \\pard - 1 -\\par}{\\*\\generator Writer}" +
      "\\pard Body{\\footnote \\pard note\\par} text {\\field{\\*\\fldinst HYPERLINK \"x\"}{\\fldrslt shown}}{\\pict\\pngblip 89504e47}\\par}";
    expect(texts(rtf)).toEqual([["Body text shown"]]);
  });

  it("traces each paragraph to the line of the file where its text starts", () => {
    const rtf = "{\\rtf1\\ansi\n\\pard\n\\trowd\\cellx1000\\cellx2000\n\\pard\\intbl Fines\\cell\n\\pard\\intbl\n1315\\cell\\row}";
    const row = rtfToDocument(ascii(rtf)).rows[0]!;
    expect(row.cells).toEqual([{ text: "Fines", line: 4 }, { text: "1315", line: 6 }]);
  });
});

describe("parseReport on RTF", () => {
  it.each([
    ["seed-000.rtf", "000_37e37f6984e2b857", "宁波市鄞州区卫生健康局"],
    ["seed-004.rtf", "004_309576c5c0f6d228", null],
    ["seed-000-layout-table.rtf", "000_37e37f6984e2b857", "宁波市鄞州区卫生健康局"],
  ])("LibreOffice's %s gives every golden value, each traced to a line of the file that holds it", async (name, seed, agency) => {
    const path = new URL(`../../data/fixtures/rtf/${name}`, import.meta.url);
    const golden = JSON.parse(readFileSync(new URL(`../../data/fixtures/seeds/${seed}.expected.json`, import.meta.url), "utf8"));
    // Named .doc, as systems that export RTF for Word often name it.
    const outcome = await parseReport({ file: name.replace(".rtf", ".doc"), bytes: new Uint8Array(readFileSync(path)), sha256: "0" });
    if (!outcome.ok) throw new Error(outcome.failure.error.message);
    const { report } = outcome;
    expect(report.meta).toMatchObject({ agency, year: golden.meta.year, template: golden.meta.template });
    expect(report.meta.source.format).toBe("rtf");
    expect(report.active).toEqual(golden.active);
    const rows = (obj: object, keys: readonly string[]) => Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, keys.map((c) => (v as Record<string, number | null>)[c])]));
    expect(rows(report.applications!, ["naturalPerson", "commercial", "research", "nonprofit", "legalServices", "otherOrg", "total"])).toEqual(golden.applications);
    expect(rows(report.reviewLitigation!, ["upheld", "corrected", "other", "pending", "total"])).toEqual(golden.reviewLitigation);
    const lines = readFileSync(path, "latin1").split("\n");
    const traced = report.provenance["active.licensing.decisions"]!;
    expect(lines[traced.line! - 1]).toContain(String(golden.active.licensing.decisions));
  });
});
