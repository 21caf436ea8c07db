// DOCX → SourceDocument, read from the WordprocessingML itself (word/document.xml),
// so tables keep their real structure: w:gridSpan (colspan) and w:vMerge (rowspan)
// become `spanned` cells, an empty w:tc an empty cell. Word 2003 XML, the single-file
// WordprocessingML before DOCX, has the same body and is read by the same code.
//
// Line numbers: the body's paragraphs and table rows counted in document order from
// 1 (a paragraph inside a table cell does not count; its row does). A web page imported
// whole (w:altChunk) is read by the HTML or MHTML reader, each of its rows one line.
import { unzipSync, strFromU8 } from "fflate";
import { parseDocument } from "htmlparser2";
import { decodeChunks } from "./decode";
import { htmlToDocument, LAYOUT_CELL_CHARS } from "./html";
import { mhtmlToDocument } from "./mhtml";
import { paragraphRow } from "./textDocument";
import { child, children } from "./xmlTree";
import type { Element } from "domhandler";
import type { SourceCell, SourceDocument, SourceRow } from "../model/document";

export class DocxFormatError extends Error {
  readonly code = "unsupported-format";
}

const val = (node: Element | undefined): string | undefined => node?.attribs["w:val"];

/** Wrappers that only group content (content controls, custom XML, tracked insertions). */
const TRANSPARENT = new Set([
  "w:sdt", "w:sdtContent", "w:customXml", "w:smartTag", "w:ins", "w:moveTo", "w:hyperlink", "w:fldSimple",
  // Word 2003 XML's sections and hyperlinks.
  "wx:sect", "wx:sub-section", "wx:pBdrGroup", "w:hlink",
]);

/** Deleted or moved-away text, field codes and formatting: never part of the printed text. */
const SKIPPED = new Set(["w:del", "w:moveFrom", "w:instrText", "w:delText", "w:pPr", "w:rPr"]);

/** Symbol-font characters that print a minus (w:sym w:char="F02D"). */
const MINUS_SYMBOLS = new Set(["F02D", "002D", "2212"]);

/**
 * Text of a run container: w:t joined, w:tab as a tab, a non-breaking hyphen or a minus symbol as
 * "-"; deleted and hidden (w:vanish) text and field codes are skipped, and of a shape written twice
 * (mc:AlternateContent: a drawing and its VML fallback) only the first. A text box's text is read in
 * place when `boxes` is "inline" (in a table cell); a body paragraph's boxes are blocks of their own,
 * collected into the array given instead.
 */
function textOf(node: Element, boxes: "inline" | Element[] = "inline"): string {
  let out = "";
  for (const c of children(node)) {
    if (c.name === "w:t") out += c.children.map((t) => ("data" in t ? t.data : "")).join("");
    else if (c.name === "w:tab") out += "\t";
    else if (c.name === "w:noBreakHyphen") out += "-";
    else if (c.name === "w:sym") out += MINUS_SYMBOLS.has((c.attribs["w:char"] ?? "").toUpperCase()) ? "-" : "";
    else if (SKIPPED.has(c.name) || (c.name === "w:r" && isHidden(c))) continue;
    else if (c.name === "mc:AlternateContent") out += textOf(children(c)[0] ?? c, boxes);
    else if (c.name === "w:txbxContent") {
      if (boxes === "inline") out += ` ${children(c).map((p) => textOf(p, boxes)).join(" ")} `;
      else boxes.push(c);
    }
    else out += textOf(c, boxes);
  }
  return out;
}

/** A run or a row formatted as hidden text: not printed. */
function isHidden(node: Element): boolean {
  const props = child(node, node.name === "w:tr" ? "w:trPr" : "w:rPr");
  const mark = props && child(props, node.name === "w:tr" ? "w:hidden" : "w:vanish");
  return mark !== undefined && !["0", "false", "off"].includes(val(mark) ?? "");
}

const paragraphText = (p: Element): string => textOf(p).replace(/\s+/g, " ").trim();

/** The children of `node` named in `names`, looking through grouping wrappers at any depth. */
function within(node: Element, names: ReadonlySet<string>): Element[] {
  return children(node).flatMap((c) => (names.has(c.name) ? [c] : TRANSPARENT.has(c.name) ? within(c, names) : []));
}

const BLOCKS = new Set(["w:p", "w:tbl", "w:altChunk"]);
const ROWS = new Set(["w:tr"]);
const CELLS = new Set(["w:tc"]);

