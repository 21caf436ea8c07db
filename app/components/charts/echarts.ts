// ECharts core with what every chart of the site uses (grid, tooltip, aria, the SVG
// renderer); shared by the page and the build-time SVG renderer. Each option builder
// registers the chart types and components it draws with (`echarts.use` next to it),
// so that a page bundles only the parts of ECharts its charts need.
import { AriaComponent, GridComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";

echarts.use([GridComponent, TooltipComponent, AriaComponent, SVGRenderer]);

export { echarts };
export type ChartOption = echarts.EChartsCoreOption;

/** Fixed size of the build-time rendering; the SVG scales with its viewBox. */
export const SSR_WIDTH = 960;
