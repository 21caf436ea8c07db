// What the three table readers share: splitting a row into its label and its
// values, fitting the values to the expected count, and walking a table's rows
// while carrying a label that arrived before its values (wrapped PDF labels,
// vertical one-character labels, label-only rows in converter output).
import type { Diagnostic, SourceCell, SourceRow, TableId } from "../model";
import { normalizeLabel } from "./normalize";
import { isValueText } from "./values";

export interface RowParts {
  /** Normalised concatenation of the label cells. */
  label: string;
  /** Cells after the label, merged-cell (spanned) cells removed. */
  values: SourceCell[];
  line: number | null;
}

/**
 * The label ends at the last cell that names a known row (so stray text among the
 * values stays a value), else at the last cell that is text rather than a value.
 */
export function splitRow(row: SourceRow, isKnown: (label: string) => boolean): RowParts {
  const cells = row.cells;
  // The label up to the last text cell and up to the last known one, built as the
  // cells go by (value cells add nothing to it).
  let label = "";
  let toLastText = "";
  let toLastKnown = "";
  let lastText = -1;
  let lastKnown = -1;
  let previous = "";
  for (let i = 0; i < cells.length; i++) {
    const text = (cells[i] as SourceCell).text;
    if (text === "" || isValueText(text)) continue;
    const norm = normalizeLabel(text);
    // A merged cell's text repeated in each column it spans (Docling, Marker: `（七）总计 | （七）总计`) is one cell.
    if (norm === previous) {
      if (lastKnown === lastText) lastKnown = i;
      lastText = i;
      continue;
    }
    previous = norm;
    label += norm;
    toLastText = label;
    lastText = i;
    if (isKnown(norm)) {
      toLastKnown = label;
      lastKnown = i;
    }
  }
  const end = lastKnown >= 0 ? lastKnown : lastText;
  let spanned = false;
  for (let i = end + 1; i < cells.length; i++) if ((cells[i] as SourceCell).spanned) spanned = true;
  const values = cells.slice(end + 1);
  return {
    label: lastKnown >= 0 ? toLastKnown : toLastText,
    values: spanned ? values.filter((cell) => !cell.spanned) : values,
    line: firstLine(row),
  };
}

export function firstLine(row: SourceRow): number | null {
  for (const cell of row.cells) if (cell.line !== null) return cell.line;
  return null;
}

export function hasValue(values: readonly SourceCell[]): boolean {
  for (const cell of values) if (cell.text !== "") return true;
  return false;
}

/**
 * Fits a row's value cells to the expected count: surplus empty cells at the
 * start (a label's merged columns), then at the end, are layout, and so are the
 * empty cells between cells typed two tabs apart. When the document's rows end
 * in an empty cell (`endIsLayout`: a tab at each copied row's end, an empty 备注
 * column), the end is trimmed first: an empty first value cell is then a blank.
 * Returns null when the count still differs: such a row cannot be aligned, and
 * its values must not be guessed.
 */
export function fitValues(values: readonly SourceCell[], expected: number, endIsLayout?: () => boolean): SourceCell[] | null {
  let start = 0;
  let end = values.length;
  if (end > expected && values[0]!.text === "" && values[end - 1]!.text === "" && endIsLayout?.()) {
    while (end - start > expected && (values[end - 1] as SourceCell).text === "") end--;
  }
  while (end - start > expected && (values[start] as SourceCell).text === "") start++;
  while (end - start > expected && (values[end - 1] as SourceCell).text === "") end--;
  if (end - start === expected) return values.slice(start, end);
  // Cells typed two tabs apart (columns aligned by hand in Word): an empty cell between every two values.
  if (end - start === 2 * expected - 1 && values.slice(start, end).every((c, i) => i % 2 === 0 || c.text === "")) {
    return values.slice(start, end).filter((_, i) => i % 2 === 0);
  }
  return null;
}

const endingEmpty = new WeakMap<readonly SourceRow[], boolean>();

/** Whether most of a document's rows with values end in an empty cell (seed 001's trailing tabs): then such a cell is layout. */
export function rowsEndInEmptyCell(rows: readonly SourceRow[]): boolean {
  let known = endingEmpty.get(rows);
  if (known === undefined) {
    let ending = 0;
    let all = 0;
    for (const row of rows) {
      if (row.cells.length < 3 || !row.cells.some((c) => isValueText(c.text))) continue;
      all++;
      if (row.cells[row.cells.length - 1]!.text === "") ending++;
    }
    known = ending * 2 > all;
    endingEmpty.set(rows, known);
  }
  return known;
}

