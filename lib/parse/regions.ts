// Where each table lies in a document, found by anchors rather than exact
// headings: reports number and word their headings differently, and the running
// text also talks about 主动公开, 依申请公开 and 行政复议. A heading counts only
// when it is short (a whole paragraph that mentions every section is not one).
import type { SourceRow, TableId } from "../model";
import { normalizeLabel } from "./normalize";

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
const ANCHOR_CHARS = /[本勾收复主第五六七存其四]/;

export function rowText(row: SourceRow): string {
  let text = "";
  for (const cell of row.cells) text += cell.text;
  return normalizeLabel(text);
}

function nextState(state: State, text: string, heading: boolean): State {
  if (heading && (/^[五六七][、.]/.test(text) || text.includes("存在的主要问题") || text.includes("其他需要报告"))) {
    return state === "none" ? "none" : "after";
  }
  if (state !== "applications" && (text.includes("本年新收政府信息公开申请") || text.includes("勾稽关系") ||
    (heading && text.includes("收到和处理政府信息公开申请")))) {
    return "applications";
  }
  if (state !== "reviewLitigation" && text.includes("行政复议") &&
    (state === "applications" || (heading && /^[四4][、.]/.test(text) && text.includes("行政诉讼")))) {
    return "reviewLitigation";
  }
  if (state !== "active" && state !== "applications" && state !== "reviewLitigation" &&
    ((heading && text.includes("主动公开政府信息情况")) || text.includes("第二十条第"))) {
    return "active";
  }
  return state;
}

/** Row ranges of the three tables; a table whose anchors are absent has no region. */
export function locateTables(rows: readonly SourceRow[]): Regions {
  const regions: Regions = {};
  let state: State = "none";
  let start = 0;
  const close = (end: number) => {
    if (state !== "none" && state !== "after" && !regions[state]) regions[state] = { start, end };
  };
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as SourceRow;
    if (row.cells.length === 1 && (row.cells[0]?.text.length ?? 0) > PROSE) continue;
    let raw = "";
    for (const cell of row.cells) raw += cell.text;
    if (!ANCHOR_CHARS.test(raw)) continue;
    const text = normalizeLabel(raw);
    const heading = row.cells.length <= 2 && text.length <= MAX_HEADING;
    const next = nextState(state, text, heading);
    if (next !== state) {
      close(i);
      state = next;
      start = i;
    }
  }
  close(rows.length);
  return regions;
}
