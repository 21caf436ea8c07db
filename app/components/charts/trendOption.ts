// Lines over years, one per agency (or one per metric on the agency page).
import { LineChart } from "echarts/charts";
import { LegendComponent } from "echarts/components";
import { escapeHtml, type MetricDef } from "../../../lib/metrics/index";
import { formatMetric } from "../../lib/format";
import type { Lang } from "../../lib/i18n";
import { echarts, type ChartOption } from "./echarts";

echarts.use([LineChart, LegendComponent]);

export interface TrendPoint {
  series: string;
  year: number;
  value: number | null;
}

export const TREND_HEIGHT = 380;

export function trendOption(points: readonly TrendPoint[], metric: MetricDef, lang: Lang): ChartOption {
  const years = [...new Set(points.map((p) => p.year))].sort((a, b) => a - b);
  const names = [...new Set(points.map((p) => p.series))];
  const fmt = (v: number) => formatMetric(v, metric.unit, lang);
  return {
    animation: false,
    legend: { type: "scroll", top: 0 },
    grid: { left: 8, right: 24, top: 48, bottom: 16, containLabel: true },
    tooltip: {
      trigger: "axis",
      renderMode: "html",
      // Series names are agency names from reports: escaped before they become markup.
      formatter: (params: unknown) => {
        const list = params as { seriesName: string; value: number | null; axisValue: string; marker: string }[];
        const head = escapeHtml(list[0]?.axisValue ?? "");
        const lines = list.map((p) => `${p.marker}${escapeHtml(p.seriesName)}：${p.value === null || p.value === undefined ? "—" : escapeHtml(fmt(p.value))}`);
        return [head, ...lines].join("<br/>");
      },
    },
    xAxis: { type: "category", data: years.map(String), boundaryGap: false },
    yAxis: { type: "value", axisLabel: { formatter: (v: number) => fmt(v) } },
    series: names.map((name) => ({
      type: "line",
      name,
      connectNulls: false,
      symbolSize: 7,
      label: { show: names.length <= 3, formatter: (p: unknown) => fmt((p as { value: number }).value) },
      data: years.map((y) => points.find((p) => p.series === name && p.year === y)?.value ?? null),
    })),
  };
}
