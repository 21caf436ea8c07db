// Line breaking for text drawn into an SVG, where nothing wraps by itself. Widths
// are estimated (no font metrics outside a browser): a wide (CJK) character is one
// em, anything else a conservative 0.6 em, so lines come out short rather than clipped.
import stringWidth from "string-width";

/** Estimated width in px of `text` at `fontSize`. */
export function textWidth(text: string, fontSize: number): number {
  let cells = 0;
  for (const ch of text) cells += stringWidth(ch) >= 2 ? 1 : 0.6;
  return cells * fontSize;
}

// Punctuation that must not start a line (it stays with the character before it).
const NO_LINE_START = /^[，。、；：？！）》」』】〕,.;:?!)\]}%]$/u;

/** Units that may not be split: a CJK character, or a run of narrow non-space characters. */
function units(text: string): string[] {
  const out: string[] = [];
  for (const token of text.match(/\s+|[^\s]/gu) ?? []) {
    const prev = out.at(-1);
    const wide = stringWidth(token) >= 2;
    const glue = prev !== undefined && !/\s$/.test(prev) && !/^\s/.test(token);
    if (glue && NO_LINE_START.test(token)) out[out.length - 1] = prev + token;
    else if (glue && !wide && stringWidth(prev.at(-1) ?? "") < 2) out[out.length - 1] = prev + token;
    else out.push(token);
  }
  return out;
}

/** Greedy wrapping into lines no wider than `maxWidth`; at most `maxLines` (the last ends in …). */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines = Infinity): string[] {
  const lines: string[] = [];
  let line = "";
  const push = () => {
    if (line.trim()) lines.push(line.trim());
    line = "";
  };
  for (const unit of units(text.replace(/\s+/g, " ").trim())) {
    if (textWidth(line + unit, fontSize) <= maxWidth || !line.trim()) {
      line += unit;
      // A single unit wider than the line (a long URL or number run) is cut by characters.
      while (textWidth(line, fontSize) > maxWidth && [...line].length > 1) {
        const chars = [...line];
        let cut = chars.length - 1;
        while (cut > 1 && textWidth(chars.slice(0, cut).join(""), fontSize) > maxWidth) cut--;
        lines.push(chars.slice(0, cut).join(""));
        line = chars.slice(cut).join("");
      }
    } else {
      push();
      line = /^\s+$/.test(unit) ? "" : unit;
    }
  }
  push();
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last.length > 0 && textWidth(`${last}…`, fontSize) > maxWidth) last = [...last].slice(0, -1).join("");
  kept[maxLines - 1] = `${last}…`;
  return kept;
}
