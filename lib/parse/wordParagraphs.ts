// A word processor's document as a list of paragraphs, each with where it sits (out of
// tables, or in a cell at some depth of nesting) and whether its mark ends a cell or a
// row, → SourceDocument. The Word 97–2003, RTF and OpenDocument readers produce such lists; DOCX's
// reader lays its XML out the same way: body paragraphs and table rows each a line,
// layout tables (cells holding tables or running text) read through.
import type { SourceCell, SourceDocument, SourceRow } from "../model/document";
import { looksLikeTitle } from "./docx";
import { LAYOUT_CELL_CHARS } from "./html";
import { paragraphRow } from "./textDocument";

/** A paragraph of the body with where it sits: out of tables, or in a cell at some depth. */
export interface Paragraph {
  text: string;
  depth: number;
  /** Its mark ends a cell, or a row, of the table at its depth. */
  cellEnd: boolean;
  rowEnd: boolean;
  /**
   * The line of the file where its text starts, for a format that has lines (RTF); without it,
   * lines are counted as DOCX's reader counts them: each body paragraph and table row one line.
   */
  line?: number;
}

/** Paragraphs and table rows, as DOCX's reader lays them out. */
export function paragraphsToDocument(paragraphs: readonly Paragraph[], format: "doc" | "rtf" | "odt"): SourceDocument {
  const rows: SourceRow[] = [];
  let line = 0;
  let firstParagraph: string | undefined;

  /** `ps` at `depth` are body paragraphs; deeper runs of them are tables. */
  const read = (ps: readonly Paragraph[], depth: number) => {
    for (let i = 0; i < ps.length; ) {
      const p = ps[i]!;
      if (p.depth <= depth) {
        for (const part of p.text.split("\n")) {
          line++;
          const row = paragraphRow(part, p.line ?? line);
          if (!row) continue;
          firstParagraph ??= part.replace(/\s+/g, " ").trim();
          rows.push(row);
        }
        i++;
        continue;
      }
      let end = i;
      while (end < ps.length && ps[end]!.depth > depth) end++;
      readTable(tableRows(ps.slice(i, end), depth + 1), depth + 1);
      i = end;
    }
  };

  /**
   * A table that lays out the page (its cells hold tables, or running text), not data: some
   * documents put their whole body in one. Its cells are read as the body they hold.
   */
  const readTable = (table: Paragraph[][][], depth: number) => {
    const texts = table.map((row) => row.map(cellText));
    const isLayout = table.some((row, r) => row.some((cell, c) => cell.some((p) => p.depth > depth) || texts[r]![c]!.length > LAYOUT_CELL_CHARS));
    for (const [r, row] of table.entries()) {
      if (isLayout) {
        for (const cell of row) read(cell, depth);
        continue;
      }
      line++;
      const cells = row.map((cell, c): SourceCell => ({ text: texts[r]![c]!, line: cell[0]?.line ?? line }));
      if (cells.some((c) => c.text !== "")) rows.push({ cells, fromTable: true });
    }
  };

  read(paragraphs, 0);
  const title = firstParagraph && looksLikeTitle(firstParagraph) ? firstParagraph : undefined;
  return title ? { format, rows, title } : { format, rows };
}

/** A cell's text: its paragraphs (and any table nested in it) joined, as DOCX's reader joins them. */
const cellText = (cell: readonly Paragraph[]): string => cell.map((p) => p.text.replace(/\n/g, "")).join("").replace(/\s+/g, " ").trim();

/** The rows of a table at `depth`, each a list of cells, each cell its paragraphs (deeper ones included). */
function tableRows(ps: readonly Paragraph[], depth: number): Paragraph[][][] {
  const rows: Paragraph[][][] = [];
  let cells: Paragraph[][] = [];
  let cell: Paragraph[] = [];
  for (const p of ps) {
    if (p.depth === depth && p.rowEnd) {
      rows.push(cells);
      cells = [];
      cell = [];
      continue;
    }
    cell.push(p);
    if (p.depth === depth && p.cellEnd) {
      cells.push(cell);
      cell = [];
    }
  }
  if (cell.length > 0) cells.push(cell);
  if (cells.length > 0) rows.push(cells);
  return rows;
}
