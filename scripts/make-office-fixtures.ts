// Regenerates the committed DOCX/PDF/DOC/RTF/ODT/Word 2003 XML fixtures in data/fixtures/{docx,pdf,doc,rtf,odt,wordml}/ from
// hand-transcribed seed content. Dev-time only (CI never runs it): it needs
// LibreOffice, poppler-utils and img2pdf from Debian:
//   apt-get install -y --no-install-recommends libreoffice-writer-nogui poppler-utils img2pdf fonts-noto-cjk
//   npx tsx scripts/make-office-fixtures.ts
// Pipeline per fixture: HTML (written here, committed) → soffice → DOCX → soffice → PDF.
// The multi-page variant gets a page header and a "- N -" footer patched into its
// DOCX before the PDF export, so the PDF reader must drop them; the scanned variant
// is a rasterised page with no text layer. The Word 97–2003 (.doc) fixtures are LibreOffice's
// conversions of the DOCX fixtures, of the multi-page variant (its page header and footer
// must not be read) and of seed 001's text, whose table 四 row is typed with tabs; and seed 000
// with its whole body in one layout table's cell (DOCX and DOC). The RTF fixtures are LibreOffice's
// RTF of seeds 000 and 004 and of the layout-table variant; the Word 2003 XML ones its "MS Word
// 2003 XML" export of seeds 000 and 004, and the ODT ones its OpenDocument text of the same. The
// text fixtures are the seed text files through LibreOffice: 000 and 004 printed to PDF, 001 as a web page.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

// ---- Seed content, transcribed by hand from /work/shared/seeds (values and labels as printed). ----

type Cell = string | { text: string; colspan: number };
type Block = { p: string; bold?: boolean } | { table: "active" | "applications" | "review" };
interface SeedContent { blocks: Block[]; active: Cell[][]; applications: number[][]; review: number[] }

const zeros = (): number[] => [0, 0, 0, 0, 0, 0, 0];
const only = (n: number): number[] => [n, 0, 0, 0, 0, 0, n];

/** Seed 000 (宁波市鄞州区卫生健康局, 2021 template). Narrative abridged; every table value kept. */
const SEED_000: SeedContent = {
  blocks: [
    { p: "2021年，宁波市鄞州区卫生健康局按照《新条例》规定和区委区政府的有关要求，结合行业特点，始终坚持“以公开为常态、不公开为例外”，充分发挥“互联网+政务服务”平台作用，把政府信息公开工作作为保障公民民主权利，促进依法行政，推动科学发展，联系服务群众的重要举措，依法、及时、准确、有序地开展政府信息公开工作。" },
    { p: "一、总体情况", bold: true },
    { p: "（一）主动公开情况" },
    { p: "2021年，主动公开政府信息114条。其中，政府信息公开网站284条，主要内容包括法定公开的机构概况、工作信息、人事任免及财政预结算等。" },
    { p: "（二）依申请公开情况。" },
    { p: "2020年，我单位接到依申请公开3条，均及时办结，无行政复议和提起诉讼情况。" },
    { p: "二、主动公开政府信息情况", bold: true },
    { table: "active" },
    { p: "三、收到和处理政府信息公开申请情况", bold: true },
    { table: "applications" },
    { p: "四、政府信息公开行政复议、行政诉讼情况", bold: true },
    { table: "review" },
    { p: "五、存在的主要问题及改进情况", bold: true },
    { p: "2021年，区卫健局在上级业务主管部门的指导下，结合本局实际不断加强政府信息公开工作的开展，努力提升信息公开的能力和公开质量。" },
    { p: "六、其他需要报告的事项", bold: true },
    { p: "2021年度，我局政府信息公开工作没有出现过泄密、应急事件未及时处理、不符合《新条例》要求的其它情况。我局无其他需要报告的事项。本年度本单位无收取政府信息公开信息处理费情况。" },
  ],
  active: [
    [{ text: "第二十条第（一）项", colspan: 4 }],
    ["信息内容", "本年制作件数量", "本年废止件数", "现行有效件数量"],
    ["规章", "0", "0", "0"],
    ["规范性文件", "3", "1", "24"],
    [{ text: "第二十条第（五）项", colspan: 4 }],
    ["信息内容", { text: "本年处理决定数量", colspan: 3 }],
    ["行政许可", { text: "12581", colspan: 3 }],
    [{ text: "第二十条第（六）项", colspan: 4 }],
    ["信息内容", { text: "本年处理决定数量", colspan: 3 }],
    ["行政处罚", { text: "1315", colspan: 3 }],
    ["行政强制", { text: "0", colspan: 3 }],
    [{ text: "第二十条第（八）项", colspan: 4 }],
    ["信息内容", { text: "本年收费金额（单位：万元）", colspan: 3 }],
    ["行政事业性收费", { text: "0", colspan: 3 }],
  ],
  // Rows in template order: 新收, 结转, 予以公开, 部分公开, 不予公开 1–8, 无法提供 1–3,
  // 不予处理 1–5, 其他处理, 总计, 结转下年度. Columns: 自然人, 商业企业, 科研机构,
  // 社会公益组织, 法律服务机构, 其他, 总计. (总计 3 ≠ the outcome rows' 4: as printed.)
  applications: [
    only(3), zeros(),
    only(1), zeros(),
    zeros(), only(1), zeros(), zeros(), zeros(), only(1), zeros(), zeros(),
    zeros(), zeros(), zeros(),
    only(1), zeros(), zeros(), zeros(), zeros(),
    zeros(), only(3), zeros(),
  ],
  review: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
};

