// How a generated value is printed: the raw text of a numeric cell, with the
// unit and sign habits of real reports. A blank cell has no raw text here;
// each layout decides how it can show one.
import type { Random } from "./random";

export type ValueKind = "count" | "change" | "money";

/** Raw text of a non-blank value; money is in 万元 and may be printed in 元. */
export function formatValue(value: number, kind: ValueKind, random: Random): string {
  if (kind === "change") {
    if (value > 0) return random.chance(0.85) ? `+${value}` : String(value);
    return String(value);
  }
  if (kind === "money" && value !== 0) {
    const style = random.weighted([5, 2, 2, 2]);
    // Amounts are whole hundredths of 万元, so the 元 figure is an exact integer.
    if (style === 1) return `${Math.round(value * 10000)}元`;
    if (style === 2) return `${value}（万元）`;
    if (style === 3) return `${value}万元`;
  }
  return String(value);
}

/** Stray ASCII and full-width spaces that copy-paste leaves around a cell's text. */
export function pad(text: string, random: Random): string {
  switch (random.weighted([10, 2, 2, 1, 1])) {
    case 1:
      return `${text} `;
    case 2:
      return ` ${text}`;
    case 3:
      return `${text}\u3000`;
    case 4:
      return `    ${text}`;
    default:
      return text;
  }
}