/**
 * The middle of each of a table's `count` value columns in laid-out text (SourceCell.column): the
 * median over the rows that print every value. Null without such rows.
 */
export function columnAnchors(rowValues: readonly (readonly SourceCell[])[], count: number): number[] | null {
  const seen: number[][] = Array.from({ length: count }, () => []);
  for (const values of rowValues) {
    if (values.length !== count || !values.every((c) => c.column !== undefined && c.text !== "")) continue;
    values.forEach((c, i) => seen[i]!.push(c.column!));
  }
  if (seen[0]!.length === 0) return null;
  const anchors = seen.map((columns) => columns.sort((a, b) => a - b)[columns.length >> 1]!);
  return anchors.every((a, i) => i === 0 || a > anchors[i - 1]!) ? anchors : null;
}

/**
 * A laid-out row that prints fewer values than there are columns, leaving cells blank: each value
 * in the column whose middle is nearest, within a third of the narrowest gap between columns, and
 * blank cells in the others. Null when a value has no position, lies between columns or shares
 * one with another value: such a row cannot be placed, and its values must not be guessed.
 */
export function placeByColumn(values: readonly SourceCell[], anchors: readonly number[]): SourceCell[] | null {
  let gap = Infinity;
  for (let i = 1; i < anchors.length; i++) gap = Math.min(gap, anchors[i]! - anchors[i - 1]!);
  const placed: (SourceCell | null)[] = anchors.map(() => null);
  for (const cell of values) {
    if (cell.text === "") continue;
    if (cell.column === undefined) return null;
    const distance = (i: number) => Math.abs(anchors[i]! - cell.column!);
    let nearest = 0;
    for (let i = 1; i < anchors.length; i++) if (distance(i) < distance(nearest)) nearest = i;
    if (distance(nearest) > gap / 3 || placed[nearest]) return null;
    placed[nearest] = cell;
  }
  const line = values.find((c) => c.text !== "")?.line ?? null;
  return placed.map((cell) => cell ?? { text: "", line });
}

export function describeValues(cells: readonly SourceCell[]): string {
  return cells.map((c) => (c.text === "" ? "∅" : c.text)).join(" ");
}

/**
 * placeByColumn for a row of `table` that fitValues could not fit, with an info diagnostic when it
 * places the row; null when the row prints all its values (then it is misaligned) or has no place.
 */
export function placeRow(
  table: TableId,
  key: string,
  values: readonly SourceCell[],
  anchors: () => readonly number[] | null,
  diagnostics: Diagnostic[],
): SourceCell[] | null {
  const printed = values.filter((c) => c.text !== "").length;
  const columns = anchors();
  if (!columns || printed >= columns.length) return null;
  const placed = placeByColumn(values, columns);
  if (placed) {
    diagnostics.push(
      diagnostic(
        table,
        "row-placed-by-column",
        `row ${key} prints ${printed} of ${columns.length} values (${describeValues(values)}); each is read in the column it is printed under, the other cells are blank (null)`,
        values.find((c) => c.text !== "")?.line ?? null,
        { row: key, severity: "info" },
      ),
    );
  }
  return placed;
}

/** A value alone on a line between rows: a page number, or a character of a label printed down the page ("无" of 无法提供). */
export function strayValueDiagnostic(table: TableId, cell: SourceCell | undefined, line: number | null): Diagnostic {
  return diagnostic(table, "stray-number", `a lone value "${cell?.text}" between rows (a page number, or a label printed down the page?) was skipped`, line, {
    severity: "info",
  });
}

export function diagnostic(
  table: TableId,
  code: string,
  message: string,
  line: number | null,
  extra: { row?: string; column?: string; severity?: Diagnostic["severity"] } = {},
): Diagnostic {
  const d: Diagnostic = { code, severity: extra.severity ?? "warning", message, line, table };
  if (extra.row !== undefined) d.row = extra.row;
  if (extra.column !== undefined) d.column = extra.column;
  return d;
}

export interface RowMatcher<K extends string> {
  match(label: string): K | null;
  /** True when `pending` was only a heading for `next` (（六）其他处理 above its sub-rows). */
  isHeadingOf?(pending: K, next: K): boolean;
  /** Sees every label in reading order (for group tracking). */
  observe?(label: string, key: K | null): void;
}

