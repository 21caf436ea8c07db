// Markdown as document converters and OCR tools write it: headings, paragraphs
// and pipe tables whose first row is the header row, merged cells printed as
// empty cells (or, from some converters, the merged text repeated down a rowspan).
// Converters of web pages write a table without its delimiter row and without a
// leading pipe, closing every cell with one (`信息内容 | 本年制发件数 |`).
import type { Block } from "./document";
import { expand, type Grid } from "./grid";
import type { Random } from "./random";

export function renderMarkdown(blocks: Block[], random: Random): string {
  const repeatRowspans = random.chance(0.3);
  const boldHeadings = random.chance(0.3);
  const closedCells = random.chance(0.25);
  const out: string[] = [];
  for (const block of blocks) {
    if (block.kind === "title") out.push(`# ${block.text}`);
    else if (block.kind === "heading") out.push(boldHeadings ? `**${block.text}**` : `## ${block.text}`);
    else if (block.kind === "paragraph") out.push(block.text);
    else out.push(table(block.grid, repeatRowspans, closedCells));
  }
  return `${out.join("\n\n")}\n`;
}

function table(grid: Grid, repeatRowspans: boolean, closedCells: boolean): string {
  const rows = expand(grid).map((row) =>
    row.map((slot) => {
      if (slot.rightOfOrigin) return "";
      if (slot.belowOrigin) return repeatRowspans ? slot.cell.text : "";
      return slot.cell.text.replace(/\|/g, "\\|");
    }),
  );
  if (closedCells) return rows.map((cells) => `${cells.join(" | ")} |`.trimStart()).join("\n");
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  const [head, ...body] = rows;
  return [line(head ?? []), line(new Array<string>(grid.width).fill("---")), ...body.map(line)].join("\n");
}
