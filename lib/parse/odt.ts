// OpenDocument text (.odt) → SourceDocument, as LibreOffice and WPS save it: the body of
// content.xml, its paragraphs (text:p, text:h, in lists and sections) and its tables
// (table:table-row, table:table-cell; a cell covered by a merged one is an empty cell), laid
// out as the other word processors' documents are (wordParagraphs.ts).
import { strFromU8, unzipSync } from "fflate";
import { parseDocument } from "htmlparser2";
import type { Element } from "domhandler";
import type { SourceDocument } from "../model/document";
import { paragraphsToDocument, type Paragraph } from "./wordParagraphs";
import { child, children, isElement } from "./xmlTree";

export class OdtFormatError extends Error {
  readonly code = "unsupported-format";
}

/** Elements that group blocks: their children are read in order. */
const BLOCK_WRAPPERS = new Set(["text:list", "text:list-item", "text:list-header", "text:section", "text:index-body", "text:table-of-content"]);
/** Wrappers of a table's rows. */
const ROW_WRAPPERS = new Set(["table:table-header-rows", "table:table-rows", "table:table-row-group"]);
/** Inline content that is never printed body text: notes, comments, frames, bookmarks' names. */
const SKIPPED_INLINE = new Set(["text:note", "office:annotation", "draw:frame", "draw:custom-shape", "text:bookmark-ref", "text:sequence-decls"]);

/** A paragraph's text: spans and links joined, text:s as its spaces, text:tab as a tab. */
function inlineText(node: Element): string {
  let out = "";
  for (const c of node.children) {
    if (c.type === "text") out += c.data;
    else if (!isElement(c) || SKIPPED_INLINE.has(c.name)) continue;
    else if (c.name === "text:s") out += " ".repeat(Number(c.attribs["text:c"] ?? 1));
    else if (c.name === "text:tab") out += "\t";
    else if (c.name === "text:line-break") out += "\n";
    else out += inlineText(c);
  }
  return out;
}

function rowsOf(table: Element): Element[] {
  return children(table).flatMap((c) => (c.name === "table:table-row" ? [c] : ROW_WRAPPERS.has(c.name) ? rowsOf(c) : []));
}

/** The body's paragraphs at `depth`, tables' cells one deeper, each cell's last paragraph ending it. */
function paragraphsOf(node: Element, depth: number, out: Paragraph[]): void {
  for (const c of children(node)) {
    if (c.name === "text:p" || c.name === "text:h") out.push({ text: inlineText(c), depth, cellEnd: false, rowEnd: false });
    else if (BLOCK_WRAPPERS.has(c.name)) paragraphsOf(c, depth, out);
    else if (c.name === "table:table") {
      for (const row of rowsOf(c)) {
        for (const cell of children(row)) {
          if (cell.name !== "table:table-cell" && cell.name !== "table:covered-table-cell") continue;
          const start = out.length;
          paragraphsOf(cell, depth + 1, out);
          // An empty or covered cell is a cell all the same: its end is marked on an empty paragraph.
          if (out.length === start || out[out.length - 1]!.depth !== depth + 1) out.push({ text: "", depth: depth + 1, cellEnd: true, rowEnd: false });
          else out[out.length - 1]!.cellEnd = true;
        }
        out.push({ text: "", depth: depth + 1, cellEnd: false, rowEnd: true });
      }
    }
  }
}

export function odtToDocument(bytes: Uint8Array): SourceDocument {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => f.name === "content.xml" });
  } catch (error) {
    throw new OdtFormatError(`not an OpenDocument file (not a readable ZIP archive: ${(error as Error).message})`);
  }
  const xml = files["content.xml"];
  if (!xml) throw new OdtFormatError("not an OpenDocument text (no content.xml)");
  const root = parseDocument(strFromU8(xml), { xmlMode: true });
  const content = child(root, "office:document-content");
  const body = content && child(content, "office:body");
  const text = body && child(body, "office:text");
  if (!text) throw new OdtFormatError("not an OpenDocument text (no office:text: a spreadsheet or a presentation?)");
  const paragraphs: Paragraph[] = [];
  paragraphsOf(text, 0, paragraphs);
  return paragraphsToDocument(paragraphs, "odt");
}
