// Browser side of briefing exports: the chart's SVG from the page, composed with its
// title, definition and source (lib/briefing), saved as SVG or rasterised to PNG.
// Loaded when a chart is exported (ChartPanel imports it on demand): the composition measures
// text with string-width, which the page does not need until then.
import { composeBriefingSvg, svgSize, type BriefingText, type BriefingTheme, type ComposedSvg } from "../../lib/briefing/index";
import { downloadPng, downloadSvg } from "./download";

export function composeChart(chartSvg: string, text: BriefingText, theme: BriefingTheme = "light"): ComposedSvg {
  const size = svgSize(chartSvg);
  if (!size) throw new Error("the chart SVG has no size");
  return composeBriefingSvg({ chartSvg, chartWidth: size.width, chartHeight: size.height, text, theme });
}

export function downloadBriefingSvg(composed: ComposedSvg, fileName: string): void {
  downloadSvg(composed.svg, fileName);
}

/** PNG of `scale` × the composed size (2 or 3 for print and slides). */
export function downloadBriefingPng(composed: ComposedSvg, fileName: string, scale: number): Promise<void> {
  return downloadPng(composed.svg, fileName, scale);
}
