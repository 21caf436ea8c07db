import { describe, expect, it } from "vitest";
import type { SourceRow } from "../model/document";
import { generateReport, renderReport } from "../synthetic";
import { htmlToDocument, lineLocator, normalizeText } from "./html";

const texts = (row: SourceRow) => row.cells.map((c) => c.text);
const tableRows = (rows: SourceRow[]) => rows.filter((r) => r.fromTable);
const textRows = (rows: SourceRow[]) => rows.filter((r) => !r.fromTable).map((r) => r.cells[0]!.text);

// A county government site: banner, navigation, breadcrumb, share bar and
// footer around the report, as such pages are typically built.
const GOV_PAGE = `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>宁波市鄞州区卫生健康局2021年政府信息公开工作年度报告_鄞州区人民政府</title>
<style>.nav{color:red}</style>
<script>var _hmt = _hmt || []; document.write("年度报告");</script>
</head>
<body>
<div class="header"><img src="logo.png" alt="鄞州区人民政府"><span>宁波市鄞州区人民政府</span></div>
<div id="nav" class="main-nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/hd">政民互动</a></li></ul></div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 年度报告</div>
<div class="article">
  <h1 class="article-title">宁波市鄞州区卫生健康局2021年政府信息公开工作年度报告</h1>
  <div class="article-info">发布日期：2022-01-20 来源：区卫健局</div>
  <!-- 正文开始 -->
  <div class="article-content">
    <p>\u3000\u30002021年，宁波市鄞州区卫生健康局按照《新条例》规定，依法开展政府信息公开工作。</p>
    <p><strong>一、总体情况</strong></p>
    <p>（一）主动公开情况<br>2021年，主动公开政府信息114条。</p>
  </div>
  <div class="bdsharebuttonbox"><a class="bds_weixin">分享到微信</a></div>
</div>
<footer><p>主办单位：宁波市鄞州区人民政府办公室\u3000网站标识码：3302120001</p></footer>
<div class="foot">浙ICP备05000001号</div>
</body>
</html>`;

describe("htmlToDocument on a government page", () => {
  const doc = htmlToDocument(GOV_PAGE);

  it("takes the <title> and drops head, scripts and styles", () => {
    expect(doc.format).toBe("html");
    expect(doc.title).toBe("宁波市鄞州区卫生健康局2021年政府信息公开工作年度报告_鄞州区人民政府");
  });

  it("keeps the report's blocks, one row per block or <br> line, and drops the chrome", () => {
    expect(textRows(doc.rows)).toEqual([
      "宁波市鄞州区卫生健康局2021年政府信息公开工作年度报告",
      "发布日期：2022-01-20 来源：区卫健局",
      "2021年，宁波市鄞州区卫生健康局按照《新条例》规定，依法开展政府信息公开工作。",
      "一、总体情况",
      "（一）主动公开情况",
      "2021年，主动公开政府信息114条。",
    ]);
  });

  it("gives each block the source line where its text starts", () => {
    const lineOfText = (t: string) => doc.rows.find((r) => r.cells[0]!.text === t)!.cells[0]!.line;
    const sourceLine = (needle: string) => GOV_PAGE.split("\n").findIndex((l) => l.includes(needle)) + 1;
    expect(lineOfText("宁波市鄞州区卫生健康局2021年政府信息公开工作年度报告")).toBe(sourceLine('<h1 class="article-title">'));
    expect(lineOfText("一、总体情况")).toBe(sourceLine("<strong>一、总体情况"));
    expect(lineOfText("2021年，主动公开政府信息114条。")).toBe(sourceLine("（一）主动公开情况<br>"));
  });
});

