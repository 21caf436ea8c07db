import { readFileSync } from "node:fs";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { DocxFormatError, docxToDocument, wordXmlToDocument } from "./docx";
import { decodeChunks } from "./decode";
import { textFormat } from "./format";
import { parseReport } from "./index";

const W = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`;
const p = (text: string, style?: string): string => `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ""}<w:r><w:t>${text}</w:t></w:r></w:p>`;
const tc = (inner: string, pr = ""): string => `<w:tc><w:tcPr>${pr}</w:tcPr>${inner}</w:tc>`;

/** A minimal DOCX: just the parts the reader looks at. */
function docx(body: string, styles = ""): Uint8Array {
  return zipSync({
    "word/document.xml": strToU8(`<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
    "word/styles.xml": strToU8(`<?xml version="1.0"?><w:styles ${W}>${styles}</w:styles>`),
  });
}

describe("docxToDocument", () => {
  it("splits a paragraph that ends in values (a table typed as text) into cells", async () => {
    const tabbed = `<w:p><w:r><w:t>规章</w:t></w:r><w:r><w:tab/><w:t>1</w:t><w:tab/><w:t>0</w:t><w:tab/><w:t>6</w:t></w:r></w:p>`;
    const doc = await docxToDocument(docx(p("电话：86865111") + tabbed));
    expect(doc.rows.map((r) => r.cells.map((c) => c.text))).toEqual([["电话：86865111"], ["规章", "1", "0", "6"]]);
  });

  it("keeps a tab-typed row's leading tabs as blank cells, and an indenting tab as no cell", async () => {
    const tab = "<w:r><w:tab/></w:r>";
    const run = (text: string) => `<w:r><w:t>${text}</w:t></w:r>`;
    const blanksFirst = `<w:p>${tab.repeat(2)}${run("0")}${tab}${run("3")}</w:p>`;
    const indented = `<w:p>${tab}${run("2021年，我局主动公开政府信息114条。")}</w:p>`;
    const doc = await docxToDocument(docx(blanksFirst + indented));
    expect(doc.rows.map((r) => r.cells.map((c) => c.text))).toEqual([["", "", "0", "3"], ["2021年，我局主动公开政府信息114条。"]]);
  });

  it("reads merged cells, empty cells, split runs and a styled title", async () => {
    const body =
      p("慈溪市卫生健康局2019年政府信息公开工作年度报告", "a3") +
      p("") +
      p("一、总体情况") +
      `<w:tbl>` +
      `<w:tr>${tc(p("三、本年度办理结果"), `<w:vMerge w:val="restart"/>`)}${tc(p("（一）予以公开"), `<w:gridSpan w:val="2"/>`)}${tc(p("1"))}</w:tr>` +
      `<w:tr>${tc("<w:p/>", `<w:vMerge/>`)}${tc(p("（三）不予公开"))}` +
      // "1.属于国家秘密" split over three runs, as Word often saves it.
      tc(`<w:p><w:r><w:t>1.</w:t></w:r><w:r><w:t>属于</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>国家秘密</w:t></w:r></w:p>`) +
      `${tc("<w:p/>")}</w:tr>` +
      `</w:tbl>` +
      p("五、存在的主要问题及改进情况");
    const styles = `<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="Title"/></w:style>`;
    const doc = await docxToDocument(docx(body, styles));
    expect(doc.format).toBe("docx");
    expect(doc.title).toBe("慈溪市卫生健康局2019年政府信息公开工作年度报告");
    expect(doc.rows).toEqual([
      { cells: [{ text: "慈溪市卫生健康局2019年政府信息公开工作年度报告", line: 1 }] },
      { cells: [{ text: "一、总体情况", line: 3 }] },
      {
        fromTable: true,
        cells: [{ text: "三、本年度办理结果", line: 4 }, { text: "（一）予以公开", line: 4 }, { text: "", line: 4, spanned: true }, { text: "1", line: 4 }],
      },
      {
        fromTable: true,
        cells: [{ text: "三、本年度办理结果", line: 4, spanned: true }, { text: "（三）不予公开", line: 5 }, { text: "1.属于国家秘密", line: 5 }, { text: "", line: 5 }],
      },
      { cells: [{ text: "五、存在的主要问题及改进情况", line: 6 }] },
    ]);
  });

  it("looks through content controls around rows and cells, and reads tracked changes as printed", async () => {
    // Word wraps repeating rows in w:sdt content controls; a moved or deleted run is not printed text.
    const sdt = (inner: string) => `<w:sdt><w:sdtPr/><w:sdtContent>${inner}</w:sdtContent></w:sdt>`;
    const body =
      `<w:tbl>` +
      sdt(`<w:tr>${tc(p("行政许可"))}${sdt(tc(p("16")))}</w:tr>`) +
      `<w:tr>${tc(`<w:p><w:moveFrom><w:r><w:t>行政强制</w:t></w:r></w:moveFrom><w:r><w:t>行政处罚</w:t></w:r></w:p>`)}` +
      tc(`<w:p><w:del><w:r><w:delText>7</w:delText></w:r></w:del><w:ins><w:r><w:t>430</w:t></w:r></w:ins></w:p>`) +
      `</w:tr></w:tbl>`;
    const doc = await docxToDocument(docx(body));
    expect(doc.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ["行政许可", "16"],
      ["行政处罚", "430"],
    ]);
  });

  it("skips hidden text and hidden rows, and reads a minus written as a non-breaking hyphen or a symbol", async () => {
    const hidden = (text: string) => `<w:r><w:rPr><w:vanish/></w:rPr><w:t>${text}</w:t></w:r>`;
    const run = (text: string) => `<w:r><w:t>${text}</w:t></w:r>`;
    const body =
      `<w:tbl>` +
      `<w:tr><w:trPr><w:hidden/></w:trPr>${tc(p("行政处罚"))}${tc(p("36"))}</w:tr>` +
      `<w:tr>${tc(p("行政处罚"))}${tc(`<w:p>${hidden("9")}${run("3")}</w:p>`)}${tc(`<w:p><w:r><w:noBreakHyphen/></w:r>${run("5")}</w:p>`)}` +
      `${tc(`<w:p><w:r><w:sym w:font="Symbol" w:char="F02D"/></w:r>${run("2")}</w:p>`)}</w:tr>` +
      `</w:tbl>`;
    const doc = await docxToDocument(docx(body));
    expect(doc.rows.map((r) => r.cells.map((c) => c.text))).toEqual([["行政处罚", "3", "-5", "-2"]]);
  });

  it("reads a shape written twice (drawing and VML fallback) once, and a body text box's table as blocks of its own", async () => {
    const twice = (inner: string) =>
      `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>${inner}</w:txbxContent></wps:txbx></w:drawing></mc:Choice>` +
      `<mc:Fallback><w:pict><v:textbox><w:txbxContent>${inner}</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
    const table = `<w:tbl><w:tr>${tc(p("行政复议"))}${tc(p("3"))}</w:tr></w:tbl>`;
    const body = `<w:p><w:r><w:t>四、政府信息公开行政复议、行政诉讼情况</w:t></w:r>${twice(table)}</w:p>` + `<w:tbl><w:tr>${tc(p("总计"))}${tc(`<w:p><w:r><w:t>6</w:t></w:r>${twice(p("注"))}</w:p>`)}</w:tr></w:tbl>`;
    const doc = await docxToDocument(docx(body));
    expect(doc.rows.map((r) => r.cells.map((c) => c.text))).toEqual([["四、政府信息公开行政复议、行政诉讼情况"], ["行政复议", "3"], ["总计", "6 注"]]);
  });

  it("takes an unstyled short first paragraph naming the report as the title, but not a section heading", async () => {
    expect((await docxToDocument(docx(p("临渭区卫生健康局2021年政府信息公开工作年度报告") + p("一、总体情况")))).title).toBe(
      "临渭区卫生健康局2021年政府信息公开工作年度报告",
    );
    expect((await docxToDocument(docx(p("一、总体情况") + p("2019年，我局……")))).title).toBeUndefined();
  });

  it("reads seed 004's real tables from a LibreOffice DOCX", async () => {
    const doc = await docxToDocument(new Uint8Array(readFileSync(new URL("../../data/fixtures/docx/seed-004.docx", import.meta.url))));
    const row = (label: string) => doc.rows.find((r) => r.fromTable && r.cells.some((c) => c.text === label && !c.spanned))?.cells.map((c) => c.text);
    expect(row("行政许可")).toEqual(["行政许可", "42", "+21", "5037"]);
    expect(row("行政事业性收费")).toEqual(["行政事业性收费", "16", "0", ""]);
    expect(row("政府集中采购")).toEqual(["政府集中采购", "3", "925万元", ""]);
    expect(row("（六）其他处理")).toEqual(["三、本年度办理结果", "（六）其他处理", "", "0", "0", "0", "0", "0", "0", "0"]);
    expect(row("6.属于四类过程性信息")?.slice(0, 3)).toEqual(["三、本年度办理结果", "（三）不予公开", "6.属于四类过程性信息"]);
  });

  it("names what is wrong with a file that is not a DOCX", async () => {
    await expect(docxToDocument(strToU8("not a zip"))).rejects.toThrow(DocxFormatError);
    await expect(docxToDocument(zipSync({ "a.txt": strToU8("x") }))).rejects.toThrow(/no word\/document.xml/);
  });
});

describe("wordXmlToDocument (Word 2003 XML)", () => {
  const W2003 = `xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml" xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint"`;
  const wordXml = (body: string) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n<w:wordDocument ${W2003}>` +
    `<w:styles><w:style w:styleId="a1"><w:name w:val="Title"/></w:style></w:styles><w:body><wx:sect>${body}</wx:sect></w:body></w:wordDocument>`;

  it("reads paragraphs inside wx:sect, the title by its style, and w:vmerge (spelt so in 2003) as a merged cell", () => {
    const body =
      p("某某县卫生健康局2021年政府信息公开工作年度报告", "a1") +
      `<w:tbl><w:tr>${tc(p("（三）不予公开"), `<w:vmerge w:val="restart"/>`)}${tc(p("1.属于国家秘密"))}${tc(p("0"))}</w:tr>` +
      `<w:tr>${tc("<w:p/>", `<w:vmerge/>`)}${tc(p("2.其他法律行政法规禁止公开"))}${tc("<w:p/>")}</w:tr></w:tbl>`;
    const doc = wordXmlToDocument(wordXml(body));
    expect(doc).toMatchObject({ format: "wordml", title: "某某县卫生健康局2021年政府信息公开工作年度报告" });
    expect(doc.rows.slice(1).map((r) => r.cells.map((c) => [c.text, c.spanned ?? false]))).toEqual([
      [["（三）不予公开", false], ["1.属于国家秘密", false], ["0", false]],
      [["（三）不予公开", true], ["2.其他法律行政法规禁止公开", false], ["", false]],
    ]);
  });

  it("is taken for Word XML (2003 or flat 2007) by its content, in the charset its prolog declares, whatever the file's name", async () => {
    // 行政处罚 in GBK: D0D0 D5FE B4A6 B7A3.
    const [head, tail] = wordXml(p("@@ 1315")).replace("UTF-8", "GBK").split("@@") as [string, string];
    const bytes = new Uint8Array([...strToU8(head), 0xd0, 0xd0, 0xd5, 0xfe, 0xb4, 0xa6, 0xb7, 0xa3, ...strToU8(tail)]);
    const { chunks } = decodeChunks(bytes);
    expect(textFormat("export/report.doc", chunks)).toBe("wordml");
    expect(wordXmlToDocument(chunks.join("")).rows.map((r) => r.cells.map((c) => c.text))).toEqual([["行政处罚", "1315"]]);
    const flat = `<?xml version="1.0" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"></pkg:package>`;
    expect(textFormat("export/report.doc", [flat])).toBe("wordml");
    // An Excel or PowerPoint flat package has no Word document in it.
    expect(() => wordXmlToDocument(flat)).toThrow(/no \/word\/document.xml/);
    const seed = readFileSync(new URL("../../data/fixtures/wordml/seed-000.xml", import.meta.url));
    const outcome = await parseReport({ file: "export/report.doc", bytes: new Uint8Array(seed), sha256: "0" });
    if (!outcome.ok) throw new Error(outcome.failure.error.message);
    expect(outcome.report.meta).toMatchObject({ agency: "宁波市鄞州区卫生健康局", year: 2021, source: { format: "wordml" } });
  });
});