/** Seed 004 (慈溪市卫生健康局, 2019 template). Narrative abridged; every table value kept. */
const SEED_004: SeedContent = {
  blocks: [
    { p: "一、总体情况", bold: true },
    { p: "2019年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，不断加强政府信息公开工作的领导，强化公开平台建设，创新公开方式，拓宽公开范围，全力推进政府信息公开工作扎实有序开展。" },
    { p: "（二）依申请公开情况。2019年，我局未收到政府信息公开申请，因申请信息公开引起的行政复议1件。" },
    { p: "二、主动公开政府信息情况", bold: true },
    { table: "active" },
    { p: "三、收到和处理政府信息公开申请情况", bold: true },
    { table: "applications" },
    { p: "四、政府信息公开行政复议、行政诉讼情况", bold: true },
    { table: "review" },
    { p: "五、存在的主要问题及改进情况", bold: true },
    { p: "存在的主要问题：一是政府信息公开制度有待进一步的完善；二是政府信息公开意识有待进一步的提高。" },
    { p: "六、其他需要报告的事项", bold: true },
    { p: "无。" },
  ],
  active: [
    [{ text: "第二十条第（一）项", colspan: 4 }],
    ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
    ["规章", "0", "0", "0"],
    ["规范性文件", "1", "1", "23"],
    [{ text: "第二十条第（五）项", colspan: 4 }],
    ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
    ["行政许可", "42", "+21", "5037"],
    ["其他对外管理服务事项", "10", "+55", "34"],
    [{ text: "第二十条第（六）项", colspan: 4 }],
    ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
    ["行政处罚", "39", "+5", "570"],
    ["行政强制", "8", "+2", "0"],
    [{ text: "第二十条第（八）项", colspan: 4 }],
    // The fourth column is a real empty cell here (the seed prints two values).
    ["信息内容", "上一年项目数量", "本年增/减", ""],
    ["行政事业性收费", "16", "0", ""],
    [{ text: "第二十条第（九）项", colspan: 4 }],
    ["信息内容", "采购项目数量", { text: "采购总金额", colspan: 2 }],
    ["政府集中采购", "3", { text: "925万元", colspan: 2 }],
  ],
  applications: Array.from({ length: 23 }, zeros),
  review: [1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
};

// ---- HTML rendering in the official forms' layout (rowspan/colspan as printed). ----

interface HtmlStyle {
  fontPt: number;
  largeType: boolean;
  /** No ruling lines at all (Word/WPS tables with borders off): the PDF reader must use text positions. */
  borderless?: boolean;
  /** Cell text centred, as in most published reports (LibreOffice's default is left). */
  centred?: boolean;
  /** Row-group labels (三、本年度办理结果, （三）不予公开 …) printed one character per line. */
  verticalLabels?: boolean;
  /** Table 四's header words broken into single characters, one per line. */
  headerChars?: boolean;
}

const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
/** One character per line: the characters joined by <br>. */
const charLines = (s: string): string => [...s].map(esc).join("<br>");
let style: HtmlStyle = { fontPt: 10.5, largeType: false };
const tdRaw = (html: string, attrs = ""): string => {
  const all = [attrs, style.centred ? `align="center"` : ""].filter(Boolean).join(" ");
  return `<td${all ? " " + all : ""}>${html}</td>`;
};
const td = (text: string | number, attrs = ""): string => tdRaw(esc(String(text)), attrs);
const tableOpen = (): string =>
  style.borderless
    ? `<table border="0" cellspacing="0" cellpadding="3" width="100%">`
    : `<table border="1" cellspacing="0" cellpadding="3" width="100%" style="border-collapse:collapse">`;
const groupLabel = (s: string, attrs: string): string => (style.verticalLabels ? tdRaw(charLines(s), attrs) : td(s, attrs));

function renderActive(rows: Cell[][]): string {
  const tr = rows.map((cells) =>
    "<tr>" + cells.map((c) => (typeof c === "string" ? td(c) : td(c.text, `colspan="${c.colspan}"`))).join("") + "</tr>",
  );
  return tableOpen() + tr.join("\n") + "</table>";
}

const OUTCOME_GROUPS: { group: string; items: string[] }[] = [
  { group: "（三）不予公开", items: ["1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益", "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"] },
  { group: "（四）无法提供", items: ["1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"] },
  { group: "（五）不予处理", items: ["1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息"] },
];

function renderApplications(values: number[][]): string {
  const nums = (i: number): string => values[i]!.map((v) => td(v)).join("");
  const out: string[] = [
    `<tr>${td("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 'colspan="3" rowspan="3"')}${td("申请人情况", 'colspan="7"')}</tr>`,
    `<tr>${td("自然人", 'rowspan="2"')}${td("法人或其他组织", 'colspan="5"')}${td("总计", 'rowspan="2"')}</tr>`,
    `<tr>${["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"].map((t) => td(t)).join("")}</tr>`,
    `<tr>${td("一、本年新收政府信息公开申请数量", 'colspan="3"')}${nums(0)}</tr>`,
    `<tr>${td("二、上年结转政府信息公开申请数量", 'colspan="3"')}${nums(1)}</tr>`,
    `<tr>${groupLabel("三、本年度办理结果", 'rowspan="20"')}${td("（一）予以公开", 'colspan="2"')}${nums(2)}</tr>`,
    `<tr>${td("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 'colspan="2"')}${nums(3)}</tr>`,
  ];
  let i = 4;
  for (const g of OUTCOME_GROUPS) {
    g.items.forEach((item, k) => {
      const head = k === 0 ? groupLabel(g.group, `rowspan="${g.items.length}"`) : "";
      out.push(`<tr>${head}${td(item)}${nums(i++)}</tr>`);
    });
  }
  out.push(`<tr>${td("（六）其他处理", 'colspan="2"')}${nums(i++)}</tr>`);
  out.push(`<tr>${td("（七）总计", 'colspan="2"')}${nums(i++)}</tr>`);
  out.push(`<tr>${td("四、结转下年度继续办理", 'colspan="3"')}${nums(i++)}</tr>`);
  return tableOpen() + out.join("\n") + "</table>";
}

function renderReview(values: number[]): string {
  // In large type fifteen columns overflow the page; LibreOffice ignores <col> widths
  // here, so table 四 keeps a smaller type (its headers still break into 2-character lines).
  const small = style.largeType ? `style="font-size: 12pt"` : "";
  const cell = (text: string | number, attrs = ""): string => td(text, [attrs, small].filter(Boolean).join(" "));
  const head = (text: string): string => (style.headerChars ? tdRaw(charLines(text), small) : cell(text));
  const parts = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
  const spanned = (t: string): string => (style.headerChars ? tdRaw(charLines(t), ['rowspan="2"', small].filter(Boolean).join(" ")) : cell(t, 'rowspan="2"'));
  return (
    tableOpen() +
    `<tr>${cell("行政复议", 'colspan="5"')}${cell("行政诉讼", 'colspan="10"')}</tr>\n` +
    `<tr>${parts.map(spanned).join("")}${cell("未经复议直接起诉", 'colspan="5"')}${cell("复议后起诉", 'colspan="5"')}</tr>\n` +
    `<tr>${[...parts, ...parts].map(head).join("")}</tr>\n` +
    `<tr>${values.map((v) => cell(v)).join("")}</tr></table>`
  );
}

function renderSeedHtml(seed: SeedContent, htmlStyle: HtmlStyle): string {
  style = htmlStyle;
  const body = seed.blocks.map((b) => {
    if ("p" in b) return b.bold ? `<p><b>${esc(b.p)}</b></p>` : `<p>${esc(b.p)}</p>`;
    if (b.table === "active") return renderActive(seed.active);
    if (b.table === "applications") return renderApplications(seed.applications);
    return renderReview(seed.review);
  });
  return (
    `<!DOCTYPE html>\n<html><head><meta charset="utf-8">` +
    `<style>body, td, p { font-family: "Noto Serif CJK SC"; font-size: ${style.fontPt}pt; }</style></head>\n<body>\n` +
    body.join("\n") +
    "\n</body></html>\n"
  );
}

const ROOT = new URL("..", import.meta.url).pathname;
const DOCX_DIR = join(ROOT, "data/fixtures/docx");
const PDF_DIR = join(ROOT, "data/fixtures/pdf");
const DOC_DIR = join(ROOT, "data/fixtures/doc");
const RTF_DIR = join(ROOT, "data/fixtures/rtf");
const WORDML_DIR = join(ROOT, "data/fixtures/wordml");
const ODT_DIR = join(ROOT, "data/fixtures/odt");
const HTML_DIR = join(ROOT, "data/fixtures/html");
const SEED_001_TEXT = join(ROOT, "data/reports/seeds/001_98e8607b8980a40f.txt");

interface Fixture { name: string; seed: SeedContent; style: HtmlStyle; pageFurniture?: boolean; keepDocx: boolean }

const FIXTURES: Fixture[] = [
  { name: "seed-000", seed: SEED_000, style: { fontPt: 10.5, largeType: false }, keepDocx: true },
  { name: "seed-004", seed: SEED_004, style: { fontPt: 10.5, largeType: false }, keepDocx: true },
  // Large type: table 三 breaks across pages (twice), its tall merged label cells
  // wrap over several lines, and table 四's headers wrap, as in many published PDFs.
  { name: "seed-000-multipage", seed: SEED_000, style: { fontPt: 16, largeType: true }, pageFurniture: true, keepDocx: false },
  // Ruled, with the row-group labels and table 四's header one character per line.
  { name: "seed-000-vertical", seed: SEED_000, style: { fontPt: 10.5, largeType: false, verticalLabels: true, headerChars: true }, keepDocx: false },
  // No ruling lines: rows and columns come from text positions alone. Seed 000 centred,
  // seed 004 left-aligned with vertical labels and a one-character-per-line table-四 header.
  { name: "seed-000-borderless", seed: SEED_000, style: { fontPt: 10.5, largeType: false, borderless: true, centred: true }, keepDocx: false },
  {
    name: "seed-004-borderless",
    seed: SEED_004,
    style: { fontPt: 10.5, largeType: false, borderless: true, verticalLabels: true, headerChars: true },
    keepDocx: false,
  },
];

function soffice(args: string[], cwd: string): void {
  execFileSync("soffice", ["--headless", "--norestore", ...args], { cwd, stdio: "pipe", timeout: 120_000 });
}

/** Adds a running page header and a centred "- PAGE -" footer to every page. */
function addPageFurniture(docx: Uint8Array, headerText: string): Uint8Array {
  const files = unzipSync(docx);
  const w = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`;
  files["word/header-fixture.xml"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><w:hdr ${w}><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>${headerText}</w:t></w:r></w:p></w:hdr>`,
  );
  files["word/footer-fixture.xml"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><w:ftr ${w}><w:p><w:pPr><w:jc w:val="center"/></w:pPr>` +
      `<w:r><w:t xml:space="preserve">- </w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>` +
      `<w:r><w:t xml:space="preserve"> -</w:t></w:r></w:p></w:ftr>`,
  );
  const rels = strFromU8(files["word/_rels/document.xml.rels"]!);
  const relType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  files["word/_rels/document.xml.rels"] = strToU8(
    rels.replace(
      "</Relationships>",
      `<Relationship Id="rIdFixtureHeader" Type="${relType}/header" Target="header-fixture.xml"/>` +
        `<Relationship Id="rIdFixtureFooter" Type="${relType}/footer" Target="footer-fixture.xml"/></Relationships>`,
    ),
  );
  const types = strFromU8(files["[Content_Types].xml"]!);
  const ct = "application/vnd.openxmlformats-officedocument.wordprocessingml";
  files["[Content_Types].xml"] = strToU8(
    types.replace(
      "</Types>",
      `<Override PartName="/word/header-fixture.xml" ContentType="${ct}.header+xml"/>` +
        `<Override PartName="/word/footer-fixture.xml" ContentType="${ct}.footer+xml"/></Types>`,
    ),
  );
  const doc = strFromU8(files["word/document.xml"]!);
  const sect = doc.lastIndexOf("<w:sectPr");
  const open = doc.indexOf(">", sect) + 1;
  if (sect < 0) throw new Error("converted DOCX has no w:sectPr");
  const refs = `<w:headerReference w:type="default" r:id="rIdFixtureHeader"/><w:footerReference w:type="default" r:id="rIdFixtureFooter"/>`;
  files["word/document.xml"] = strToU8(doc.slice(0, open) + refs + doc.slice(open));
  return zipSync(files, { level: 9 });
}

function makeScanned(work: string, pdf: string, out: string): void {
  // Page 2 of seed-004 holds tables; 50 dpi greyscale keeps the fixture small.
  execFileSync("pdftoppm", ["-f", "2", "-l", "2", "-r", "50", "-gray", "-png", pdf, join(work, "scan")]);
  const png = join(work, "scan-2.png");
  execFileSync("img2pdf", ["--output", out, png]);
}

/** The whole body put in the one cell of a layout table, as some documents are laid out. */
function wrapInLayoutTable(docx: Uint8Array): Uint8Array {
  const files = unzipSync(docx);
  const doc = strFromU8(files["word/document.xml"]!);
  const start = doc.indexOf("<w:body>") + "<w:body>".length;
  const sect = doc.lastIndexOf("<w:sectPr");
  if (start < "<w:body>".length || sect < 0) throw new Error("converted DOCX has no w:body or w:sectPr");
  const table = `<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w="9000"/></w:tblGrid><w:tr><w:tc><w:tcPr/>${doc.slice(start, sect)}<w:p/></w:tc></w:tr></w:tbl>`;
  files["word/document.xml"] = strToU8(doc.slice(0, start) + table + doc.slice(sect));
  // A fixed time stamp: regenerating the committed fixture leaves it byte for byte the same.
  return zipSync(files, { level: 9, mtime: "2026-11-24T00:00:00Z" });
}

function makeDocFixtures(work: string): void {
  mkdirSync(DOC_DIR, { recursive: true });
  const toDoc = (input: string, filter?: string) => soffice([...(filter ? [`--infilter=${filter}`] : []), "--convert-to", "doc:MS Word 97", input], work);
  for (const name of ["seed-000", "seed-004"]) {
    copyFileSync(join(DOCX_DIR, `${name}.docx`), join(work, `${name}.docx`));
    toDoc(`${name}.docx`);
    copyFileSync(join(work, `${name}.doc`), join(DOC_DIR, `${name}.doc`));
  }
  copyFileSync(join(PDF_DIR, "seed-000-multipage.html"), join(work, "seed-000-multipage.html"));
  soffice(["--infilter=HTML (StarWriter)", "--convert-to", "docx:MS Word 2007 XML", "seed-000-multipage.html"], work);
  const multipage = join(work, "seed-000-multipage.docx");
  writeFileSync(multipage, addPageFurniture(readFileSync(multipage), "政府信息公开工作年度报告"));
  toDoc("seed-000-multipage.docx");
  copyFileSync(join(work, "seed-000-multipage.doc"), join(DOC_DIR, "seed-000-multipage.doc"));
  const layout = join(DOCX_DIR, "seed-000-layout-table.docx");
  writeFileSync(layout, wrapInLayoutTable(readFileSync(join(DOCX_DIR, "seed-000.docx"))));
  copyFileSync(layout, join(work, "seed-000-layout-table.docx"));
  toDoc("seed-000-layout-table.docx");
  copyFileSync(join(work, "seed-000-layout-table.doc"), join(DOC_DIR, "seed-000-layout-table.doc"));
  mkdirSync(RTF_DIR, { recursive: true });
  for (const name of ["seed-000", "seed-004", "seed-000-layout-table"]) {
    soffice(["--convert-to", "rtf:Rich Text Format", `${name}.docx`], work);
    copyFileSync(join(work, `${name}.rtf`), join(RTF_DIR, `${name}.rtf`));
  }
  mkdirSync(ODT_DIR, { recursive: true });
  for (const name of ["seed-000", "seed-004"]) {
    soffice(["--convert-to", "odt", `${name}.docx`], work);
    copyFileSync(join(work, `${name}.odt`), join(ODT_DIR, `${name}.odt`));
  }
  mkdirSync(WORDML_DIR, { recursive: true });
  for (const name of ["seed-000", "seed-004"]) {
    soffice(["--convert-to", "xml:MS Word 2003 XML", `${name}.docx`], work);
    copyFileSync(join(work, `${name}.xml`), join(WORDML_DIR, `${name}.xml`));
  }
  copyFileSync(SEED_001_TEXT, join(work, "seed-001-text.txt"));
  toDoc("seed-001-text.txt", "Text (encoded):UTF8");
  copyFileSync(join(work, "seed-001-text.doc"), join(DOC_DIR, "seed-001-text.doc"));
  console.log("wrote doc, rtf, odt and Word 2003 XML fixtures");
}

/**
 * Seed text files through LibreOffice's text import: seeds 000 and 004 printed to PDF (one cell
 * per line, so lone values land in the pages' header and footer bands, where page numbers are
 * looked for), and seed 001 saved as a web page (one <pre>, table 四's row with five leading tabs).
 */
function makeTextFixtures(work: string): void {
  const TEXT_IMPORT = "--infilter=Text (encoded):UTF8,LF,,,";
  for (const [seed, name] of [["000_37e37f6984e2b857", "seed-000-text"], ["004_309576c5c0f6d228", "seed-004-text"]] as const) {
    copyFileSync(join(ROOT, `data/reports/seeds/${seed}.txt`), join(work, `${name}.txt`));
    soffice([TEXT_IMPORT, "--convert-to", "pdf:writer_pdf_Export", `${name}.txt`], work);
    copyFileSync(join(work, `${name}.pdf`), join(PDF_DIR, `${name}.pdf`));
  }
  mkdirSync(HTML_DIR, { recursive: true });
  copyFileSync(SEED_001_TEXT, join(work, "seed-001-text.txt"));
  soffice([TEXT_IMPORT, "--convert-to", "html:HTML (StarWriter)", "seed-001-text.txt"], work);
  copyFileSync(join(work, "seed-001-text.html"), join(HTML_DIR, "seed-001-text.html"));
  console.log("wrote text PDF and HTML fixtures");
}

/** `npx tsx scripts/make-office-fixtures.ts [name …]`: only the named fixtures (all when none; `doc` for the .doc ones, `text` for the seed text files through LibreOffice's text import). */
function main(only: readonly string[]): void {
  mkdirSync(DOCX_DIR, { recursive: true });
  mkdirSync(PDF_DIR, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), "office-fixtures-"));
  try {
    for (const f of FIXTURES.filter((f) => only.length === 0 || only.includes(f.name))) {
      const html = renderSeedHtml(f.seed, f.style);
      const htmlPath = join(PDF_DIR, `${f.name}.html`);
      writeFileSync(htmlPath, html);
      copyFileSync(htmlPath, join(work, `${f.name}.html`));
      soffice(["--infilter=HTML (StarWriter)", "--convert-to", "docx:MS Word 2007 XML", `${f.name}.html`], work);
      const docxPath = join(work, `${f.name}.docx`);
      if (f.pageFurniture) writeFileSync(docxPath, addPageFurniture(readFileSync(docxPath), "政府信息公开工作年度报告"));
      soffice(["--convert-to", "pdf:writer_pdf_Export", `${f.name}.docx`], work);
      if (f.keepDocx) copyFileSync(docxPath, join(DOCX_DIR, `${f.name}.docx`));
      copyFileSync(join(work, `${f.name}.pdf`), join(PDF_DIR, `${f.name}.pdf`));
      console.log(`wrote ${f.name}`);
    }
    if (only.length === 0 || only.includes("doc")) makeDocFixtures(work);
    if (only.length === 0 || only.includes("text")) makeTextFixtures(work);
    if (only.length === 0 || only.includes("scanned")) {
      makeScanned(work, join(PDF_DIR, "seed-004.pdf"), join(PDF_DIR, "scanned.pdf"));
      console.log("wrote scanned");
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main(process.argv.slice(2));