// Table 三 as Word's "Save as web page" writes it: MsoNormal paragraphs, styled
// spans that split labels across source lines, <o:p> and &nbsp; blanks.
const WORD_TABLE_3 = `<div class=WordSection1>
<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:16.0pt;font-family:黑体;mso-ascii-font-family:"Times New Roman"'>三、收到和处理政府信息公开申请情况<span lang=EN-US><o:p></o:p></span></span></b></p>
<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;mso-table-layout-alt:fixed;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>
 <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>
  <td width=277 colspan=3 rowspan=2 style='width:207.9pt;border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt'>
  <p class=MsoNormal align=center><span style='font-size:10.5pt;font-family:宋体'>（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）<span lang=EN-US><o:p></o:p></span></span></p></td>
  <td colspan=7 style='border:solid windowtext 1.0pt'><p class=MsoNormal align=center><span style='font-family:宋体'>申请人情况</span></p></td>
 </tr>
 <tr>
  <td rowspan=2><p class=MsoNormal><span style='font-family:宋体'>自然人</span></p></td>
  <td colspan=5><p class=MsoNormal><span style='font-family:宋体'>法人或其他组织</span></p></td>
  <td rowspan=2><p class=MsoNormal><span style='font-family:宋体'>总计</span></p></td>
 </tr>
 <tr>
  <td colspan=3><p class=MsoNormal>&nbsp;</p></td>
  <td><p class=MsoNormal><span>商业企业</span></p></td>
  <td><p class=MsoNormal><span>科研机构</span></p></td>
  <td><p class=MsoNormal><span>社会公益组织</span></p></td>
  <td><p class=MsoNormal><span>法律服务机构</span></p></td>
  <td><p class=MsoNormal><span>其他</span></p></td>
 </tr>
 <tr>
  <td colspan=3><p class=MsoNormal><span style='font-family:宋体'>一、本年新收政府信息公开申请数</span><span
  style='font-family:宋体'>量</span></p></td>
  <td><p class=MsoNormal align=center><span lang=EN-US>3<o:p></o:p></span></p></td>
  <td><p class=MsoNormal align=center><span lang=EN-US>0<o:p></o:p></span></p></td>
  <td><p class=MsoNormal align=center><span lang=EN-US><o:p>&nbsp;</o:p></span></p></td>
  <td><p class=MsoNormal align=center><span lang=EN-US>0</span></p></td>
  <td><p class=MsoNormal align=center><span lang=EN-US>0</span></p></td>
  <td><p class=MsoNormal align=center><span lang=EN-US>0</span></p></td>
  <td><p class=MsoNormal align=center><span lang=EN-US>3</span></p></td>
 </tr>
 <tr>
  <td rowspan=3><p class=MsoNormal><span style='font-family:宋体'>三、本年度办理结果</span></p></td>
  <td colspan=2><p class=MsoNormal><span>（一）予以公开</span></p></td>
  <td>2</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>2</td>
 </tr>
 <tr>
  <td rowspan=2><p class=MsoNormal><span style='font-family:宋体'>（三）不予</span><span
  style='font-family:宋体'>公开</span></p></td>
  <td><p class=MsoNormal><span lang=EN-US>1</span><span>．属于国家秘密</span></p></td>
  <td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td>
 </tr>
 <tr>
  <td><p class=MsoNormal><span lang=EN-US>2</span><span>．其他法律行政法规禁止公开</span></p></td>
  <td>&nbsp;</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td>
 </tr>
</table>
</div>`;

