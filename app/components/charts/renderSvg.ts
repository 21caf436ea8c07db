// Build-time rendering of a chart to an SVG string for the static HTML (first paint
// without JavaScript). ECharts escapes text content in its SVG output.
import { echarts, SSR_WIDTH, type ChartOption } from "./echarts";

export function renderSvg(option: ChartOption, height: number, width = SSR_WIDTH): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  try {
    chart.setOption({ ...option, animation: false });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
