// Where each table lies in a document, found by anchors rather than exact
// headings: reports number and word their headings differently, and the running
// text also talks about 主动公开, 依申请公开 and 行政复议. A heading counts only
// when it is short (a whole paragraph that mentions every section is not one).
import type { SourceRow, TableId } from "../model";
import { normalizeLabel } from "./normalize";
import { isPlainInteger, isValueText } from "./values";

export interface Region {
  start: number;
  end: number;
}

export type Regions = Partial<Record<TableId, Region>>;

const MAX_HEADING = 40;
// A single cell this long is running text: no heading, and no anchor that counts.
const PROSE = 120;

type State = TableId | "none" | "after";

// Every anchor and heading below contains one of these characters; most rows (values) contain none.
// Tested cell by cell: joining every row's cells first cost more than the rest of the search.
const ANCHOR_CHARS = /[本勾收复主第五六七存其四]/;

function mayHoldAnchor(row: SourceRow): boolean {
  for (const cell of row.cells) {
    // Number cells, most of a document, are passed over without a regular expression.
    if (cell.text !== "" && !isPlainInteger(cell.text) && ANCHOR_CHARS.test(cell.text)) return true;
  }
  return false;
}

/**
 * The row's cells concatenated and normalised. Cell by cell: labels recur and are
 * remembered by normalizeLabel, while a whole row (with its numbers) is new every time.
 */
export function rowText(row: SourceRow): string {
  let text = "";
  for (const cell of row.cells) text += isPlainInteger(cell.text) ? cell.text : normalizeLabel(cell.text);
  return text;
}

// A heading names its section right after its numbering ("二、", "（三）", "第四部分");
// a wrapped line of running text that happens to be short mentions section names
// anywhere.
const NUMBERING = /^(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十]+\)|第[一二三四五六七八九十]+部分)*[、.:]?/;
const NEAR_START = 2;
// …and ends soon after it ("…申请情况", "…及改进情况"), unlike a wrapped sentence.
const MAX_TAIL = 6;

function heads(text: string, heading: boolean, phrase: string): boolean {
  if (!heading) return false;
  const at = text.indexOf(phrase);
  if (at < 0) return false;
  const numbering = NUMBERING.exec(text)?.[0].length ?? 0;
  return at - numbering <= NEAR_START && text.length - (at + phrase.length) <= MAX_TAIL;
}

function nextState(state: State, text: string, heading: boolean): State {
  if (heading && /^[五六七][、.]/.test(text)) return state === "none" ? "none" : "after";
  if (heads(text, heading, "存在的主要问题") || heads(text, heading, "其他需要报告")) {
    return state === "none" ? "none" : "after";
  }
  if (state !== "applications" && (text.includes("本年新收政府信息公开申请") || text.includes("勾稽关系") ||
    heads(text, heading, "收到和处理政府信息公开申请"))) {
    return "applications";
  }
  if (state !== "reviewLitigation" && text.includes("行政复议") &&
    (state === "applications" || (heading && /^[四4][、.]/.test(text) && text.includes("行政诉讼")))) {
    return "reviewLitigation";
  }
  if (state !== "active" && state !== "applications" && state !== "reviewLitigation" &&
    (heads(text, heading, "主动公开政府信息情况") || text.includes("第二十条第"))) {
    return "active";
  }
  return state;
}

export interface Located {
  regions: Regions;
  /** Later regions of a table already found (a page holding the report twice): not read, reported. */
  repeats: { table: TableId; region: Region }[];
}

/** Row ranges of the three tables; a table whose anchors are absent has no region. */
export function locateTables(rows: readonly SourceRow[]): Located {
  const regions: Regions = {};
  const repeats: Located["repeats"] = [];
  let state: State = "none";
  let start = 0;
  // A heading with no values before the next one (a table of contents' entry, `三、收到和处理…申请情况 3`)
  // claims its table only while no heading with values comes: it is then no table, and no repeat either.
  const empty = new Set<TableId>();
  const close = (end: number) => {
    if (state === "none" || state === "after") return;
    const holdsValues = hasValueRow(rows, start + 1, end);
    if (!regions[state] || (empty.has(state) && holdsValues)) {
      regions[state] = { start, end };
      if (holdsValues) empty.delete(state);
      else empty.add(state);
    } else if (holdsValues) repeats.push({ table: state, region: { start, end } });
  };
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as SourceRow;
    if (row.cells.length === 1 && (row.cells[0]?.text.length ?? 0) > PROSE) continue;
    if (!mayHoldAnchor(row)) continue;
    const text = rowText(row);
    const heading = row.cells.length <= 2 && text.length <= MAX_HEADING;
    const next = nextState(state, text, heading);
    if (next !== state) {
      close(i);
      state = next;
      start = i;
    }
  }
  close(rows.length);
  return { regions, repeats };
}

function hasValueRow(rows: readonly SourceRow[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    for (const cell of (rows[i] as SourceRow).cells) if (cell.text !== "" && isValueText(cell.text)) return true;
  }
  return false;
}