describe("htmlToDocument on a Word-exported table 三", () => {
  const doc = htmlToDocument(WORD_TABLE_3);
  const rows = tableRows(doc.rows);

  it("keeps the heading above the table as running text", () => {
    expect(textRows(doc.rows)).toEqual(["三、收到和处理政府信息公开申请情况"]);
  });

  it("expands every <tr> to the same width, colspan positions empty and spanned", () => {
    expect(rows).toHaveLength(7);
    for (const row of rows) expect(row.cells).toHaveLength(10);
    expect(texts(rows[0]!)).toEqual([
      "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "", "",
      "申请人情况", "", "", "", "", "", "",
    ]);
    expect(rows[0]!.cells.map((c) => c.spanned ?? false)).toEqual([false, true, true, false, true, true, true, true, true, true]);
  });

  it("repeats rowspan text in the rows below, marked spanned", () => {
    expect(texts(rows[1]!)).toEqual([
      "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "", "",
      "自然人", "法人或其他组织", "", "", "", "", "总计",
    ]);
    expect(rows[1]!.cells[0]!.spanned).toBe(true);
    expect(texts(rows[2]!)).toEqual(["", "", "", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]);
    expect(rows[2]!.cells[3]).toMatchObject({ text: "自然人", spanned: true });
    expect(rows[2]!.cells[0]!.spanned).toBeUndefined(); // an &nbsp; cell is a real, empty cell
  });

  it("joins labels split over spans and source lines, and reads &nbsp;/<o:p> cells as empty", () => {
    expect(texts(rows[3]!)).toEqual(["一、本年新收政府信息公开申请数量", "", "", "3", "0", "", "0", "0", "0", "3"]);
    expect(rows[3]!.cells[5]!.spanned).toBeUndefined();
    expect(texts(rows[5]!)).toEqual(["三、本年度办理结果", "（三）不予公开", "1．属于国家秘密", "0", "0", "0", "0", "0", "0", "0"]);
    expect(texts(rows[6]!)).toEqual(["三、本年度办理结果", "（三）不予公开", "2．其他法律行政法规禁止公开", "", "0", "0", "0", "0", "0", "0"]);
    expect(rows[6]!.cells[1]!.spanned).toBe(true);
    expect(rows[6]!.cells[3]!.spanned).toBeUndefined();
  });

  it("gives each cell the line of its <td>, and spanned cells the line of the merged cell", () => {
    const lines = WORD_TABLE_3.split("\n");
    const lineOf = (needle: string, from = 0) => lines.findIndex((l, i) => i >= from && l.includes(needle)) + 1;
    expect(rows[5]!.cells[1]!.line).toBe(lineOf("<td rowspan=2><p class=MsoNormal><span style='font-family:宋体'>（三）不予"));
    expect(rows[6]!.cells[1]!.line).toBe(rows[5]!.cells[1]!.line);
    expect(rows[6]!.cells[2]!.line).toBe(lineOf("2</span><span>．其他法律"));
    expect(rows[3]!.cells[3]!.line).toBe(lineOf("<span lang=EN-US>3<o:p>"));
  });
});

describe("htmlToDocument on table 四 with colspan headers", () => {
  const labels = ["维持", "纠正", "其他", "尚未审结", "总计"];
  const html = `<table border="1">
<tr><td colspan="5" rowspan="2">行政复议</td><td colspan="10">行政诉讼</td></tr>
<tr><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>
<tr>${[...labels, ...labels, ...labels].map((l) => `<td>${l}</td>`).join("")}</tr>
<tr><td>1</td><td>0</td><td>0</td><td>0</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
</table>`;
  const rows = htmlToDocument(html).rows;

  it("lays the headers over 15 columns", () => {
    expect(rows).toHaveLength(4);
    expect(texts(rows[0]!)).toEqual(["行政复议", "", "", "", "", "行政诉讼", "", "", "", "", "", "", "", "", ""]);
    expect(texts(rows[1]!)).toEqual(["行政复议", "", "", "", "", "未经复议直接起诉", "", "", "", "", "复议后起诉", "", "", "", ""]);
    expect(rows[1]!.cells.slice(0, 5).every((c) => c.spanned)).toBe(true);
    expect(texts(rows[3]!).join(",")).toBe("1,0,0,0,1,0,0,0,0,0,0,0,0,0,0");
    expect(rows.map((r) => r.cells[0]!.line)).toEqual([2, 2, 4, 5]);
  });
});

