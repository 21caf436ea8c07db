// PDF → SourceDocument. Text comes with positions from pdf.js; ruled tables are
// rebuilt from their border lines (pdf-grid), tables without borders from the
// positions of their text (pdf-borderless), everything else is running text.
//
// Line numbers: every text line the PDF shows, in reading order (top to bottom,
// page after page), numbered from 1 across the whole document — page headers,
// footers and page numbers included, so a number can be found by counting lines
// in any viewer. A cell's line is the first line its text stands on.
import type { SourceCell, SourceDocument, SourceRow } from "../model/document";
import { findBorderlessTables } from "./pdf-borderless";
import { openPdf, readPageContent, type PdfLoadOptions } from "./pdf-content";
import { findTables, placeRun, regionText, regridOnColumns, type PdfTable } from "./pdf-grid";
import { findPageFurniture, groupLines, joinRuns, type LinedRun, type PdfLine } from "./pdf-lines";
import { splitValueLine } from "./pdfTextLine";
import { isValueText } from "./values";

export type { PdfLoadOptions } from "./pdf-content";

export class NoTextLayerError extends Error {
  readonly code = "no-text-layer";
  constructor(pages: number) {
    super(`PDF has no text layer (${pages} page${pages === 1 ? "" : "s"} without extractable text); it needs OCR`);
    this.name = "NoTextLayerError";
  }
}

/** Fewer visible characters than this in the whole file: a scan, maybe with a stray page number. */
const MIN_TEXT_CHARS = 20;

interface PageLayout {
  height: number;
  lines: PdfLine[];
  tables: PdfTable[];
}

type Block =
  | { kind: "table"; top: number; table: PdfTable; page: number }
  | { kind: "row"; top: number; row: SourceRow }
  | { kind: "text"; top: number; line: PdfLine };

export async function pdfToDocument(bytes: Uint8Array, options?: PdfLoadOptions): Promise<SourceDocument> {
  const pdf = await openPdf(bytes, options);
  try {
    const pages: PageLayout[] = [];
    let nextLine = 1;
    let chars = 0;
    for (let p = 1; p <= pdf.numPages; p++) {
      const page = await pdf.getPage(p);
      const content = await readPageContent(page);
      page.cleanup();
      const lines = groupLines(content.runs, p, nextLine);
      nextLine += lines.length;
      chars += content.runs.reduce((n, r) => n + r.text.replace(/\s/g, "").length, 0);
      pages.push({ height: content.height, lines, tables: findTables(content.rulings) });
    }
    if (chars < MIN_TEXT_CHARS) throw new NoTextLayerError(pdf.numPages);
    return layoutDocument(pages);
  } finally {
    await pdf.destroy();
  }
}

function layoutDocument(pages: PageLayout[]): SourceDocument {
  pages.forEach((page, k) => {
    const above = pages[k - 1]?.tables.at(-1);
    const first = page.tables[0];
    const aligned = above && first ? regridOnColumns(first, above.xs) : null;
    if (aligned) page.tables[0] = aligned;
  });
  // Place table text first, so that furniture is only looked for outside tables.
  const loose = pages.map((page) => {
    const rest: PdfLine[] = [];
    for (const line of page.lines) {
      const outside = line.runs.filter((run) => !page.tables.some((t) => placeRun(t, run)));
      if (outside.length === line.runs.length) rest.push(line);
      else if (outside.length > 0) rest.push({ ...line, runs: outside, text: joinRuns(outside) });
    }
    return { lines: rest, height: page.height };
  });
  const furniture = findPageFurniture(loose);
  const blocks: Block[] = [];
  pages.forEach((page, k) => {
    const borderless = findBorderlessTables(loose[k]!.lines.filter((l) => !furniture.has(l)));
    const pageBlocks: Block[] = [
      ...page.tables.filter((t) => t.regions.some((r) => r.runs.length > 0)).map((table) => ({ kind: "table" as const, top: table.ys[0]!, table, page: k })),
      ...borderless.rows.map(({ top, row }) => ({ kind: "row" as const, top, row })),
      ...borderless.rest.map((line) => ({ kind: "text" as const, top: line.top, line })),
    ];
    blocks.push(...pageBlocks.sort((a, b) => a.top - b.top));
  });
  return { format: "pdf", ...assemble(blocks) };
}