/** Body-level blocks in order. */
const blocks = (node: Element): Element[] => within(node, BLOCKS);

/** Style id → lower-case name, from a w:styles element (styles.xml's root, or Word 2003 XML's own). */
function styleNamesOf(styles: Element | undefined): Map<string, string> {
  const names = new Map<string, string>();
  for (const s of styles ? children(styles).filter((c) => c.name === "w:style") : []) {
    const id = s.attribs["w:styleId"];
    const name = val(child(s, "w:name"));
    if (id && name) names.set(id, name.toLowerCase());
  }
  return names;
}

function readStyleNames(files: Record<string, Uint8Array>): Map<string, string> {
  const xml = files["word/styles.xml"];
  if (!xml) return new Map();
  return styleNamesOf(child(parseDocument(strFromU8(xml), { xmlMode: true }), "w:styles"));
}

export async function docxToDocument(bytes: Uint8Array): Promise<SourceDocument> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => WANTED_PARTS.has(f.name) || CHUNK_PART.test(f.name) });
  } catch (error) {
    throw new DocxFormatError(`not a DOCX file (not a readable ZIP archive: ${(error as Error).message})`);
  }
  const xml = files["word/document.xml"];
  if (!xml) throw new DocxFormatError("not a DOCX file (no word/document.xml)");
  const root = parseDocument(strFromU8(xml), { xmlMode: true });
  const body = children(root).flatMap(children).find((c) => c.name === "w:body");
  if (!body) throw new DocxFormatError("DOCX has no w:body");
  return bodyToDocument(body, readStyleNames(files), files, "docx");
}

/**
 * Word's single-file XML, as Word saves "XML document" and as many Java systems export "Word"
 * files, often named .doc: Word 2003 XML (`<w:wordDocument>`, the body inside `wx:sect`
 * wrappers, the styles in the same file) or Word 2007's flat package (`<pkg:package>`, a DOCX's
 * parts inline). Either holds a body read as a DOCX's.
 */
export function wordXmlToDocument(xml: string): SourceDocument {
  const root = parseDocument(xml, { xmlMode: true });
  const document2003 = child(root, "w:wordDocument");
  if (document2003) {
    const body = child(document2003, "w:body");
    if (!body) throw new DocxFormatError("not a Word 2003 XML document (no w:body)");
    return bodyToDocument(body, styleNamesOf(child(document2003, "w:styles")), {}, "wordml");
  }
  const packaged = child(root, "pkg:package");
  if (!packaged) throw new DocxFormatError("not a Word XML document (no w:wordDocument or pkg:package)");
  const part = (name: string) => {
    const found = children(packaged).find((p) => p.name === "pkg:part" && p.attribs["pkg:name"] === name);
    return found && children(child(found, "pkg:xmlData") ?? found)[0];
  };
  const document = part("/word/document.xml");
  const body = document && child(document, "w:body");
  if (!body) throw new DocxFormatError("not a Word XML document (its package has no /word/document.xml with a w:body)");
  return bodyToDocument(body, styleNamesOf(part("/word/styles.xml")), {}, "wordml");
}

/** Paragraphs and table rows of a w:body; `files` are the package's parts an altChunk may import. */
function bodyToDocument(body: Element, styleNames: Map<string, string>, files: Record<string, Uint8Array>, format: "docx" | "wordml"): SourceDocument {
  const rows: SourceRow[] = [];
  let line = 0;
  let title: string | undefined;
  let firstParagraph: string | undefined;
  const read = (block: Element): void => {
    if (block.name === "w:altChunk") {
      const chunk = altChunkDocument(block, files);
      for (const row of chunk?.rows ?? []) {
        line++;
        rows.push({ ...row, cells: row.cells.map((cell) => ({ ...cell, line })) });
      }
      title ??= chunk?.title;
      return;
    }
    if (block.name === "w:tbl") {
      for (const row of tableRows(block, () => ++line)) rows.push(row);
      return;
    }
    line++;
    const boxes: Element[] = [];
    const raw = textOf(block, boxes);
    const row = paragraphRow(raw, line);
    if (row) {
      const text = raw.replace(/\s+/g, " ").trim();
      const style = styleNames.get(val(child(child(block, "w:pPr") ?? block, "w:pStyle")) ?? "") ?? "";
      if (!title && (style === "title" || style === "heading 1")) title = text;
      firstParagraph ??= text;
      // A table typed as text, a paragraph per row, is split into cells as a text line is.
      rows.push(row);
    }
    // A text box floats by its paragraph: its paragraphs and tables come after the paragraph's own text.
    for (const box of boxes) layoutBlocks(box).forEach(read);
  };
  layoutBlocks(body).forEach(read);
  title ??= firstParagraph && looksLikeTitle(firstParagraph) ? firstParagraph : undefined;
  return title ? { format, rows, title } : { format, rows };
}

