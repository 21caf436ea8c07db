// Plain-text layouts of a copied Word table: `text-cells` (one cell per line,
// tab-indented, rows separated by blank lines, as seeds 000/002/003/004) and
// `text-tsv` (one row per line, tab-separated, merged cells empty, as seed 001).
import type { Block } from "./document";
import { expand, type Grid, type GridCell } from "./grid";
import { pad } from "./format";
import type { Random } from "./random";

/** Splits a header such as 本年新制作数量 into two pieces, as narrow Word columns wrap it. */
export function breakPoint(text: string, random: Random): number | null {
  if (text.length < 4 || text.length > 8) return null;
  return text.length === 4 ? 2 : random.int(2, text.length - 2);
}

function narrativeLines(block: Block, random: Random): string[] {
  if (block.kind === "title") return [block.text, ""];
  if (block.kind === "heading") return [`${random.chance(0.2) ? "    " : ""}${block.text}`, ""];
  if (block.kind === "paragraph") return [`${random.chance(0.3) ? "\u3000\u3000" : ""}${block.text}`, ""];
  return [];
}

export function renderTextCells(blocks: Block[], random: Random): string {
  const breakHeaders = random.chance(0.35);
  // Seed 000 has a header cell whose wrapped halves are separated by an empty line.
  let gapBreaks = random.chance(0.05) ? 1 : 0;
  const lines: string[] = [];
  for (const block of blocks) {
    if (block.kind !== "table") {
      lines.push(...narrativeLines(block, random));
      continue;
    }
    for (const row of expand(block.grid)) {
      for (const slot of row) {
        if (slot.rightOfOrigin) continue;
        if (slot.belowOrigin) {
          lines.push("\t");
          continue;
        }
        lines.push(`\t${cellText(slot.cell)}`);
      }
      lines.push("");
    }
    lines.push("");
  }
  return `${lines.join("\n")}\n`;

  function cellText(cell: GridCell): string {
    if (cell.role === "value") return cell.blank ? (random.chance(0.1) ? " " : "") : pad(cell.text, random);
    if (cell.role !== "header" || !breakHeaders || !random.chance(0.7)) return cell.text;
    const at = breakPoint(cell.text, random);
    if (at === null) return cell.text;
    const gap = block4Header(cell.text) && gapBreaks > 0 ? (gapBreaks--, "\n") : "";
    return `${cell.text.slice(0, at)}\n${gap}${cell.text.slice(at)}`;
  }
}

const REVIEW_HEADERS = new Set(["结果维持", "结果纠正", "其他结果", "尚未审结"]);
function block4Header(text: string): boolean {
  return REVIEW_HEADERS.has(text);
}

export function renderTextTsv(blocks: Block[], random: Random): string {
  const spacedHeaders = random.chance(0.3);
  const lines: string[] = [];
  for (const block of blocks) {
    if (block.kind !== "table") {
      lines.push(...narrativeLines(block, random));
      continue;
    }
    lines.push(...tsvRows(block.grid, spacedHeaders), "");
  }
  return `${lines.join("\n")}\n`;
}

function tsvRows(grid: Grid, spacedHeaders: boolean): string[] {
  return expand(grid).map((row) =>
    row
      .map((slot) => {
        if (!slot.origin) return "";
        const { text, role } = slot.cell;
        // Seed 001 prints table 四's headers as 结果 维持, 其他 结果.
        return spacedHeaders && role === "header" && REVIEW_HEADERS.has(text) ? `${text.slice(0, 2)} ${text.slice(2)}` : text;
      })
      .join("\t"),
  );
}
