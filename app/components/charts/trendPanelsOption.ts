// Small multiples for the trend view: one panel per metric (each with its own unit),
// one line per agency, the 2019 → 2021 template change marked in every panel; a metric
// that is not comparable across templates gets one line per template, never joined.
// The reader's own reports (对比我的报告) are a line of their own beside the agency's:
// its colour, dashed, diamond points, named "…（我的）" in the legend and tooltip.
import { LineChart } from "echarts/charts";
import { LegendComponent, MarkAreaComponent, MarkLineComponent, TitleComponent } from "echarts/components";
import { escapeHtml, templateBoundary, type MetricDef } from "../../../lib/metrics/index";
import { formatMetric, formatNumber } from "../../lib/format";
import type { Lang } from "../../lib/i18n";
import { trendSeriesKey, trendSeriesName, type TrendRow } from "../../lib/loaders/trend";
import { trendMessage } from "../../lib/trendMessages";
import { echarts, type ChartOption } from "./echarts";

echarts.use([LineChart, LegendComponent, MarkAreaComponent, MarkLineComponent, TitleComponent]);

const PALETTE = ["#3b6ea8", "#c0392b", "#1e8449", "#d68910", "#7d3c98", "#148f77", "#a04000", "#2e4053", "#b03a7a", "#5d6d7e"];
const PANEL = 240;
const TOP = 44;
const GAP = 56;

export function trendPanelsHeight(metricCount: number): number {
  return TOP + metricCount * PANEL + (metricCount - 1) * GAP + 30;
}

/** Year-over-year as plotted: relative change for counts and amounts, the change itself (points) for rates. */
export function yoyValue(row: Pick<TrendRow, "change" | "ratio">, metric: MetricDef): number | null {
  return metric.unit === "%" ? row.change : row.ratio;
}

export function formatYoy(row: Pick<TrendRow, "change" | "ratio">, metric: MetricDef, lang: Lang): string {
  if (row.change === null) return "—";
  const sign = (v: number) => (v > 0 ? "+" : v < 0 ? "−" : "±");
  if (metric.unit === "%") return `${sign(row.change)}${formatNumber(Math.abs(row.change) * 100, lang, 1)}${trendMessage(lang, "pp")}`;
  const abs = `${sign(row.change)}${formatMetric(Math.abs(row.change), metric.unit, lang)}`;
  return row.ratio === null ? abs : `${abs}（${sign(row.ratio)}${formatNumber(Math.abs(row.ratio) * 100, lang, 1)}%）`;
}

