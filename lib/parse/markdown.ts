// Markdown → SourceDocument, for what PDF/DOCX converters and OCR tools write:
// pipe tables (leading/trailing pipes optional, alignment rows, escaped pipes,
// <br> inside cells), grid tables (`+---+` borders, or box-drawing characters as
// text exporters draw them) whose cells may wrap over several lines, raw HTML
// tables for merged cells, headings and paragraphs.
import type { SourceCell, SourceDocument, SourceRow } from "../model/document";
import { htmlToDocument, normalizeText } from "./html";
import { isPageFurniture, splitValueLine } from "./pdfTextLine";
import { isPlainInteger } from "./values";

/** GFM's delimiter row (`|---|:--:|`). Below the header any dash count; further down, where a
 * row of `-` cells may mean "none", only rules of three or more dashes. */
const ALIGNMENT_ROW = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;
const LONG_ALIGNMENT_ROW = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;

function isAlignmentRow(line: string, index: number, tableStart: number): boolean {
  return (index === tableStart + 1 ? ALIGNMENT_ROW : LONG_ALIGNMENT_ROW).test(line);
}
const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+\s*)?$/;
/** A raw HTML table, possibly inside wrappers on the same line (MinerU writes `<html><body><table>…` as one line). */
const HTML_TABLE_START = /^\s*(?:<[a-z][^<>]*>\s*)*<table\b/i;
const FENCE = /^\s{0,3}(```|~~~)/;

export function markdownToDocument(text: string): SourceDocument {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  // Tables are looked for in lines with full-width pipes made ASCII; running text keeps its own.
  const piped = lines.map(withAsciiPipes);
  const rows: SourceRow[] = [];
  let title: string | undefined;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (HTML_TABLE_START.test(line)) {
      i = readHtmlTable(lines, i, rows);
      continue;
    }
    if (FENCE.test(line)) {
      i = readFence(lines, i, rows);
      continue;
    }
    if (GRID_BORDER.test(piped[i]!)) {
      i = readGridTable(piped, i, rows);
      continue;
    }
    if (hasUnescapedPipe(piped[i]!)) {
      const end = pipeBlockEnd(piped, i);
      const layout = pipeTableLayout(piped, i, end);
      if (layout === "cell-per-line") {
        // As text copied cell by cell: the table reader regroups them, a lone pipe being a blank cell.
        for (let k = i; k < end; k++) rows.push({ cells: splitPipeRow(piped[k]!, k + 1, true) });
      } else if (layout === "rows") {
        const width = isAlignmentRow(piped[i + 1] ?? "", i + 1, i) ? splitPipeRow(piped[i + 1]!, i + 2, true).length : null;
        const leadingPipes = width !== null || allLines(piped, i, end, startsWithPipe);
        for (let k = i; k < end; k++) {
          if (!isAlignmentRow(piped[k]!, k, i)) rows.push({ cells: splitTableRow(piped[k]!, k + 1, width, leadingPipes), fromTable: true });
        }
      }
      if (layout !== null) {
        i = end;
        continue;
      }
    }
    const heading = HEADING.exec(line);
    const content = inlineText(heading ? heading[2]! : blockPrefix(line));
    if (heading && heading[1] === "#" && title === undefined && content) title = content;
    if (content && !/^\s*(?:[-*_]\s*){3,}$/.test(line) && !isPageFurniture(line.trim())) {
      // Outside the pipe tables a converter may have left a table as PDF text: a line ending in values is its row.
      rows.push({ cells: (heading ? null : splitValueLine(content, i + 1)) ?? [{ text: content, line: i + 1 }] });
    }
    i++;
  }
  const doc: SourceDocument = { format: "markdown", rows };
  if (title !== undefined) doc.title = title;
  return doc;
}

const FULL_WIDTH_ALIGNMENT = /^[\s|:：\-－—–]+$/;
/** Vertical bars other than `|`: the full-width one and box-drawing lines. */
const OTHER_BARS = /[｜│┃║]/g;

/**
 * Chinese input methods and OCR write tables with full-width pipes (｜), text
 * exporters with box-drawing bars (│), sometimes with full-width dashes and
 * colons in the delimiter row; a line that has them and no ASCII pipe is read
 * as if it were written with ASCII ones.
 */
function withAsciiPipes(line: string): string {
  if (line.includes("|") || !/[｜│┃║]/.test(line)) return line;
  const piped = line.replace(OTHER_BARS, "|");
  return FULL_WIDTH_ALIGNMENT.test(piped) ? piped.replace(/[－—–]/g, "-").replace(/：/g, ":") : piped;
}

/** Where a grid line turns into a border (`+-----`): from there on it rules the columns off. */
const PARTIAL_BORDER = /\+[-=:]{3,}/;
/** A grid table's border: `+----+====+`, or a box-drawn rule such as `├──┼──┤`. */
const GRID_BORDER = /^\s*(?:\+[-=:]+)+\+\s*$|^\s*[┌├└╞╒╘╔╠╚┏┣┗╟][─━═┬┼┴╤╪╧╦╬╩┳╋┻╫\s]*[┐┤┘╡╕╛╗╣╝┓┫┛╢]\s*$/;

/**
 * A grid table: rows between borders, each row one or more lines of `|` cells.
 * A cell wrapped over several lines is joined (`商业` / `企业` → `商业企业`).
 * Returns the index after the table.
 */
/** A narrow column wraps numbers and CJK anywhere (`2315` / `200元`); only two Latin words keep a space. */
function joinWrapped(parts: readonly string[]): string {
  return parts
    .filter((part) => part !== "")
    .reduce((text, part) => (/[A-Za-z]$/.test(text) && /^[A-Za-z]/.test(part) ? `${text} ${part}` : text + part), "");
}

function readGridTable(lines: string[], start: number, rows: SourceRow[]): number {
  let k = start;
  // Declared wide: assigned in emit(), which the compiler's narrowing does not follow.
  let group = null as { line: number; texts: string[][] } | null;
  const emit = () => {
    if (group) rows.push({ cells: group.texts.map((parts) => ({ text: joinWrapped(parts), line: group!.line })), fromTable: true });
    group = null;
  };
  for (; k < lines.length; k++) {
    const line = lines[k]!;
    if (GRID_BORDER.test(line)) {
      emit();
      continue;
    }
    if (!startsWithPipe(line)) break;
    // A border under some columns only (`| 办理结果   +------+----+`): the rows end there, and a cell
    // spanning them (on the left) goes on; its text on this line is the end of its first row's label.
    const partial = PARTIAL_BORDER.exec(line);
    if (partial) {
      const text = line.slice(line.indexOf("|") + 1, partial.index).trim();
      if (text && group) (group.texts[0] ??= []).push(text);
      emit();
      continue;
    }
    const cells = splitPipeRow(line, k + 1, true);
    group ??= { line: k + 1, texts: [] };
    cells.forEach((cell, c) => (group!.texts[c] ??= []).push(cell.text));
  }
  emit();
  return k;
}

/**
 * GFM takes a pipe at either end of a row for an optional outer pipe. Where a
 * table is written without outer pipes, that reading loses an empty first or
 * last cell (`label | 0 | 0 |` under a four-column delimiter row). Of the two
 * readings, the one with as many cells as the delimiter row wins; otherwise GFM's.
 * Without a delimiter row, a table whose rows do not all start with a pipe has no
 * leading outer pipe (`信息内容 | 本年制发件数 |`): there a row's first pipe
 * follows an empty first cell.
 */
function splitTableRow(line: string, lineNumber: number, width: number | null, leadingPipes: boolean): SourceCell[] {
  if (width === null && !leadingPipes) return splitPipeRow(line, lineNumber, true, false);
  const gfm = splitPipeRow(line, lineNumber, true);
  if (width === null || gfm.length === width) return gfm;
  const literal = splitPipeRow(line, lineNumber, false);
  return literal.length === width ? literal : gfm;
}

function hasUnescapedPipe(line: string): boolean {
  return /(?:^|[^\\])\|/.test(line);
}

/** One cell and its closing pipe (`信息内容 |`), or a lone pipe for a blank cell. */
const ONE_CLOSED_CELL = /^[^|]*\|\s*$/;

/** A pipe that closes the line: web-page converters write one after every cell (`行政许可 | 5691 |`). */
function endsWithPipe(line: string): boolean {
  const body = line.trimEnd();
  return body.endsWith("|") && !body.endsWith("\\|");
}

function startsWithPipe(line: string): boolean {
  return line.trimStart().startsWith("|");
}

function allLines(lines: string[], start: number, end: number, test: (line: string) => boolean): boolean {
  for (let k = start; k < end; k++) if (!test(lines[k]!)) return false;
  return true;
}

/** The end (exclusive) of the run of lines that contain pipes, starting at `start`. */
function pipeBlockEnd(lines: string[], start: number): number {
  let end = start;
  while (end < lines.length && hasUnescapedPipe(lines[end]!) && lines[end]!.trim() !== "") end++;
  return end;
}

/**
 * A run of piped lines is a table if it has an alignment row, if its lines all
 * start or all end with a pipe, or if it is two lines or more: OCR output and
 * converters of web pages often write no alignment row, and some no leading
 * pipe. A sentence that merely contains `|` does none of these. A table whose
 * every line is one cell and its closing pipe (`信息内容 |` / `本年制发件数 |`)
 * was written one cell per line, its rows' ends lost.
 */
function pipeTableLayout(lines: string[], start: number, end: number): "rows" | "cell-per-line" | null {
  // One line holding one cell between stray borders (`|2.其他… 0 0 0`, OCR) is a line of text.
  if (end - start === 1 && splitPipeRow(lines[start]!, start + 1, true).filter((c) => c.text !== "").length <= 1) return null;
  let alignment = false;
  for (let k = start; k < end && !alignment; k++) alignment = isAlignmentRow(lines[k]!, k, start);
  const closed = allLines(lines, start, end, endsWithPipe);
  if (!alignment && end - start > 1 && allLines(lines, start, end, (line) => ONE_CLOSED_CELL.test(line))) return "cell-per-line";
  if (alignment || closed || end - start > 1 || allLines(lines, start, end, startsWithPipe)) return "rows";
  return null;
}

function splitPipeRow(line: string, lineNumber: number, outerPipes: boolean, leadingPipe = outerPipes): SourceCell[] {
  let body = line.trim();
  if (leadingPipe && body.startsWith("|")) body = body.slice(1);
  if (outerPipes && endsWithPipe(body)) body = body.slice(0, -1);
  const cells = body.includes("\\|") ? splitEscaped(body) : body.split("|");
  // Trimmed first: the padding around a cell (`| 0 |`) would send every cell through
  // normalizeText's replacements, which would only trim it, as they do any outer whitespace.
  // A number, most cells, holds no markup and nothing to normalise: its two tests are spared.
  return cells.map((cell) => {
    const text = cell.trim();
    return { text: isPlainInteger(text) ? text : inlineText(text), line: lineNumber };
  });
}

/** Splits on the pipes that are not escaped (`\|` is a pipe inside a cell). */
function splitEscaped(body: string): string[] {
  const cells: string[] = [];
  let current = "";
  for (let k = 0; k < body.length; k++) {
    const ch = body[k]!;
    if (ch === "\\" && body[k + 1] === "|") {
      current += "|";
      k++;
    } else if (ch === "|") {
      cells.push(current);
      current = "";
    } else current += ch;
  }
  cells.push(current);
  return cells;
}

/** Strips blockquote markers and bullets, but not numbering such as `1.属于国家秘密`, which is content. */
function blockPrefix(line: string): string {
  return line.replace(/^\s*(?:>\s*)+/, "").replace(/^\s*[-*+]\s+/, "");
}

const INLINE_MARKUP = /[<&*_`\\[!]/;

/** Inline markup → plain text: <br>, emphasis, code spans, links, entities. */
function inlineText(raw: string): string {
  if (!INLINE_MARKUP.test(raw)) return normalizeText(raw);
  const text = raw
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/?[a-zA-Z][^<>]*>/g, "")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/`([^`]*)`/g, "$1")
    .replace(/\\([\\`*_{}[\]()#+\-.!|~<>])/g, "$1");
  return normalizeText(decodeEntities(text));
}

const NAMED_ENTITIES: Record<string, string> = { nbsp: "\u00a0", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", emsp: "\u2003", ensp: "\u2002" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
  });
}

/** Converters write tables with merged cells as raw HTML; read them with the HTML reader. */
function readHtmlTable(lines: string[], start: number, rows: SourceRow[]): number {
  let end = start;
  while (end < lines.length && !/<\/table>/i.test(lines[end]!)) end++;
  end = Math.min(end + 1, lines.length);
  const html = lines.slice(start, end).join("\n");
  for (const row of htmlToDocument(html).rows) {
    rows.push({ ...row, cells: row.cells.map((c) => ({ ...c, line: c.line === null ? null : c.line + start })) });
  }
  return end;
}

/** Fenced code: converters use it for preformatted text; keep each line as text. */
function readFence(lines: string[], start: number, rows: SourceRow[]): number {
  const fence = FENCE.exec(lines[start]!)![1]!;
  let k = start + 1;
  for (; k < lines.length && !lines[k]!.trimStart().startsWith(fence); k++) {
    const text = normalizeText(lines[k]!);
    if (text) rows.push({ cells: [{ text, line: k + 1 }] });
  }
  return k + 1;
}
