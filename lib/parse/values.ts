// One table cell's text → a number. A blank cell is null; a placeholder (—, /, 无,
// 不适用 …) or stray text is null too but is reported, because it is neither a
// printed zero nor nothing. Money cells are normalised to 万元.
import { BoundedMemo } from "./boundedMemo";
import { toHalfWidth } from "./normalize";

/**
 * `annotated`: a number with a note after it, read as the number (the note is reported).
 * `scaled`: a count printed in 万 (`1.26万`), read as the count it states (reported).
 */
export type CellKind = "number" | "annotated" | "scaled" | "blank" | "placeholder" | "text";

export interface CellReading {
  value: number | null;
  kind: CellKind;
}

const PLACEHOLDERS = new Set([
  "/", "\\", "无", "不适用", "空", "×", "x", "X", "*", "~", "暂无", "略", "N/A", "n/a", "NA", "未统计", "不详",
]);
const PLACEHOLDER_START = new Set([...PLACEHOLDERS].map((p) => p[0] as string));
const DASHES = /^[—–\-－_━─]+$/;
// sign, digits with optional thousands separators and decimals, optional unit
const NUMBER = /^([+\-−–]?)\s*[¥￥]?\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?: \d{3})+|\d+(?:\.\d+)?)\s*(?:\(?\s*(万元|千元|元整?|万)\s*\)?|\(?(?:件次|件|条|个|项|次|人次|家|份|起|宗)\)?)?$/;

/** Zero-width characters and soft hyphens that Word and web editors leave in cells (`\u200b1315`). */
const INVISIBLE = /[\u200b-\u200d\u2060\u00ad\ufeff]/;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, "g");

const CHANGE = /^(新增|增加?|减少?|负|↑|↓)\s*(\d+)(?:件|项|个)?$/;
/** A note after a number: footnote marks (`*`, `※`, circled or superscript digits, `[1]`) or a remark in brackets. */
const NOTE_AFTER = /^(.+?)\s*(?:[*※]+|[\u2460-\u2473]+|[\u00b9\u00b2\u00b3\u2070-\u2079]+|\[\d+\]|\([^()]*\)|注\d*)$/;

/** A number as NUMBER reads it (sign, separators, unit): "scaled" for a count in 万; null for no number. */
function numberOf(text: string, money: boolean): CellReading | null {
  const match = NUMBER.exec(text);
  if (!match) return null;
  let value = Number((match[2] ?? "").replace(/[, ]/g, ""));
  if (match[1] === "-" || match[1] === "−" || match[1] === "–") value = -value;
  // Money is in 万元: 元 (`251000元`, `￥5000元`, `5000元整`) and 千元 are converted.
  if (money && match[3]?.startsWith("元")) value = value / 10000;
  if (money && match[3] === "千元") value = value / 10;
  // A count in 万 (`1.26万`): the count it states, without the float's error (1.26 × 10000 = 12600.000000000002).
  const scaled = !money && match[3] === "万";
  if (scaled) value = Number((value * 10000).toFixed(6));
  return { value: value === 0 ? 0 : value, kind: scaled ? "scaled" : "number" };
}
/** 1–15 ASCII digits, the text of most cells; checked without a regex since it runs on every cell. */
export function isPlainInteger(text: string): boolean {
  if (text.length === 0 || text.length > 15) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}
const BLANK: CellReading = { value: null, kind: "blank" };
const PLACEHOLDER: CellReading = { value: null, kind: "placeholder" };

/** Reads one cell. `money` cells (unit 万元) convert 元 to 万元. */
export function readCell(text: string, money = false): CellReading {
  // Fast path: most cells are plain integers.
  if (isPlainInteger(text)) return { value: Number(text), kind: "number" };
  const trimmed = (INVISIBLE.test(text) ? text.replace(INVISIBLE_ALL, "") : text).trim();
  if (trimmed === "") return BLANK;
  const half = toHalfWidth(trimmed).replace(/，/g, ",").replace(/。/g, ".").trim();
  // 〇, the zero of Chinese numerals, printed as a cell's zero.
  if (half === "〇") return { value: 0, kind: "number" };
  const number = numberOf(half, money);
  if (number) return number;
  // A footnote mark or a remark after the number: `3*`, `1①`, `1315[1]`, `3（其中2件已办结）`.
  const note = NOTE_AFTER.exec(half);
  const annotated = note ? numberOf(note[1]!, money) : null;
  if (annotated) return { value: annotated.value, kind: "annotated" };
  // 本年增/减 written out: "增3", "新增2", "减少2".
  const change = CHANGE.exec(half);
  if (change) {
    const value = Number(change[2]);
    return { value: /^[减负↓]/.test(change[1]!) && value !== 0 ? -value : value, kind: "number" };
  }
  if (PLACEHOLDERS.has(half) || DASHES.test(half)) return PLACEHOLDER;
  return { value: null, kind: "text" };
}

/**
 * A number as OCR misreads it: a digit read as a letter (O for 0, l or I for 1). It is a value
 * cell, read as blank with a diagnostic, never a word of a label: its row keeps its other values
 * in their columns.
 */
const MISREAD_NUMBER = /^[0-9０-９OIl]*[OIl][0-9０-９OIl]*$/;

export function isMisreadNumber(text: string): boolean {
  return text.length <= 6 && MISREAD_NUMBER.test(text);
}

// The texts left for readCell ("1.属于国家秘密", "—", "/") recur from report to report,
// and reading each again was a hot spot: the answer is remembered (bounded).
const valueMemo = new BoundedMemo<boolean>(20_000);

function readsAsValue(text: string): boolean {
  const kind = readCell(text).kind;
  return kind === "number" || kind === "annotated" || kind === "scaled" || kind === "placeholder" || isMisreadNumber(text);
}

/** True where the text reads as a value (a number or a placeholder), not as a label. */
export function isValueText(text: string): boolean {
  // Most cells: answered without making a CellReading.
  if (isPlainInteger(text)) return true;
  // A label starts with a CJK character or a bracket; only a few placeholders do too,
  // and no value starts with a bracket.
  const first = text.charCodeAt(0);
  if (first >= 0x4e00 && first <= 0x9fff && !PLACEHOLDER_START.has(text[0] as string)) return false;
  if (first === 0x28 || first === 0xff08) return false;
  return valueMemo.get(text, readsAsValue);
}
