// HTML layouts: `html-table` (a plain <table> with rowspan/colspan as
// government sites publish it), `html-word` (Word's "save as web page" markup)
// and the body of `html-page-gbk` (a whole site page around the report).
import type { Block } from "./document";
import type { Grid, GridCell } from "./grid";
import { breakPoint } from "./renderText";
import type { Random } from "./random";

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function spans(cell: GridCell): string {
  return `${cell.rowspan > 1 ? ` rowspan="${cell.rowspan}"` : ""}${cell.colspan > 1 ? ` colspan="${cell.colspan}"` : ""}`;
}

/** The report's blocks as plain HTML elements (no <html> shell). */
export function plainHtmlBody(blocks: Block[], random: Random): string {
  const breakHeaders = random.chance(0.3);
  const nbspBlanks = random.chance(0.4);
  const out: string[] = [];
  for (const block of blocks) {
    if (block.kind === "title") out.push(`<h1 style="text-align:center">${escapeHtml(block.text)}</h1>`);
    else if (block.kind === "heading") out.push(random.chance(0.5) ? `<h3>${escapeHtml(block.text)}</h3>` : `<p><strong>${escapeHtml(block.text)}</strong></p>`);
    else if (block.kind === "paragraph") out.push(`<p style="text-indent:2em">${escapeHtml(block.text)}</p>`);
    else out.push(table(block.grid));
  }
  return out.join("\n");

  function table(grid: Grid): string {
    const rows = grid.rows.map((row) => `<tr>${row.map((c) => `<td${spans(c)}>${content(c)}</td>`).join("")}</tr>`);
    return `<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">\n<tbody>\n${rows.join("\n")}\n</tbody>\n</table>`;
  }

  function content(cell: GridCell): string {
    if (cell.role === "value") return cell.blank ? (nbspBlanks ? "&nbsp;" : "") : escapeHtml(cell.text);
    const at = cell.role === "header" && breakHeaders ? breakPoint(cell.text, random) : null;
    if (at === null) return escapeHtml(cell.text);
    return `${escapeHtml(cell.text.slice(0, at))}<br>${escapeHtml(cell.text.slice(at))}`;
  }
}

export function renderHtmlTable(title: string, blocks: Block[], random: Random): string {
  return `<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title>${escapeHtml(title)}</title>\n</head>\n<body>\n${plainHtmlBody(blocks, random)}\n</body>\n</html>\n`;
}

const wordHead = (title: string) => `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<title>${escapeHtml(title)}</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>Administrator</o:Author>
 </o:DocumentProperties>
</xml><![endif]-->
<style>
<!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; text-align:justify; font-size:10.5pt; font-family:"Times New Roman",serif;}
table.MsoNormalTable {mso-style-name:普通表格; mso-tstyle-rowband-size:0;}
@page WordSection1 {size:595.3pt 841.9pt; margin:72.0pt 90.0pt 72.0pt 90.0pt;}
div.WordSection1 {page:WordSection1;}
-->
</style>
</head>`;

/** Word's markup: every run its own <span>, labels split across runs, &nbsp; and <o:p> in empty cells. */
export function renderHtmlWord(title: string, blocks: Block[], random: Random): string {
  const font = () => (random.chance(0.5) ? "宋体" : "仿宋_GB2312");
  const run = (text: string) => {
    const escaped = escapeHtml(text);
    if (/^[\x20-\x7e]+$/.test(text)) return `<span lang=EN-US style='font-size:10.5pt;font-family:"Times New Roman",serif'>${escaped}</span>`;
    return random.chance(0.2)
      ? `<font face="${font()}">${escaped}</font>`
      : `<span style='font-size:10.5pt;font-family:${font()};mso-bidi-font-family:"Times New Roman"'>${escaped}</span>`;
  };
  /** Word splits a label into runs wherever the formatting or spell-check state changed. */
  const runs = (text: string) => {
    if (text.length < 3 || !random.chance(0.5)) return run(text);
    const a = random.int(1, text.length - 1);
    return `${run(text.slice(0, a))}${run(text.slice(a))}`;
  };
  const empty = "<span lang=EN-US>&nbsp;<o:p></o:p></span>";
  const paragraph = (inner: string, align = "") =>
    `<p class=MsoNormal${align ? ` align=${align} style='text-align:${align}'` : ""}>${inner}<span lang=EN-US><o:p></o:p></span></p>`;
  const out: string[] = [];
  for (const block of blocks) {
    if (block.kind === "title") out.push(paragraph(`<b>${runs(block.text)}</b>`, "center"));
    else if (block.kind === "heading") out.push(paragraph(`<b>${runs(block.text)}</b>`));
    else if (block.kind === "paragraph") out.push(paragraph(runs(block.text)), paragraph(empty));
    else {
      const rows = block.grid.rows.map((row, r) => {
        const cells = row.map((cell) => {
          const inner =
            cell.role === "value" ? (cell.blank ? empty : run(cell.text)) : runs(cell.text);
          return ` <td width=${random.int(40, 120)}${spans(cell).replace(/"/g, "")} valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>\n  ${paragraph(inner, "center")}\n </td>`;
        });
        return `<tr style='mso-yfti-irow:${r}'>\n${cells.join("\n")}\n</tr>`;
      });
      out.push(
        `<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt'>\n${rows.join("\n")}\n</table>`,
        paragraph(empty),
      );
    }
  }
  return `${wordHead(title)}\n<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>\n<div class=WordSection1>\n${out.join("\n")}\n</div>\n</body>\n</html>\n`;
}