function assemble(blocks: Block[]): { rows: SourceRow[]; title?: string } {
  const rows: SourceRow[] = [];
  const texts = blocks.flatMap((b) => (b.kind === "text" ? [b.line] : []));
  const margins = textMargins(texts);
  let prevTable: (TableRows & { page: number }) | undefined;
  let paragraph: { row: SourceRow; last: PdfLine } | undefined;
  for (const block of blocks) {
    if (block.kind === "table") {
      paragraph = undefined;
      const continues = prevTable && prevTable.page === block.page - 1 && sameColumns(prevTable.table, block.table) ? prevTable : undefined;
      const tableRows = tableToRows(block.table, continues);
      rows.push(...tableRows.rows);
      prevTable = { ...tableRows, page: block.page };
      continue;
    }
    prevTable = undefined;
    if (block.kind === "row") {
      paragraph = undefined;
      rows.push(block.row);
      continue;
    }
    const line = block.line;
    if (paragraph && continuesParagraph(paragraph.last, line, margins)) {
      const cell = paragraph.row.cells[0]!;
      cell.text += (/[A-Za-z0-9]$/.test(cell.text) && /^[A-Za-z0-9]/.test(line.text) ? " " : "") + line.text;
      paragraph.last = line;
      continue;
    }
    // A line of values that pdf.js returned as one run ("0 0 0 … / 0"), or a short label and its one
    // number (`行政事业性收费 86.5`, a table's row alone at a page's top): cells, as the text reader makes them.
    const values = splitValueLine(line.text, line.line);
    if (values && (values.filter((c) => isValueText(c.text)).length >= 2 || isLabelAndNumber(values))) {
      paragraph = undefined;
      rows.push({ cells: values });
      continue;
    }
    const row: SourceRow = { cells: [{ text: line.text, line: line.line }] };
    rows.push(row);
    paragraph = { row, last: line };
  }
  const title = findTitle(blocks);
  return title ? { rows, title } : { rows };
}

/** A short label, no sentence, and one plain number: a table's row, not running text. */
function isLabelAndNumber(cells: readonly SourceCell[]): boolean {
  return cells.length === 2 && cells[0]!.text.length <= 20 && !/[，。；：,;:]/.test(cells[0]!.text) && /^\d+(?:\.\d+)?$/.test(cells[1]!.text);
}

/** Left edge and right edge of the body text (most lines start and end there). */
function textMargins(lines: readonly PdfLine[]): { left: number; right: number } {
  if (lines.length === 0) return { left: 0, right: 0 };
  return { left: Math.min(...lines.map((l) => l.x0)), right: Math.max(...lines.map((l) => l.x1)) };
}

const HEADING = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.、．])/;

/** A line continues the previous one when that one ran to the right margin and this one is not indented. */
function continuesParagraph(prev: PdfLine, line: PdfLine, margins: { left: number; right: number }): boolean {
  const size = Math.max(prev.size, line.size);
  if (Math.abs(prev.size - line.size) > 0.5) return false;
  if (prev.x1 < margins.right - 2.5 * size || line.x0 > margins.left + 0.5 * size) return false;
  if (HEADING.test(line.text)) return false;
  return line.page !== prev.page || line.top - prev.bottom < 1.2 * size;
}

/** Tables on consecutive pages with the same column boundaries are one table broken by the page. */
function sameColumns(a: PdfTable, b: PdfTable): boolean {
  return a.xs.length === b.xs.length && a.xs.every((x, i) => Math.abs(x - b.xs[i]!) <= 2);
}

const NUMERIC = /^[\s\d.,，+\-－—%％万元（）()]*$/;

/** A table's rows, and the cells each merged region was written into (to extend a label split by a page). */
interface TableRows {
  table: PdfTable;
  rows: SourceRow[];
  cellsOf: Map<number, SourceCell[]>;
}

