// ECharts core with what every chart of the site uses (grid, tooltip, the SVG renderer);
// shared by the page and the build-time SVG renderer. Each option builder registers the
// chart types and components it draws with (`echarts.use` next to it), so that a page
// bundles only the parts of ECharts its charts need. No aria component: a chart sits in
// an element with role="img" and its own label (EChart.tsx), next to its data table, and
// assistive technology reads nothing inside an image.
import { GridComponent, TooltipComponent } from "echarts/components";
import { init, setPlatformAPI, use, type EChartsCoreOption } from "echarts/core";
import { SVGRenderer } from "echarts/renderers";

use([GridComponent, TooltipComponent, SVGRenderer]);

interface FontWidths {
  ascii: number[];
  wide: number;
}

/**
 * In the page, ECharts lays text out with widths summed from each character's: ASCII measured
 * once per font, every other character as wide as 国 (CJK characters are all one em). It
 * otherwise measures each label with the canvas, and the canvas shapes a string of Chinese
 * characters it has not seen slowly: ~0.2 ms a new glyph, hundreds of milliseconds for the
 * agency names of a change of metric at 100,000 reports. (At build time there is no canvas
 * and ECharts estimates widths by itself.)
 */
function measureByCharacter(): void {
  const ctx = document.createElement("canvas").getContext("2d");
  if (!ctx) return;
  const fonts = new Map<string, FontWidths>();
  const widthsOf = (font: string): FontWidths => {
    let widths = fonts.get(font);
    if (!widths) {
      ctx.font = font;
      widths = { ascii: Array.from({ length: 128 }, (_, code) => ctx.measureText(String.fromCharCode(code)).width), wide: ctx.measureText("国").width };
      fonts.set(font, widths);
    }
    return widths;
  };
  setPlatformAPI({
    measureText(text: string, font?: string) {
      const { ascii, wide } = widthsOf(font || "12px sans-serif");
      let width = 0;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        // The second half of a surrogate pair adds nothing: the pair is one character.
        width += code < 128 ? ascii[code]! : code >= 0xdc00 && code <= 0xdfff ? 0 : wide;
      }
      return { width } as TextMetrics;
    },
  });
}

if (typeof document !== "undefined") measureByCharacter();

/**
 * The two entry points the site calls, named rather than the whole `echarts/core` namespace,
 * so that the bundler drops the exports nothing calls (GeoJSON parsing, graphic helpers, …).
 */
export const echarts = { init, use };
export type { ECharts } from "echarts/core";
export type ChartOption = EChartsCoreOption;

/** Fixed size of the build-time rendering; the SVG scales with its viewBox. */
export const SSR_WIDTH = 960;
