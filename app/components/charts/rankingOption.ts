// Ranked horizontal bars for one metric: median and quartiles as lines, outliers coloured.
import { BarChart } from "echarts/charts";
import { MarkLineComponent } from "echarts/components";
import { escapeHtml, rankingWindow, type MetricDef, type Spread } from "../../../lib/metrics/index";
import { formatMetric } from "../../lib/format";
import { t, type Lang } from "../../lib/i18n";
import { rankedSlice, type CompareData, type RankedRow } from "../../lib/loaders/compare";
import { vt } from "../../lib/viewMessages";
import { echarts, type ChartOption } from "./echarts";

echarts.use([BarChart, MarkLineComponent]);

const COLORS = { normal: "#3b6ea8", high: "#c0392b", low: "#d68910", synthetic: "#9aa5b1", mine: "#1e8449" };
const ROW_HEIGHT = 22;
const MINE = { zh: "（我的）", en: " (mine)" };
/** Agency names: at most this wide (px), then truncated with an ellipsis. */
const NAME_WIDTH = 220;
const NAME_FONT_SIZE = 12;
/** Between a name and the axis line (ECharts' default axisLabel.margin). */
const NAME_MARGIN = 8;
const OUTER_MARGIN = 8;

/**
 * Estimated width of a name: a CJK character one em, anything else 0.6 em (the rule of
 * lib/briefing's textWidth, without its Unicode tables: this runs for every bar on every change).
 */
function nameWidth(name: string): number {
  let ems = 0;
  for (const ch of name) ems += ch.codePointAt(0)! >= 0x1100 ? 1 : 0.6;
  return ems * NAME_FONT_SIZE;
}

/**
 * The grid's left edge: room for the longest name drawn. ECharts would otherwise find it by laying
 * out every label once more before drawing them (containLabel, or ECharts 6's default outer bounds):
 * a third of the chart's time on each change of metric.
 */
function gridLeft(names: readonly string[]): number {
  const widest = names.reduce((w, name) => Math.max(w, nameWidth(name)), 0);
  return OUTER_MARGIN + Math.ceil(Math.min(NAME_WIDTH, widest)) + NAME_MARGIN;
}

export interface RankingDrawn {
  /** Ranked rows drawn as bars; `null` is the gap for the rows not drawn. */
  bars: (RankedRow | null)[];
  /** Rows with a value that are not drawn. */
  hidden: number;
}

/**
 * The bars drawn: every row with a value, or with `topN` > 0 and more rows than fit,
 * the N highest, one gap (`null`), and the N lowest. The spread stays over all rows.
 */
export function rankingDrawn(data: CompareData, topN = 0): RankingDrawn {
  const { top, bottom, hidden } = rankingWindow(data.valued, topN);
  const bars: (RankedRow | null)[] = rankedSlice(data, 0, top);
  if (hidden) bars.push(null, ...rankedSlice(data, data.valued - bottom, data.valued));
  return { bars, hidden };
}

export function rankingHeight(drawn: RankingDrawn): number {
  return Math.max(240, drawn.bars.length * ROW_HEIGHT + 90);
}

export function rankingOption({ bars: shown, hidden }: RankingDrawn, spread: Spread | null, metric: MetricDef, lang: Lang): ChartOption {
  const gap = vt(lang, "hiddenBar", { hidden });
  const fmt = (v: number) => formatMetric(v, metric.unit, lang);
  // Only the median is labelled in the chart; the quartiles are close to it and are named in the panel note.
  const line = (value: number, name: string, type: "solid" | "dashed") => ({
    xAxis: value,
    name,
    lineStyle: { type, color: "#555" },
    label: { show: type === "solid", formatter: `${name} ${fmt(value)}`, position: "start" as const, color: "#333", fontSize: 11 },
  });
  const names = shown.map((r) => (r === null ? gap : r.mine ? `${r.agency}${MINE[lang]}` : r.agency));
  return {
    animation: false,
    // Bottom: the value axis' labels; right: the bars' value labels.
    grid: { left: gridLeft(names), right: 90, top: 36, bottom: 28, outerBoundsMode: "none" },
    tooltip: {
      trigger: "item",
      renderMode: "html",
      // Agency names are report text: escaped before they become markup.
      formatter: (p: unknown) => {
        const { dataIndex } = p as { dataIndex: number };
        const row = shown[dataIndex];
        if (!row) return escapeHtml(gap);
        const tag = row.outlier ? ` · ${t(lang, row.outlier === "high" ? "outlierHigh" : "outlierLow")}` : "";
        return `${escapeHtml(row.agency)}${row.mine ? MINE[lang] : ""}<br/>${escapeHtml(fmt(row.value!))}${escapeHtml(tag)}`;
      },
    },
    xAxis: { type: "value", axisLabel: { formatter: (v: number) => fmt(v) } },
    yAxis: {
      type: "category",
      inverse: true,
      data: names,
      axisLabel: { width: NAME_WIDTH, overflow: "truncate", fontSize: NAME_FONT_SIZE, margin: NAME_MARGIN },
    },
    series: [
      {
        type: "bar",
        barMaxWidth: 16,
        data: shown.map((r) => ({
          value: r === null ? null : r.value,
          itemStyle: { color: r === null ? COLORS.normal : r.mine ? COLORS.mine : r.outlier ? COLORS[r.outlier] : r.synthetic ? COLORS.synthetic : COLORS.normal },
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
