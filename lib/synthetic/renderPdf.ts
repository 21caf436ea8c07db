// Text lines → a PDF whose Chinese font is not embedded (STSong-Light with the
// predefined UniGB-UCS2-H CMap), as older office suites and report systems write
// them (ASCII half-width, the rest full-width). pdf.js reads such text only with its
// CMaps at hand; this is the test file for that path. The PDF itself is plain ASCII (text as UCS-2 hex strings).

const FONT_SIZE = 9;
const LEADING = 13;
const TOP = 800;
const LINES_PER_PAGE = 54;

const hex = (text: string) => [...text].map((c) => c.charCodeAt(0).toString(16).padStart(4, "0")).join("");

// Values trailing a line ("规章 0 1 1") go to columns right of the longest label, as
// a table prints them; a row of fifteen (table 四) gets narrower columns.
const VALUE = "(?:[+-]?[\\d.,]+|—|/)";
const ONLY_VALUES = new RegExp(`^${VALUE}(?:\\s+${VALUE})+$`);
const TRAILING_VALUES = new RegExp(`^(.*?\\S)((?:\\s+${VALUE})+)$`);
const LABEL_X = 40;
const FIRST_VALUE_X = 330;

function placeLine(line: string, y: number): string[] {
  const text = line.trim();
  if (text === "") return [];
  const show = (x: number, s: string) => `BT /F1 ${FONT_SIZE} Tf ${x} ${y} Td <${hex(s)}> Tj ET`;
  const columns = (values: string) => {
    const cells = values.trim().split(/\s+/);
    const step = cells.length > 8 ? 16 : 38;
    return cells.map((v, k) => show(FIRST_VALUE_X + k * step, v));
  };
  if (ONLY_VALUES.test(text)) return columns(text);
  const match = TRAILING_VALUES.exec(text);
  return match ? [show(LABEL_X, match[1] as string), ...columns(match[2] as string)] : [show(LABEL_X, text)];
}

export function renderPdfWithoutEmbeddedFont(lines: readonly string[]): Uint8Array {
  const pages: string[][] = [];
  for (let i = 0; i < Math.max(1, lines.length); i += LINES_PER_PAGE) pages.push(lines.slice(i, i + LINES_PER_PAGE));
  const fontId = 3;
  const firstPageId = 6;
  const objects: string[] = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    `<< /Type /Pages /Kids [${pages.map((_, p) => `${firstPageId + 2 * p} 0 R`).join(" ")}] /Count ${pages.length} >>`,
    `<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>`,
    "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 5 0 R /DW 1000 /W [1 95 500] >>",
    "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
  ];
  pages.forEach((pageLines, p) => {
    const content = pageLines.flatMap((line, i) => placeLine(line, TOP - i * LEADING)).join("\n");
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${fontId} 0 R >> >> /Contents ${firstPageId + 2 * p + 1} 0 R >>`,
      `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    );
  });
  let out = "%PDF-1.4\n";
  const offsets = objects.map((body, i) => {
    const offset = out.length;
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}