export function trendPanelsOption(rows: readonly TrendRow[], metrics: readonly MetricDef[], lang: Lang, yoy: boolean): ChartOption {
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const agencies = [...new Set(rows.map((r) => r.agency))];
  const color = (agency: string) => PALETTE[agencies.indexOf(agency) % PALETTE.length]!;
  // Each agency's dataset line first, then the reader's own line of it.
  const lines = [...new Map(rows.map((r) => [trendSeriesKey(r), { agency: r.agency, mine: r.mine, key: trendSeriesKey(r), name: trendSeriesName(r, lang) }])).values()].sort(
    (a, b) => agencies.indexOf(a.agency) - agencies.indexOf(b.agency) || Number(a.mine) - Number(b.mine),
  );
  const lineByName = new Map(lines.map((l) => [l.name, l]));
  const grids = metrics.map((_, i) => ({ left: 8, right: 24, top: TOP + i * (PANEL + GAP), height: PANEL - 30, containLabel: true }));
  const series: Record<string, unknown>[] = [];
  metrics.forEach((metric, i) => {
    const ofMetric = rows.filter((r) => r.metric === metric.id);
    const plot = (r: TrendRow) => (yoy ? yoyValue(r, metric) : r.value);
    // Not comparable across templates: one line per template, so no segment crosses the change.
    const templates = metric.comparableAcrossTemplates ? [null] : [...new Set(ofMetric.map((r) => r.template))].sort();
    const boundary = templateBoundary(ofMetric);
    let marked = false;
    for (const line of lines) {
      for (const template of templates) {
        const data = years.map((y) => {
          const r = ofMetric.find((x) => trendSeriesKey(x) === line.key && x.year === y && (template === null || x.template === template));
          return r ? plot(r) : null;
        });
        const s: Record<string, unknown> = {
          type: "line",
          name: line.name,
          xAxisIndex: i,
          yAxisIndex: i,
          connectNulls: false,
          symbol: line.mine ? "diamond" : "emptyCircle",
          // The diamond fits inside the dataset's ring of the same size: equal values show both marks.
          symbolSize: 7,
          color: color(line.agency),
          ...(line.mine ? { lineStyle: { type: "dashed" } } : {}),
          label: { show: lines.length <= 3, fontSize: 11, formatter: (p: unknown) => fmtAxis((p as { value: number }).value, metric, lang, yoy) },
          data,
        };
        if (boundary && !marked) {
          marked = true;
          const label = { show: true, formatter: trendMessage(lang, "templateChange"), color: "#7a5b00", fontSize: 11, position: "insideTop" as const };
          if (boundary.lastOld < boundary.firstNew) {
            s.markArea = { silent: true, itemStyle: { color: "rgba(233, 212, 138, 0.35)" }, label, data: [[{ xAxis: String(boundary.lastOld) }, { xAxis: String(boundary.firstNew) }]] };
          } else {
            s.markLine = { silent: true, symbol: "none", lineStyle: { type: "dashed", color: "#9a6700" }, label: { ...label, position: "insideEndTop" }, data: [{ xAxis: String(boundary.firstNew) }] };
          }
        }
        series.push(s);
      }
    }
  });
  return {
    animation: false,
    color: PALETTE,
    legend: { type: "scroll", top: 0, data: lines.map((l) => l.name) },
    title: metrics.map((m, i) => ({
      text: `${m.label[lang]}${yoy ? ` · ${trendMessage(lang, "yoy")}` : ""}`,
      top: TOP + i * (PANEL + GAP) - 26,
      left: 8,
      textStyle: { fontSize: 13, fontWeight: 600 },
    })),
    grid: grids,
    tooltip: {
      trigger: "axis",
      renderMode: "html",
      // Agency names are report text: escaped before they become markup.
      formatter: (params: unknown) => {
        const list = params as { seriesName: string; axisValue: string; marker: string; axisIndex?: number; seriesIndex: number }[];
        if (!list.length) return "";
        const year = Number(list[0]!.axisValue);
        const metric = metrics[(series[list[0]!.seriesIndex]?.xAxisIndex as number) ?? 0]!;
        const lines = list.flatMap((p) => {
          const line = lineByName.get(p.seriesName);
          const r = line && rows.find((x) => x.metric === metric.id && trendSeriesKey(x) === line.key && x.year === year);
          if (!r) return [];
          const value = r.value === null ? "—" : formatMetric(r.value, metric.unit, lang);
          return [`${p.marker}${escapeHtml(p.seriesName)}：${escapeHtml(value)}（${escapeHtml(trendMessage(lang, "yoyRatio"))} ${escapeHtml(formatYoy(r, metric, lang))}）`];
        });
        return [`${escapeHtml(String(year))} · ${escapeHtml(metric.label[lang])}`, ...[...new Set(lines)]].join("<br/>");
      },
    },
    xAxis: metrics.map((_, i) => ({ type: "category", gridIndex: i, data: years.map(String), boundaryGap: false })),
    yAxis: metrics.map((m, i) => ({ type: "value", gridIndex: i, axisLabel: { formatter: (v: number) => fmtAxis(v, m, lang, yoy) } })),
    series,
  };
}

function fmtAxis(v: number | null, metric: MetricDef, lang: Lang, yoy: boolean): string {
  if (v === null || v === undefined) return "";
  if (!yoy) return formatMetric(v, metric.unit, lang);
  if (metric.unit === "%") return `${formatNumber(v * 100, lang, 1)}${trendMessage(lang, "pp")}`;
  return `${formatNumber(v * 100, lang, 1)}%`;
}
