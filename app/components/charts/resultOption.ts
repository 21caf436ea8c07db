// A chart of a SQL result: one x column as categories, one numeric y column.
import { BarChart, LineChart } from "echarts/charts";
import { escapeHtml } from "../../../lib/metrics/index";
import type { ChartKind } from "../../lib/sqlUrlState";
import type { ResultValue } from "../sql/resultValues";
import { echarts, type ChartOption } from "./echarts";

// A result is drawn as bars or a line (ChartKind).
echarts.use([BarChart, LineChart]);

/** More categories than this make an unreadable chart; the rest stay in the grid. */
export const CHART_ROW_CAP = 500;

export function resultOption(rows: readonly ResultValue[][], x: number, y: number, names: { x: string; y: string }, kind: ChartKind): ChartOption {
  const shown = rows.slice(0, CHART_ROW_CAP);
  const categories = shown.map((r) => (r[x] === null ? "NULL" : String(r[x])));
  const values = shown.map((r) => (r[y] === null || r[y] === "" ? null : Number(r[y])));
  return {
    animation: false,
    grid: { left: 8, right: 24, top: 30, bottom: 8, containLabel: true },
    tooltip: {
      trigger: "axis",
      renderMode: "html",
      // Categories come from report text: escaped before they become markup.
      formatter: (params: unknown) => {
        const [p] = params as { axisValue: string; value: number | null; marker: string }[];
        if (!p) return "";
        return `${escapeHtml(p.axisValue)}<br/>${p.marker}${escapeHtml(names.y)}：${p.value === null ? "—" : escapeHtml(String(p.value))}`;
      },
    },
    xAxis: { type: "category", data: categories, axisLabel: { rotate: categories.length > 8 ? 40 : 0, width: 160, overflow: "truncate" } },
    yAxis: { type: "value", name: names.y, nameTextStyle: { align: "left" } },
    series: [{ type: kind, name: names.y, data: values, itemStyle: { color: "#3b6ea8" }, connectNulls: false }],
  };
}