describe("htmlToDocument on layout and odd markup", () => {
  it("reads a layout table as running text and the nested data table as rows", () => {
    const html = `<table width="100%"><tr><td>
<p>乐清市卫生健康局</p><p>2021年度政府信息公开工作年度报告</p>
<table border=1><tr><td>行政许可</td><td>12</td></tr><tr><td>行政处罚</td><td></td></tr></table>
<p>四、政府信息公开行政复议、行政诉讼情况</p>
</td></tr></table>`;
    const doc = htmlToDocument(html);
    expect(doc.rows.map((r) => [r.fromTable ?? false, ...texts(r)])).toEqual([
      [false, "乐清市卫生健康局"],
      [false, "2021年度政府信息公开工作年度报告"],
      [true, "行政许可", "12"],
      [true, "行政处罚", ""],
      [false, "四、政府信息公开行政复议、行政诉讼情况"],
    ]);
  });

  it("keeps chrome-classed elements that hold the report's table", () => {
    const html = `<div class="footer-wrap"><table><tr><td>规章</td><td>0</td><td>0</td><td>3</td></tr></table></div>
<div class="menu">首页</div>`;
    const rows = htmlToDocument(html).rows;
    expect(rows.map(texts)).toEqual([["规章", "0", "0", "3"]]);
  });

  it("drops a table's hidden cells (display:none duplicates)", () => {
    const html = `<table><tr><td>一、本年新收政府信息公开申请数量</td><td style="display:none">9</td><td>3</td><td>0</td></tr></table>`;
    expect(htmlToDocument(html).rows.map(texts)).toEqual([["一、本年新收政府信息公开申请数量", "3", "0"]]);
  });

  it("drops a list whose every item is a link (a site's other reports), and keeps other lists", () => {
    const html = `<ul class="list"><li><a href="/1">乐清市卫生健康局2020年度政府信息公开工作年度报告</a><span>2021-01-20</span></li>
<li><a href="/2">温州市卫生健康委员会2021年政府信息公开工作年度报告</a></li></ul>
<ol><li>主动公开政府信息311条。</li><li>详见<a href="/x">附件</a>。</li></ol>`;
    expect(htmlToDocument(html).rows.map(texts)).toEqual([["主动公开政府信息311条。"], ["详见附件。"]]);
  });

  it("reads a cell's blocks as lines: joined between CJK, a space otherwise, the indentation around them dropped", () => {
    const html = `<table><tr>
  <td>
    <p>不予</p>
    <p>公开</p>
  </td>
  <td> <p>A</p>
<p>1</p> </td>
  <td>&nbsp;<p>0</p>&nbsp;</td>
  <td>
  </td>
</tr></table>`;
    expect(htmlToDocument(html).rows.map(texts)).toEqual([["不予公开", "A 1", "0", ""]]);
  });

  it("joins digits a narrow cell wrapped over its lines into one number: a full first line, none longer after it", () => {
    const html = "<table><tr><td><p>103</p><p>1</p></td><td>125<br>81</td><td>1<br>1</td><td>12<br>581</td><td>3 1</td><td><p>3</p><p>件</p></td></tr></table>";
    expect(htmlToDocument(html).rows.map(texts)).toEqual([["1031", "12581", "1 1", "12 581", "3 1", "3 件"]]);
  });

  it("clips rowspans past the table's end, fills gaps as spanned and skips empty rows", () => {
    const html = `<table><tr><td rowspan="5">（四）无法提供</td><td>1.本机关不掌握相关政府信息</td><td>2</td></tr>
<tr><td>2.没有现成信息需要另行制作</td></tr><tr><td></td><td></td></tr></table>`;
    const rows = htmlToDocument(html).rows;
    expect(rows.map(texts)).toEqual([
      ["（四）无法提供", "1.本机关不掌握相关政府信息", "2"],
      ["（四）无法提供", "2.没有现成信息需要另行制作"],
      ["（四）无法提供", "", ""],
    ]);
    expect(rows[2]!.cells.map((c) => c.spanned ?? false)).toEqual([true, false, false]);
  });

  it("splits <pre> text by line and ignores comments, Word conditionals and VML", () => {
    const html = `<!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]-->
<pre>一、总体情况
（一）主动公开情况</pre><![if !supportLists]><span>1.</span><![endif]><v:shape><v:textbox>图</v:textbox></v:shape>`;
    const doc = htmlToDocument(html);
    expect(doc.rows.map((r) => [r.cells[0]!.text, r.cells[0]!.line])).toEqual([
      ["一、总体情况", 2],
      ["（一）主动公开情况", 3],
      ["1.", 3],
    ]);
  });

  it("follows HTML's implied end tags in old uppercase markup", () => {
    const html = `<TABLE BORDER=1><TR><TD ROWSPAN=2>行政复议<TD>1<TR><TD>2</TABLE><P>下一段<P>再一段<script>document.write("<p>x</p>")</script>`;
    expect(htmlToDocument(html).rows.map((r) => [r.fromTable ?? false, ...texts(r)])).toEqual([
      [true, "行政复议", "1"],
      [true, "行政复议", "2"],
      [false, "下一段"],
      [false, "再一段"],
    ]);
  });

  it("reads a closing </br> as a line break and a </p> without its <p> as an empty paragraph, as browsers do", () => {
    expect(htmlToDocument("<div>第一行</br>第二行</p>第三行</div>").rows.map(texts)).toEqual([["第一行"], ["第二行"], ["第三行"]]);
  });

  it("drops an SVG whole, a table in its foreignObject (closed in another case) too, and reads on after it", () => {
    const html = "<svg><text>图注</text><FOREIGNOBJECT><table><tr><td>合计</td><td>3</td></tr></table></foreignObject></svg><p>正文</p>";
    expect(htmlToDocument(html).rows.map(texts)).toEqual([["正文"]]);
  });

  it("keeps Word smart-tag text", () => {
    const html = `<p>截止<st1:chsdate Year="2021" Month="12" Day="31">2021年12月31日</st1:chsdate>，主动公开210条</p>`;
    expect(htmlToDocument(html).rows.map(texts)).toEqual([["截止2021年12月31日，主动公开210条"]]);
  });
});