export type WalkEvent<K extends string> =
  | { kind: "data"; key: K | null; label: string; values: SourceCell[]; line: number | null; rowIndex: number }
  | { kind: "no-values"; key: K; line: number | null };

const MAX_PENDING = 8;
const MAX_CONTINUATION = 2;

/**
 * Walks a table's rows and yields the rows with values, each with the row key its
 * own label names or, failing that, the label carried from rows above. A row that
 * names a known row but has no values and is not continued is yielded, after all
 * the others, as "no-values" (a PDF prints nothing for blank cells) unless a row
 * of the same name has values.
 */
export function walkRows<K extends string>(
  rows: readonly SourceRow[],
  offset: number,
  matcher: RowMatcher<K>,
  onEvent: (event: WalkEvent<K>) => void,
): void {
  const isKnown = (label: string) => matcher.match(label) !== null;
  let pending: string[] = [];
  let tentative: { key: K; line: number | null } | null = null;
  // A label without values is reported only once the walk is over and no row of
  // that name had values: copied text can carry a header cell ("总计") that names a row.
  const labelOnly: { key: K; line: number | null }[] = [];
  const withValues = new Set<K>();
  const settle = (next: K | null) => {
    if (tentative && tentative.key !== next && !(next !== null && matcher.isHeadingOf?.(tentative.key, next))) {
      labelOnly.push(tentative);
    }
    tentative = null;
  };

  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as SourceRow;
    const parts = splitRow(row, isKnown);
    const own = matcher.match(parts.label);
    matcher.observe?.(parts.label, own);
    const isData = parts.values.length > 0 && (own !== null || hasValue(parts.values));
    if (!isData) {
      if (own !== null) {
        settle(own);
        tentative = { key: own, line: parts.line };
        pending = [];
      } else if (parts.label !== "") {
        pending.push(parts.label);
        if (pending.length > MAX_PENDING) pending.shift();
        // A wrapped label continues over a line or two; a longer run of other
        // labels means the named row was a header cell ("复议后起诉" above its columns).
        if (tentative && pending.length > MAX_CONTINUATION) settle(null);
      }
      continue;
    }
    const rowIndex = offset + i;
    if (!row.fromTable) {
      const lastValue = gatherValueLines(rows, i, parts.values);
      // Blanks before the first value are the row's only when none follows its last: a row whose
      // label has a blank column and whose last cell is blank would otherwise shift by one.
      const blankAfter = lastValue + 1 < rows.length && isBlankLine(rows[lastValue + 1] as SourceRow);
      if (parts.label === "" && !blankAfter && i > 0 && isBlankLine(rows[i - 1] as SourceRow)) parts.values.unshift(...blankCellsBefore(rows, i));
      i = lastValue;
    }
    let key = own;
    let label = parts.label;
    if (key === null && tentative) {
      key = tentative.key;
      label = pending.join("") + label;
    }
    for (let n = 1; key === null && n <= pending.length; n++) {
      label = pending.slice(pending.length - n).join("") + parts.label;
      key = matcher.match(label);
    }
    if (key === null) label = parts.label;
    if (key === null && (parts.label !== "" || pending.length > 0)) {
      // A label that starts with its numbering, here or on a line above, continues below its values.
      const numbered = ROW_NUMBERING.test(parts.label) || (pending.length > 0 && ITEM_NUMBER.test(pending[pending.length - 1]!));
      // Such a label may run on over a few short lines; any other, over one.
      let tail = "";
      // A numbered label's row broken by a page: its tail follows the header rows repeated on the next page.
      let headers = 0;
      for (let k = 1; key === null && k - headers <= (numbered ? MAX_TAIL_LINES : 1); k++) {
        if (numbered && headers < MAX_REPEATED_HEADER && isHeaderRow(rows[i + k])) {
          headers++;
          continue;
        }
        const more = labelTail(rows[i + k], isKnown, numbered);
        if (more === null) break;
        tail += more;
        for (const candidate of [label + tail, ...pending.map((_, n) => pending.slice(n).join("") + label + tail)]) {
          key = matcher.match(candidate);
          if (key === null) continue;
          label = candidate;
          i += k;
          break;
        }
      }
    }
    if (own === null && key !== null) matcher.observe?.(label, key);
    if (tentative && key !== tentative.key) settle(key);
    tentative = null;
    pending = [];
    if (key !== null) withValues.add(key);
    onEvent({ kind: "data", key, label, values: parts.values, line: parts.line, rowIndex });
  }
  settle(null);
  for (const { key, line } of labelOnly) if (!withValues.has(key)) onEvent({ kind: "no-values", key, line });
}

