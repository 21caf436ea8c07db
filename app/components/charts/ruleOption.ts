// Findings per rule, stacked by severity.
import { BarChart } from "echarts/charts";
import { LegendComponent } from "echarts/components";
import { escapeHtml } from "../../../lib/metrics/index";
import { formatNumber } from "../../lib/format";
import { t, type Lang } from "../../lib/i18n";
import type { Severity } from "../../../lib/dataset";
import type { RuleCount } from "../../lib/loaders/quality";
import { echarts, type ChartOption } from "./echarts";

echarts.use([BarChart, LegendComponent]);

const SEVERITIES: Severity[] = ["error", "warning", "unchecked"];
const COLORS: Record<Severity, string> = { error: "#c0392b", warning: "#d68910", unchecked: "#9aa5b1" };

export const RULE_HEIGHT = 320;

export function ruleOption(counts: readonly RuleCount[], lang: Lang): ChartOption {
  const rules = [...new Set(counts.map((c) => c.rule))];
  return {
    animation: false,
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 40, bottom: 16, containLabel: true },
    tooltip: {
      trigger: "axis",
      renderMode: "html",
      formatter: (params: unknown) => {
        const list = params as { seriesName: string; value: number; axisValue: string; marker: string }[];
        return [escapeHtml(list[0]?.axisValue ?? ""), ...list.map((p) => `${p.marker}${escapeHtml(p.seriesName)}：${escapeHtml(formatNumber(p.value, lang))}`)].join("<br/>");
      },
    },
    xAxis: { type: "category", data: rules },
    yAxis: { type: "value", minInterval: 1 },
    series: SEVERITIES.map((s) => ({
      type: "bar",
      stack: "findings",
      name: t(lang, s),
      itemStyle: { color: COLORS[s] },
      data: rules.map((r) => counts.find((c) => c.rule === r && c.severity === s)?.findings ?? 0),
    })),
  };
}