describe("normalizeText", () => {
  it("collapses whitespace and &nbsp; and drops line breaks between CJK characters", () => {
    expect(normalizeText("  不予\n   公开 ")).toBe("不予公开");
    expect(normalizeText("2021\n年")).toBe("2021 年");
    expect(normalizeText("\u00a0\u00a0")).toBe("");
    expect(normalizeText("本年\u00a0\n新收")).toBe("本年 新收");
    expect(normalizeText("属于\u200b国家\u00ad秘密")).toBe("属于国家秘密");
  });
});

describe("lineLocator", () => {
  it("maps offsets to 1-based lines", () => {
    const lineOf = lineLocator("ab\ncd\n\nef");
    expect([0, 2, 3, 5, 6, 7, 8].map(lineOf)).toEqual([1, 1, 2, 2, 3, 4, 4]);
  });
});

describe("htmlToDocument in chunks", () => {
  // The decoder hands long pages over in pieces; cutting them anywhere (inside a
  // tag, an attribute, an entity, a CJK label) must give the same document,
  // source lines included.
  it("reads a Word-exported page cut into pieces exactly as the whole", () => {
    const html = new TextDecoder().decode(renderReport(generateReport(7), "html-word").bytes);
    const whole = htmlToDocument(html);
    expect(whole.rows.filter((r) => r.fromTable).length).toBeGreaterThan(40);
    for (const size of [997, 4096, 30000]) {
      const chunks = Array.from({ length: Math.ceil(html.length / size) }, (_, i) => html.slice(i * size, (i + 1) * size));
      expect(htmlToDocument(chunks)).toEqual(whole);
    }
  });

  it("locates lines across chunk boundaries", () => {
    const at = lineLocator(["a\nb", "c\n", "d\ne"]);
    expect([0, 2, 3, 4, 5, 6, 7].map(at)).toEqual([1, 2, 2, 2, 3, 3, 4]);
  });
});

describe("a table pasted into the page as paragraphs", () => {
  it("splits a paragraph that ends in values into cells, and leaves running text whole", () => {
    const html = "<p>信息内容&nbsp;&nbsp;本年制发件数</p><p>规章&nbsp;&nbsp;1&nbsp;&nbsp;0&nbsp;&nbsp;6</p><p>电话：86865111</p>";
    expect(htmlToDocument(html).rows.map(texts)).toEqual([["信息内容 本年制发件数"], ["规章", "1", "0", "6"], ["电话：86865111"]]);
  });

  it.each([0, 0.03])("reads generated reports (blank rate %s) whose tables were flattened that way, never with a wrong number", async (blankRate) => {
    const { parseReport } = await import("./index");
    const { compareReport } = await import("../synthetic");
    let exact = 0;
    for (let i = 0; i < 20; i++) {
      const truth = generateReport(8_300_000 + i, { blankRate });
      const flattened = new TextDecoder()
        .decode(renderReport(truth, "html-table").bytes)
        .replace(/<\/?(?:table|tbody|thead)[^>]*>/g, "")
        .replace(/<tr[^>]*>/g, "<p>")
        .replace(/<\/tr>/g, "</p>")
        .replace(/<\/?t[dh][^>]*>/g, "&nbsp;");
      const outcome = await parseReport({ file: "flattened.html", bytes: new TextEncoder().encode(flattened), sha256: "0" });
      if (!outcome.ok) throw new Error(outcome.failure.error.message);
      const mismatches = compareReport(truth, outcome.report);
      // A blank cell leaves no trace between spaces: its row is read as blank and reported.
      expect(mismatches.filter((m) => m.actual !== null && m.actual !== undefined)).toEqual([]);
      if (mismatches.length === 0) exact++;
    }
    if (blankRate === 0) expect(exact).toBe(20);
  });
});

