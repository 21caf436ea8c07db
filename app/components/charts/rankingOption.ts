// Ranked horizontal bars for one metric: median and quartiles as lines, outliers coloured.
import { escapeHtml, type MetricDef, type Spread } from "../../../lib/metrics/index";
import { formatMetric } from "../../lib/format";
import { t, type Lang } from "../../lib/i18n";
import type { RankedRow } from "../../lib/loaders/compare";
import type { ChartOption } from "./echarts";

const COLORS = { normal: "#3b6ea8", high: "#c0392b", low: "#d68910", synthetic: "#9aa5b1", mine: "#1e8449" };
const ROW_HEIGHT = 22;
const MINE = { zh: "（我的）", en: " (mine)" };

export function rankingHeight(rows: readonly RankedRow[]): number {
  return Math.max(240, rows.filter((r) => r.value !== null).length * ROW_HEIGHT + 90);
}

export function rankingOption(rows: readonly RankedRow[], spread: Spread | null, metric: MetricDef, lang: Lang): ChartOption {
  const shown = rows.filter((r) => r.value !== null);
  const fmt = (v: number) => formatMetric(v, metric.unit, lang);
  // Only the median is labelled in the chart; the quartiles are close to it and are named in the panel note.
  const line = (value: number, name: string, type: "solid" | "dashed") => ({
    xAxis: value,
    name,
    lineStyle: { type, color: "#555" },
    label: { show: type === "solid", formatter: `${name} ${fmt(value)}`, position: "start" as const, color: "#333", fontSize: 11 },
  });
  return {
    animation: false,
    aria: { enabled: true },
    grid: { left: 8, right: 90, top: 36, bottom: 28, containLabel: true },
    tooltip: {
      trigger: "item",
      renderMode: "html",
      // Agency names are report text: escaped before they become markup.
      formatter: (p: unknown) => {
        const { dataIndex } = p as { dataIndex: number };
        const row = shown[dataIndex];
        if (!row) return "";
        const tag = row.outlier ? ` · ${t(lang, row.outlier === "high" ? "outlierHigh" : "outlierLow")}` : "";
        return `${escapeHtml(row.agency)}${row.mine ? MINE[lang] : ""}<br/>${escapeHtml(fmt(row.value!))}${escapeHtml(tag)}`;
      },
    },
    xAxis: { type: "value", axisLabel: { formatter: (v: number) => fmt(v) } },
    yAxis: {
      type: "category",
      inverse: true,
      data: shown.map((r) => (r.mine ? `${r.agency}${MINE[lang]}` : r.agency)),
      axisLabel: { width: 220, overflow: "truncate", fontSize: 12 },
    },
    series: [
      {
        type: "bar",
        barMaxWidth: 16,
        data: shown.map((r) => ({
          value: r.value,
          itemStyle: { color: r.mine ? COLORS.mine : r.outlier ? COLORS[r.outlier] : r.synthetic ? COLORS.synthetic : COLORS.normal },
        })),
        label: { show: true, position: "right", formatter: (p: unknown) => fmt((p as { value: number }).value), fontSize: 11 },
        markLine: spread
          ? {
              symbol: "none",
              silent: true,
              data: [line(spread.q1, t(lang, "q1"), "dashed"), line(spread.median, t(lang, "median"), "solid"), line(spread.q3, t(lang, "q3"), "dashed")],
            }
          : undefined,
      },
    ],
  };
}