// The end of a label wrapped below its values is short, and takes a few lines at most.
const MAX_TAIL = 20;
const MAX_TAIL_LINES = 3;
/** A row label's own numbering ("5.", "(三)", "四、"), as normalizeLabel writes it: where a label starts. */
const ROW_NUMBERING = /^(?:\d+[.、]|\([一二三四五六七八九十\d]+\)|[一二三四五六七八九十]+、|[\u2460-\u2473])/;
/** An item number inside a line ("予公2.其他法律": a vertical group label's characters, then the row's label). */
const ITEM_NUMBER = /(?:^|\D)\d+[.、]\D/;

/**
 * The rest of a label that a PDF converter printed on the line below the row's
 * values ("2.其他法律行政法规禁 0 0 …" then "止公开"): a short line of text that
 * names no row itself, or, below a label that starts with its numbering ("5.属于三类
 * 0 0 …" then "内部事务"), one that does not start a numbered label of its own.
 * Null for anything else.
 */
function labelTail(row: SourceRow | undefined, isKnown: (label: string) => boolean, afterNumbered: boolean): string | null {
  if (!row) return null;
  const texts = row.cells.filter((c) => c.text !== "");
  // In a table, the label cell of a row that holds nothing else (the rest of a row a page broke).
  if (row.fromTable ? !afterNumbered || texts.length !== 1 : row.cells.length !== 1) return null;
  const text = (row.fromTable ? texts[0] : row.cells[0])!.text;
  if (text === "" || isValueText(text)) return null;
  const label = normalizeLabel(text);
  if (label.length > MAX_TAIL) return null;
  return !isKnown(label) || (afterNumbered && !ROW_NUMBERING.test(label)) ? label : null;
}

/** Header rows a table repeats at the top of a page, passed over between a row and its label's tail. */
const MAX_REPEATED_HEADER = 4;

/** A table's row of two or more texts and no value: a header row (申请人情况 / 自然人 法人或其他组织 总计). */
function isHeaderRow(row: SourceRow | undefined): boolean {
  return row !== undefined && row.fromTable === true && row.cells.filter((c) => c.text !== "").length >= 2 && !row.cells.some((c) => isValueText(c.text));
}

/** A free-standing line of blank cells: a tab alone, or a lone pipe, where a cell was left blank. */
function isBlankLine(row: SourceRow): boolean {
  return !row.fromTable && row.cells.length > 0 && row.cells.every((c) => c.text === "");
}

/**
 * The blank cells on the lines between a row's label and its first value (text
 * copied cell by cell): the row's leading blank cells, or the label's blank
 * columns, which fitValues drops as surplus when no blank cell ends the row.
 */
function blankCellsBefore(rows: readonly SourceRow[], index: number): SourceCell[] {
  let first = index;
  while (first > 0 && isBlankLine(rows[first - 1] as SourceRow)) first--;
  return rows.slice(first, index).flatMap((row) => row.cells);
}

/**
 * Text copied out of a table cell by cell (from a browser, a Word or PDF viewer)
 * puts each value on a line of its own: the free-standing value lines after a
 * row belong to it. Appends them to `values`; returns the index of the last one.
 * Blank cells kept as such belong to the row when a value follows them; blanks
 * after the last value may as well be the next row's leading cells and are left
 * out, so that a row is never filled with another's cells (it falls short, and
 * is reported).
 */
function gatherValueLines(rows: readonly SourceRow[], index: number, values: SourceCell[]): number {
  let last = index;
  for (let j = index + 1; j < rows.length; j++) {
    const next = rows[j] as SourceRow;
    if (isBlankLine(next)) continue;
    if (next.fromTable || next.cells.length === 0 || !next.cells.every((c) => isValueText(c.text))) break;
    for (let k = last + 1; k < j; k++) values.push(...(rows[k] as SourceRow).cells);
    values.push(...next.cells);
    last = j;
  }
  return last;
}