describe("a table split at a page break, as PDF-to-Word converters leave it", () => {
  it("reads the rows of both parts as one table, and skips the page number between them", async () => {
    const { parseReport } = await import("./index");
    const { compareReport } = await import("../synthetic");
    for (let i = 0; i < 10; i++) {
      const truth = generateReport(8_400_000 + i);
      const html = new TextDecoder().decode(renderReport(truth, "html-table").bytes);
      // Table 三, cut before its middle row.
      const start = html.indexOf("<table", html.indexOf("<table") + 1);
      const rowStarts = [...html.slice(start, html.indexOf("</table>", start)).matchAll(/<tr[\s>]/g)].map((m) => start + m.index);
      const cut = rowStarts[Math.floor(rowStarts.length / 2)]!;
      const split = `${html.slice(0, cut)}</table>\n<p>- 2 -</p>\n<table>${html.slice(cut)}`;
      const outcome = await parseReport({ file: "split.html", bytes: new TextEncoder().encode(split), sha256: "0" });
      if (!outcome.ok) throw new Error(outcome.failure.error.message);
      expect(compareReport(truth, outcome.report)).toEqual([]);
      expect(outcome.report.diagnostics.filter((d) => d.code === "unknown-row")).toEqual([]);
    }
  });
});

describe("entities and attributes, read by hand rather than by the stock parser", () => {
  const rowTexts = (html: string | string[]) => htmlToDocument(html).rows.map(texts);

  it("decodes entities in text, also one cut by a chunk's end, but not across a comment (as a browser does)", () => {
    expect(rowTexts("<p>A&amp;B&#x4e2d;&#25991;&lt;</p>")).toEqual([["A&B中文<"]]);
    expect(rowTexts(["<p>主动&nb", "sp;公开</p>"])).toEqual([["主动 公开"]]);
    // `&amp` without its `;` is still an ampersand; the `;` after the comment stays text.
    expect(rowTexts("<p>x&amp<!-- c -->;y</p>")).toEqual([["x&;y"]]);
    expect(htmlToDocument("<title>A&amp;B</title><p>正文</p>").title).toBe("A&B");
  });

  it("reads attribute names in any case, keeps the first of a repeated attribute and decodes values", () => {
    const cells = (html: string) => htmlToDocument(html).rows.filter((r) => r.fromTable).map(texts);
    expect(cells('<table><tr><td COLSPAN=2>项目</td></tr><tr><td colspan="&#50;">合计</td></tr><tr><td>1</td><td>2</td></tr></table>')).toEqual([
      ["项目", ""],
      ["合计", ""],
      ["1", "2"],
    ]);
    expect(cells("<table><tr><td rowspan=2 rowspan=1>甲</td><td>1</td></tr><tr><td>2</td></tr></table>")).toEqual([
      ["甲", "1"],
      ["甲", "2"],
    ]);
    expect(rowTexts('<p>正文</p><div STYLE="display&#58;none"><p>隐藏</p></div><div style="color:red" style="display:none"><p>显示</p></div>')).toEqual([
      ["正文"],
      ["显示"],
    ]);
  });

  it("takes <style> as raw text, except inside SVG where entities count", () => {
    // Chrome is kept when it holds over 500 characters naming 政府信息公开: 100 × `&amp;` is 500 characters raw, 100 decoded.
    const chrome = (inner: string) => `<p>正文</p><div class=nav>${inner}<p>导航</p></div>`;
    const style = `<style>政府信息公开${"&amp;".repeat(100)}</style>`;
    expect(rowTexts(chrome(style))).toEqual([["正文"], ["导航"]]);
    expect(rowTexts(chrome(`<svg>${style}</svg>`))).toEqual([["正文"]]);
  });
});
