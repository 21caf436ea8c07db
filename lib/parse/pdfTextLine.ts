// One line of text extracted from a PDF (or copied from one): a table row is a
// label followed by space-separated values ("一、本年新收… 3 0 0 0 0 0 3"). Page
// furniture between rows ("- 3 -", "第 3 页", "3/7") is recognised so that it is
// not read as a row.
import type { SourceCell } from "../model";
import { isMisreadNumber } from "./values";

const PAGE_FURNITURE = [
  /^[-—–－]\s*\d+\s*[-—–－]$/,
  /^第\s*\d+\s*页(?:\s*[,，、/]?\s*共\s*\d+\s*页)?$/,
  /^共\s*\d+\s*页\s*[,，]?\s*第\s*\d+\s*页$/,
  /^\d+\s*\/\s*\d+$/,
  /^page\s*\d+(?:\s*of\s*\d+)?$/i,
];

/** What page furniture can start with (see PAGE_FURNITURE's anchors); most lines start otherwise. */
const FURNITURE_START = /^[-—–－第共\dpP]/;

export function isPageFurniture(line: string): boolean {
  if (!FURNITURE_START.test(line)) return false;
  for (const re of PAGE_FURNITURE) if (re.test(line)) return true;
  return false;
}

// A value token: a number (signed, full-width, with separators or a unit) or a placeholder.
// A number ending in a dot is an item's numbering ("1." of a wrapped "1.申请人…"), not a value.
const VALUE_TOKEN =
  /^(?:[+\-−＋－]?[0-9０-９](?:[0-9０-９,，]|[.．](?=[0-9０-９]))*(?:[（(]?万?元[）)]?|件|条|个|项)?|[—–\-－]{1,2}|——|[/／]|无|不适用|空|×)$/;
/** Whitespace other than the space. */
const OTHER_WHITESPACE = /[^\S ]/;
/** A unit printed apart from its number ("925 万元"): part of the value before it, kept as printed. */
const UNIT_TOKEN = /^(?:[（(]?万?元[）)]?|件|条|个|项)$/;
const NUMBER_END = /[0-9０-９]$/;
// A label glued to its first number ("数量3"): split off the trailing digits.
const GLUED_NUMBER = /^(.*[^0-9０-９.．,，+\-＋－])([0-9０-９]+)$/;

/** A table's border drawn at a line's end or start (`… 8 0 8  |`). */
const EDGE_BORDER = /^[|｜]\s*|\s*[|｜]$/g;

/** A value token, or a number and its unit joined by joinUnits. */
function isValueToken(token: string): boolean {
  return VALUE_TOKEN.test(token.includes(" ") ? token.replace(" ", "") : token);
}

function endsInValue(trimmed: string): boolean {
  const space = trimmed.lastIndexOf(" ");
  const last = trimmed.slice(space + 1);
  if (VALUE_TOKEN.test(last) || isMisreadNumber(last)) return true;
  return space > 0 && UNIT_TOKEN.test(last) && NUMBER_END.test(trimmed.slice(0, space).trimEnd());
}

function joinUnits(tokens: string[]): string[] {
  if (!tokens.some((t) => UNIT_TOKEN.test(t))) return tokens;
  const joined: string[] = [];
  for (const token of tokens) {
    const previous = joined.length > 0 ? (joined[joined.length - 1] as string) : null;
    if (previous !== null && UNIT_TOKEN.test(token) && NUMBER_END.test(previous) && VALUE_TOKEN.test(previous + token)) joined[joined.length - 1] = `${previous} ${token}`;
    else joined.push(token);
  }
  return joined;
}

/**
 * Splits a tab-free line into a label cell and value cells, or returns null when
 * the line does not end in values (running text).
 */
export function splitValueLine(text: string, line: number | null): SourceCell[] | null {
  let trimmed = text.trim();
  if (/^[|｜]|[|｜]$/.test(trimmed)) trimmed = trimmed.replace(EDGE_BORDER, "");
  // Most lines are running text: when the last token is no value, the line is not
  // split at all. (Found with lastIndexOf where spaces are the only whitespace.)
  if (!OTHER_WHITESPACE.test(trimmed) && !endsInValue(trimmed)) return null;
  const tokens = joinUnits(trimmed.split(/\s+/));
  let first = tokens.length;
  let numbers = 0;
  let lettersOnly = 0;
  for (; first > 0; first--) {
    const token = tokens[first - 1] as string;
    if (isValueToken(token)) numbers++;
    else if (!isMisreadNumber(token)) break;
    else if (!/[0-9０-９]/.test(token)) lettersOnly++;
  }
  // A misread number without a digit left (O, I) is a value only in a row of real ones: "附件 I" stays running text.
  if (lettersOnly > 0 && numbers < 2) return null;
  const count = tokens.length - first;
  if (count === 0) return null;
  // Only a line that is clearly tabular gets its label's glued number split off,
  // so that running text such as "电话：86865111" stays intact.
  if (count >= 2 && first > 0) {
    const glued = GLUED_NUMBER.exec(tokens[first - 1] as string);
    if (glued) {
      // The label keeps index first - 1; the split-off number takes index first.
      tokens.splice(first - 1, 1, glued[1] as string, glued[2] as string);
    }
  }
  const cells: SourceCell[] = [];
  if (first > 0) cells.push({ text: tokens.slice(0, first).join(" "), line });
  for (let i = first; i < tokens.length; i++) cells.push({ text: tokens[i] as string, line });
  return cells;
}

/** Runs of spaces that keep a line's columns apart: text laid out as on the page. */
const LAID_OUT = /\S {3,}\S/;

/**
 * Sets the `column` of the value cells (after the label) of a line split by splitValueLine, when
 * the line is laid out with runs of spaces: each value's middle, in characters from the start of
 * the line (`text` is the line without its first `indent` characters). Found from the line's end,
 * where the values are.
 */
export function markColumns(cells: SourceCell[], text: string, indent: number): void {
  if (!LAID_OUT.test(text)) return;
  let end = text.length;
  for (let i = cells.length - 1; i >= 0; i--) {
    const cell = cells[i]!;
    if (!isValueToken(cell.text) && !isMisreadNumber(cell.text)) return;
    const at = text.lastIndexOf(cell.text, end - cell.text.length);
    if (at < 0) return;
    cell.column = indent + at + cell.text.length / 2;
    end = at;
  }
}