/** A numbered item starts a cell of its own; it never continues a label from the page before. */
const NUMBERED = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．])/;

/**
 * One SourceRow per grid row. A merged cell's first grid cell carries its text; the
 * cells it covers are `spanned` (the text repeated below it, empty to its right).
 * `above` is the same table's part on the previous page: a label cell left empty at
 * the top of this page continues the label above it, and a merged label cell whose
 * text the page break cut in two ("三、本年度办理" | "结果") is joined in both parts.
 */
function tableToRows(table: PdfTable, above: TableRows | undefined): TableRows {
  const texts = table.regions.map((r) => regionText(r.runs));
  const lines = table.regions.map((r) => (r.runs.length ? Math.min(...r.runs.map((run: LinedRun) => run.line)) : null));
  const continued = new Map<number, SourceCell>();
  const carried = above?.rows[above.rows.length - 1];
  if (above && carried) {
    const lastRow = above.table.owner.length - 1;
    // A blank value cell continues nothing: labels stand left of a row's values.
    const firstValue = table.owner[0]!.findIndex((k) => texts[k] !== "" && NUMERIC.test(texts[k]!));
    table.owner[0]!.forEach((k, c) => {
      const cell = carried.cells[c];
      const reg = table.regions[k]!;
      if (!cell || cell.text === "" || NUMERIC.test(cell.text) || reg.c0 !== c || (firstValue >= 0 && c > firstValue)) return;
      if (texts[k] === "") {
        continued.set(k, cell);
        return;
      }
      // A label cut by the page: both parts merged over several rows, the lower not a new item.
      const kAbove = above.table.owner[lastRow]![c]!;
      const split = above.table.regions[kAbove]!;
      if (split.r0 === split.r1 || reg.r0 === reg.r1 || split.c0 !== c || NUMBERED.test(texts[k]!) || NUMERIC.test(texts[k]!)) return;
      const joined = cell.text + texts[k];
      for (const part of above.cellsOf.get(kAbove) ?? []) if (part.text !== "") part.text = joined;
      texts[k] = joined;
      lines[k] = cell.line;
      continued.set(k, { ...cell, text: joined });
    });
  }
  const rows: SourceRow[] = [];
  const cellsOf = new Map<number, SourceCell[]>();
  table.owner.forEach((owners, r) => {
    const cells = owners.map((k, c): SourceCell => {
      const reg = table.regions[k]!;
      const from = continued.get(k);
      if (from) return { text: c === reg.c0 ? from.text : "", line: from.line, spanned: true };
      if (r === reg.r0 && c === reg.c0) return { text: texts[k]!, line: lines[k]! };
      return { text: c === reg.c0 ? texts[k]! : "", line: lines[k]!, spanned: true };
    });
    owners.forEach((k, c) => cellsOf.set(k, [...(cellsOf.get(k) ?? []), cells[c]!]));
    // An empty cell has no text of its own: it takes its row's first line.
    const rowLine = Math.min(...cells.map((cell) => cell.line ?? Infinity));
    for (const cell of cells) if (cell.line === null && rowLine !== Infinity) cell.line = rowLine;
    if (cells.some((cell) => cell.text !== "")) rows.push({ cells, fromTable: true });
  });
  return { table, rows, cellsOf };
}

/** Leading lines set larger than the body text; else a short first line that names the report. */
function findTitle(blocks: readonly Block[]): string | undefined {
  const lines: PdfLine[] = [];
  for (const b of blocks) {
    if (b.kind !== "text") break;
    lines.push(b.line);
  }
  if (lines.length === 0) return undefined;
  const sizes = lines.map((l) => l.size).sort((a, b) => a - b);
  const body = sizes[Math.floor(sizes.length / 2)]!;
  const big: string[] = [];
  for (const l of lines) {
    if (l.size < body * 1.15) break;
    big.push(l.text);
  }
  if (big.length) return big.join("");
  const first = lines[0]!.text;
  return first.length <= 60 && /报告/.test(first) ? first : undefined;
}
