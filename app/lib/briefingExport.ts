// Browser side of briefing exports: the chart's SVG from the page, composed with its
// title, definition and source (lib/briefing), saved as SVG or rasterised to PNG.
import { composeBriefingSvg, sourceLines, svgSize, type BriefingText, type BriefingTheme, type ComposedSvg } from "../../lib/briefing/index";
import type { BriefingSpec } from "./briefing";
import type { Manifest } from "./dataset";
import { downloadPng, downloadSvg } from "./download";
import type { Lang } from "./i18n";

export function briefingText(spec: BriefingSpec, manifest: Pick<Manifest, "builtAt" | "synthetic" | "parsed">, lang: Lang): BriefingText {
  return {
    title: spec.title,
    subtitle: spec.subtitle,
    source: sourceLines({ lang, builtAt: manifest.builtAt, reports: spec.reports === "dataset" ? manifest.parsed : spec.reports, syntheticShown: spec.syntheticShown, syntheticInDataset: manifest.synthetic }),
  };
}

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
