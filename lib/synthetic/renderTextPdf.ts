// Text as a PDF text layer gives it: one table row per line with the numbers
// separated by spaces, long labels wrapped so that the numbers land on the
// next line, a vertical label printed one character per line, page footers
// between rows, and table 四's narrow headers broken into single characters.
// A blank cell cannot be seen in PDF text, so blanks are printed as — or /.
import type { Block } from "./document";
import type { Grid, GridCell } from "./grid";
import type { Random } from "./random";

export function renderTextPdf(blocks: Block[], random: Random): string {
  const blank = random.chance(0.5) ? "—" : "/";
  const width = random.int(28, 40);
  const lines: string[] = [];
  let page = 1;
  const footer = () => {
    page++;
    lines.push("", random.chance(0.8) ? `- ${page} -` : `第 ${page} 页`, "");
  };
  const gap = () => " ".repeat(random.int(1, 4));
  const valueText = (cell: GridCell) => (cell.blank ? blank : cell.text);

  for (const block of blocks) {
    if (block.kind === "title") lines.push(block.text, "");
    else if (block.kind === "heading") lines.push(block.text);
    else if (block.kind === "paragraph") lines.push(...wrap(`\u3000\u3000${block.text}`, width));
    else renderGrid(block.grid);
    if (block.kind !== "table" && lines.length > page * 45) footer();
  }
  return `${lines.join("\n")}\n`;

  function renderGrid(grid: Grid) {
    if (grid.table === "reviewLitigation") return renderReview(grid);
    // The tall first column of table 三 (三、本年度办理结果) prints vertically somewhere within its rows.
    let vertical: { text: string; at: number } | null = null;
    grid.rows.forEach((row, r) => {
      if (vertical?.at === r) {
        lines.push(...[...vertical.text]);
        vertical = null;
      }
      const labels: string[] = [];
      const values: string[] = [];
      for (const cell of row) {
        if (cell.role === "value") values.push(valueText(cell));
        else if (cell.role === "label" && cell.rowspan > 3 && grid.table === "applications" && labels.length === 0 && cell.text.startsWith("三")) {
          vertical = { text: cell.text, at: r + random.int(0, Math.min(cell.rowspan - 1, 8)) };
          if (vertical.at === r) {
            lines.push(...[...vertical.text]);
            vertical = null;
          }
        } else labels.push(cell.text);
      }
      const label = labels.join(gap());
      const numbers = values.join(gap());
      if (values.length > 0 && label.length > 16 && random.chance(0.6)) {
        if (random.chance(0.5)) {
          const at = random.int(8, label.length - 2);
          lines.push(label.slice(0, at), `${label.slice(at)}${gap()}${numbers}`);
        } else lines.push(label, numbers);
      } else if (values.length === 0 && label.length > width + 10) {
        lines.push(...wrap(label, width + 10));
      } else lines.push([label, numbers].filter((t) => t !== "").join(gap()));
      if (r < grid.rows.length - 1 && random.chance(0.04)) footer();
    });
    lines.push("");
  }

  function renderReview(grid: Grid) {
    const [groups, parts, , data] = grid.rows;
    lines.push((groups ?? []).map((c) => c.text).join(gap()));
    const narrow = (parts ?? []).filter((c) => c.rowspan === 2).map((c) => c.text);
    const wide = (parts ?? []).filter((c) => c.rowspan === 1).map((c) => c.text);
    const depth = Math.max(...narrow.map((t) => t.length));
    for (let i = 0; i < depth; i++) {
      const chars = narrow.map((t) => t[i] ?? "").filter((t) => t !== "");
      lines.push([...chars, ...(i === 0 ? wide : [])].join(" "));
    }
    lines.push((grid.rows[2] ?? []).map((c) => c.text).join(gap()));
    lines.push((data ?? []).map(valueText).join(gap()), "");
  }
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += width) lines.push(text.slice(i, i + width));
  return lines;
}
