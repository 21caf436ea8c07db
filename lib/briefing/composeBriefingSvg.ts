// A chart that stands on its own: title, subtitle (definition, unit) above, source
// lines below, drawn into one SVG around the chart's own SVG. The browser turns the
// result into a PNG; this file only lays out text and escapes it.
import { escapeXml } from "./escapeXml";
import { wrapText } from "./wrapText";

export type BriefingTheme = "light" | "dark";

export interface BriefingText {
  title: string;
  /** Definition and unit; wrapped, at most four lines. */
  subtitle?: string;
  /** Source, data date, synthetic-data notice: one entry per paragraph. */
  source: readonly string[];
}

export interface ComposeInput {
  /** An SVG document (ECharts' SVG renderer output) of `chartWidth` × `chartHeight`. */
  chartSvg: string;
  chartWidth: number;
  chartHeight: number;
  text: BriefingText;
  theme?: BriefingTheme;
  fontFamily?: string;
}

export interface ComposedSvg {
  svg: string;
  width: number;
  height: number;
}

export const BRIEFING_COLORS: Record<BriefingTheme, { background: string; text: string; muted: string }> = {
  light: { background: "#ffffff", text: "#1d2733", muted: "#5b6b7b" },
  dark: { background: "#15191f", text: "#e6eaf0", muted: "#a3afbd" },
};

export const BRIEFING_FONT = '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

const PAD = 16;
const TITLE = { size: 18, lineHeight: 24, maxLines: 3 };
const SUBTITLE = { size: 12, lineHeight: 17, maxLines: 4 };
const SOURCE = { size: 11, lineHeight: 15, maxLines: 3 };

interface Line {
  text: string;
  y: number;
  size: number;
  color: string;
  bold?: boolean;
}

/** The chart document without an XML declaration or doctype, checked to be an SVG root. */
function chartBody(svg: string): string {
  const body = svg
    .replace(/^\uFEFF/, "")
    .replace(/^\s*<\?xml[^>]*\?>/, "")
    .replace(/^\s*<!DOCTYPE[^>]*>/i, "")
    .trim();
  if (!/^<svg[\s>]/.test(body)) throw new Error("composeBriefingSvg: the chart is not an SVG document");
  return /^<svg[^>]*\sxmlns=/.test(body) ? body : body.replace(/^<svg/, '<svg xmlns="http://www.w3.org/2000/svg"');
}

export function composeBriefingSvg(input: ComposeInput): ComposedSvg {
  const { chartWidth, chartHeight, text } = input;
  if (!(chartWidth > 0 && chartHeight > 0)) throw new Error(`composeBriefingSvg: chart size ${chartWidth}×${chartHeight} is not positive`);
  const colors = BRIEFING_COLORS[input.theme ?? "light"];
  const width = Math.round(chartWidth);
  const textWidth = Math.max(40, width - 2 * PAD);
  const lines: Line[] = [];
  let y = PAD;
  for (const l of wrapText(text.title, textWidth, TITLE.size, TITLE.maxLines)) {
    y += TITLE.lineHeight;
    lines.push({ text: l, y: y - 6, size: TITLE.size, color: colors.text, bold: true });
  }
  if (text.subtitle) {
    y += 4;
    for (const l of wrapText(text.subtitle, textWidth, SUBTITLE.size, SUBTITLE.maxLines)) {
      y += SUBTITLE.lineHeight;
      lines.push({ text: l, y: y - 4, size: SUBTITLE.size, color: colors.muted });
    }
  }
  const chartTop = y + 8;
  y = chartTop + chartHeight + 6;
  for (const paragraph of text.source) {
    for (const l of wrapText(paragraph, textWidth, SOURCE.size, SOURCE.maxLines)) {
      y += SOURCE.lineHeight;
      lines.push({ text: l, y: y - 3, size: SOURCE.size, color: colors.muted });
    }
  }
  const height = Math.round(y + PAD);
  const font = escapeXml(input.fontFamily ?? BRIEFING_FONT);
  const texts = lines.map(
    (l) => `<text x="${PAD}" y="${l.y}" font-size="${l.size}" fill="${l.color}"${l.bold ? ' font-weight="bold"' : ""}>${escapeXml(l.text)}</text>`,
  );
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<title>${escapeXml(text.title)}</title>`,
    `<rect width="100%" height="100%" fill="${colors.background}"/>`,
    `<g font-family="${font}">`,
    ...texts,
    "</g>",
    `<g transform="translate(0 ${chartTop})">${chartBody(input.chartSvg)}</g>`,
    "</svg>",
  ].join("\n");
  return { svg, width, height };
}

/** The pixel size an SVG document declares on its root (`width`/`height`, else its viewBox). */
export function svgSize(svg: string): { width: number; height: number } | null {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0];
  if (!root) return null;
  const attr = (name: string) => {
    const v = new RegExp(`\\s${name}="([\\d.]+)(?:px)?"`).exec(root)?.[1];
    return v === undefined ? NaN : Number(v);
  };
  let width = attr("width");
  let height = attr("height");
  const box = /\sviewBox="[\d.-]+[\s,]+[\d.-]+[\s,]+([\d.]+)[\s,]+([\d.]+)"/.exec(root);
  if (!(width > 0) && box) width = Number(box[1]);
  if (!(height > 0) && box) height = Number(box[2]);
  return width > 0 && height > 0 ? { width, height } : null;
}