/**
 * A table that lays out the page (its cells hold tables, or running text), not data: some
 * documents put their whole body in one. Its cells are read as the body they hold.
 */
function isLayoutTable(tbl: Element): boolean {
  return within(tbl, ROWS).some((tr) =>
    within(tr, CELLS).some((tc) => blocks(tc).some((b) => b.name === "w:tbl") || textOf(tc).length > LAYOUT_CELL_CHARS),
  );
}

/** Body-level blocks in order, looking through layout tables into the blocks their cells hold. */
function layoutBlocks(node: Element): Element[] {
  return blocks(node).flatMap((block) =>
    block.name === "w:tbl" && isLayoutTable(block) ? within(block, ROWS).flatMap((tr) => within(tr, CELLS).flatMap(layoutBlocks)) : [block],
  );
}

const WANTED_PARTS = new Set(["word/document.xml", "word/styles.xml", "word/_rels/document.xml.rels"]);
/** Parts an altChunk can import: a web page or a single-file web page (MHTML). */
const CHUNK_PART = /^word\/.+\.(?:mht|mhtml|html?|xhtml)$/i;

/**
 * The document an altChunk imports. Programs that export web content "to Word" (html-docx-js and
 * many content systems) write the whole report as one MHTML or HTML part that Word renders in
 * place: its rows count as the document's lines, one each.
 */
function altChunkDocument(block: Element, files: Record<string, Uint8Array>): SourceDocument | null {
  const rels = files["word/_rels/document.xml.rels"];
  const id = block.attribs["r:id"];
  if (!rels || !id) return null;
  const root = parseDocument(strFromU8(rels), { xmlMode: true });
  const rel = children(root).flatMap(children).find((r) => r.attribs["Id"] === id);
  const target = rel?.attribs["Target"];
  if (!target) return null;
  const bytes = files[target.startsWith("/") ? target.slice(1) : `word/${target}`];
  if (!bytes) return null;
  return mhtmlToDocument(bytes) ?? htmlToDocument(decodeChunks(bytes).chunks);
}

const SECTION_HEADING = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])/;

/** An unstyled first paragraph is the title when it is short, names a report and is not a section heading. */
export function looksLikeTitle(text: string): boolean {
  return text.length <= 60 && /报告/.test(text) && !SECTION_HEADING.test(text) && !/[。；]$/.test(text);
}

/** The rows of one table; `nextLine` numbers each row. Nested tables are read as their text. */
function tableRows(tbl: Element, nextLine: () => number): SourceRow[] {
  const out: SourceRow[] = [];
  // The merged cell that a w:vMerge continuation in each grid column belongs to.
  const vertical = new Map<number, SourceCell>();
  for (const tr of within(tbl, ROWS)) {
    if (isHidden(tr)) continue;
    const line = nextLine();
    const cells: SourceCell[] = [];
    const trPr = child(tr, "w:trPr");
    const before = Number(val(child(trPr ?? tr, "w:gridBefore")) ?? 0);
    for (let i = 0; i < before; i++) cells.push({ text: "", line, spanned: true });
    for (const tc of within(tr, CELLS)) {
      const tcPr = child(tc, "w:tcPr");
      const span = Math.max(1, Number(val(child(tcPr ?? tc, "w:gridSpan")) ?? 1));
      // Word 2003 XML spells it w:vmerge.
      const vMerge = tcPr ? (child(tcPr, "w:vMerge") ?? child(tcPr, "w:vmerge")) : undefined;
      const col = cells.length;
      const owner = vMerge && val(vMerge) !== "restart" ? vertical.get(col) : undefined;
      if (owner) {
        cells.push({ text: owner.text, line: owner.line, spanned: true });
      } else {
        const text = children(tc)
          .map((c) => (c.name === "w:tcPr" ? "" : paragraphText(c)))
          .join("");
        const cell = { text, line };
        cells.push(cell);
        if (vMerge) vertical.set(col, cell);
        else vertical.delete(col);
      }
      for (let i = 1; i < span; i++) cells.push({ text: "", line: owner?.line ?? line, spanned: true });
    }
    if (cells.some((c) => c.text !== "")) out.push({ cells, fromTable: true });
  }
  return out;
}
