// Plain text → SourceDocument. Three layouts occur, often mixed in one file, so
// each line is classified on its own:
// - cell per line (converter output): a line starting with a TAB starts a cell,
//   a following line without a tab continues it (wrapped labels), an empty line
//   ends the row; a line that is only a tab is an empty cell;
// - tab-separated rows: a line with tabs inside it is one row;
// - PDF text: a line ending in space-separated values is a row (label + values),
//   any other line is running text.
import type { SourceCell, SourceDocument, SourceRow } from "../model";
import { isPageFurniture, markColumns, splitValueLine } from "./pdfTextLine";
import { isValueText } from "./values";

// PDF wraps can leave a sub-row's number at the end of the line above: "（三）不予公开 1" / ".属于国家秘密 …".
const TRAILING_NUMBER = /\s(\d{1,2})$/;
// Tested on the source at the next line's start (sticky): no string is cut for the test.
// \s is the whitespace trimStart() drops; the line break ends the next line.
const NEXT_STARTS_WITH_DOT = /[^\S\n]*[.．、]/y;
const HEADING = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])/;
// Wrapped labels are short; a long line after a cell is running text, not a continuation.
const MAX_CONTINUATION = 40;
// The widest row of the template (table 四: a label and 15 values). A longer run of
// tab cells lost the blank lines between its rows and is one run of cells.
const MAX_ROW_CELLS = 16;

export function textToDocument(text: string): SourceDocument {
  // Lines are cut one at a time, without an array of them all: a split on the line-break
  // pattern took a third of the time of this function.
  const source = text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
  const lineEnd = (start: number) => {
    const end = source.indexOf("\n", start);
    return end < 0 ? source.length : end;
  };
  const rows: SourceRow[] = [];
  let cellRow: SourceCell[] | null = null;
  let carried: string | null = null;
  const flush = () => {
    if (cellRow && cellRow.length > MAX_ROW_CELLS) {
      // One cell per line, as text copied cell by cell: the table reader regroups them.
      for (const cell of cellRow) rows.push({ cells: [cell] });
    } else if (cellRow) rows.push({ cells: cellRow, fromTable: true });
    cellRow = null;
  };

  for (let start = 0, line = 1; start <= source.length; line++) {
    const end = lineEnd(start);
    let raw = source.slice(start, end);
    start = end + 1;
    let carriedIn = false;
    if (carried !== null) {
      raw = carried + raw.trimStart();
      carried = null;
      carriedIn = true;
    }
    const firstTab = raw.indexOf("\t");
    if (firstTab === 0 && raw.indexOf("\t", 1) === -1) {
      cellRow ??= [];
      // trim() drops the leading tab with the other whitespace: one new string, not two.
      cellRow.push({ text: raw.trim(), line });
      continue;
    }
    if (firstTab >= 0) {
      flush();
      rows.push({ cells: tabCells(raw, line), fromTable: true });
      continue;
    }
    let trimmed = raw.trim();
    if (trimmed === "") {
      flush();
      continue;
    }
    if (cellRow) {
      const last = cellRow[cellRow.length - 1] as SourceCell;
      if (last.text !== "" && !isValueText(last.text) && trimmed.length <= MAX_CONTINUATION && !HEADING.test(trimmed)) {
        last.text += trimmed;
        continue;
      }
      flush();
    }
    if (isPageFurniture(trimmed)) continue;
    NEXT_STARTS_WITH_DOT.lastIndex = start;
    const number = NEXT_STARTS_WITH_DOT.test(source) ? TRAILING_NUMBER.exec(trimmed) : null;
    // Only a lone number is carried: the last of a row's values stays with them (a label
    // printed one character per line can put "、" at the next line's start).
    const before = number ? trimmed.slice(0, number.index).trimEnd() : "";
    if (number && !isValueText(before.slice(before.lastIndexOf(" ") + 1))) {
      carried = number[1] as string;
      trimmed = before;
    }
    const cells = splitValueLine(trimmed, line);
    // The values' columns count the line's indentation; a number carried in front has moved them.
    if (cells && !carriedIn) markColumns(cells, trimmed, raw.search(/\S/));
    rows.push({ cells: cells ?? [{ text: trimmed, line }] });
  }
  flush();
  return { format: "text", rows };
}

/**
 * A line with tabs between (or before) its words as a row of a table typed as text, split at
 * each tab as a tab-separated line is (leading tabs are blank cells); null for any other line.
 * A single leading tab is only an indent.
 */
export function tabbedRow(text: string, line: number | null): SourceRow | null {
  const body = text.trimEnd();
  return body.indexOf("\t", body.startsWith("\t") ? 1 : 0) >= 0 ? { cells: tabCells(body, line), fromTable: true } : null;
}

/**
 * A paragraph of a word processor's document as a row: one that holds tabs between (or before)
 * its words is a table typed as text (tabbedRow); any other is a line of running text or a
 * PDF-like value line.
 */
export function paragraphRow(text: string, line: number): SourceRow | null {
  const tabbed = tabbedRow(text, line);
  if (tabbed) return tabbed;
  const clean = text.replace(/\s+/g, " ").trim();
  if (!clean) return null;
  return { cells: splitValueLine(clean, line) ?? [{ text: clean, line }] };
}

/** A number that may have a space between its thousands (`1 315`), or be two or more values. */
const THOUSANDS = /^\d{1,3}(?: \d{3})+$/;

/**
 * A tab-separated row's cells, trimmed; cut in one pass rather than split and mapped (two arrays per row).
 * Text copied from a PDF viewer puts tabs between some columns and spaces between others: a cell
 * ending in space-separated values (`一、本年新收政府信息公开申请数量 0`, `1 0 2`) is split like a PDF line.
 */
function tabCells(raw: string, line: number | null, splitCells = true): SourceCell[] {
  const cells: SourceCell[] = [];
  let maybeThousands = false;
  let empty = false;
  for (let start = 0; ; ) {
    const tab = raw.indexOf("\t", start);
    const text = raw.slice(start, tab < 0 ? raw.length : tab).trim();
    const parts = splitCells && (text.includes(" ") || text.includes("\u00a0")) ? splitValueLine(text, line) : null;
    // `1 024` is one number with a space between its thousands: no value starts with 0.
    if (parts && parts.length > 1 && !parts.some((c, i) => i > 0 && /^0\d/.test(c.text))) {
      cells.push(...parts);
      maybeThousands ||= THOUSANDS.test(text);
    } else {
      cells.push({ text, line });
      empty ||= cells.length > 1 && text === "";
    }
    if (tab < 0) break;
    start = tab + 1;
  }
  // A blank cell says the row's columns are its tabs: a cell split as well that may be one number
  // (`1 315`) would make up the blank's place and shift the row. Such a cell stays whole.
  return maybeThousands && empty ? tabCells(raw, line, false) : cells;
}
