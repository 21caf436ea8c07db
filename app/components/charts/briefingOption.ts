// Presentation options of a briefing chart on top of a view's option: legend on or
// off, colours that stay legible on a dark page (the option builders draw reference
// lines and labels in dark grey), and narrower category labels in a narrow frame.
import type { BriefingTheme } from "../../../lib/briefing/index";
import type { ChartOption } from "./echarts";

const DARK = { text: "#e6eaf0", muted: "#a3afbd", line: "#3a4450" };

type Obj = Record<string, unknown>;
const asList = (v: unknown): Obj[] => (Array.isArray(v) ? (v as Obj[]) : v ? [v as Obj] : []);

function darkMarkLine(markLine: Obj | undefined): Obj | undefined {
  if (!markLine) return markLine;
  const data = asList(markLine.data).map((d) => ({
    ...d,
    lineStyle: { ...(d.lineStyle as Obj | undefined), color: DARK.muted },
    label: { ...(d.label as Obj | undefined), color: DARK.text },
  }));
  return { ...markLine, data };
}

/** Below this width (px) axis labels get shorter and fewer. */
const NARROW = 560;

export function briefingOption(option: ChartOption, { theme, legend, width }: { theme: BriefingTheme; legend: boolean; width: number }): ChartOption {
  const out: Obj = { ...option, backgroundColor: "transparent" };
  if (width > 0 && width < NARROW) {
    // Category names (agencies) may take at most 40 % of the width; value axes show fewer ticks.
    const nameWidth = Math.max(72, Math.round(width * 0.4));
    for (const axis of ["xAxis", "yAxis"] as const) {
      if (!out[axis]) continue;
      out[axis] = asList(out[axis]).map((a) => {
        const label = (a.axisLabel as Obj | undefined) ?? {};
        return a.type === "category"
          ? { ...a, axisLabel: { ...label, width: nameWidth, overflow: "truncate", fontSize: 11 } }
          : { ...a, splitNumber: 3, axisLabel: { ...label, hideOverlap: true, fontSize: 10 } };
      });
    }
    // A grid whose left edge was set for names beside it (the ranking's) needs no more room than the shorter names take.
    const horizontal = asList(out.yAxis).some((a) => a.type === "category");
    out.grid = asList(out.grid).map((g) => ({
      ...g,
      right: Math.min(Number(g.right ?? 24), 48),
      ...(horizontal && !g.containLabel && typeof g.left === "number" ? { left: Math.min(g.left, nameWidth + 16) } : {}),
    }));
  }
  if (out.legend) out.legend = asList(out.legend).map((l) => ({ ...l, show: legend, ...(theme === "dark" ? { textStyle: { color: DARK.text } } : {}) }));
  if (theme === "dark") {
    out.textStyle = { color: DARK.text };
    for (const axis of ["xAxis", "yAxis"] as const) {
      if (!out[axis]) continue;
      out[axis] = asList(out[axis]).map((a) => ({
        ...a,
        axisLabel: { ...(a.axisLabel as Obj | undefined), color: DARK.muted },
        axisLine: { lineStyle: { color: DARK.line } },
        splitLine: { lineStyle: { color: DARK.line } },
      }));
    }
    out.series = asList(out.series).map((s) => ({
      ...s,
      label: s.label ? { ...(s.label as Obj), color: DARK.text } : s.label,
      markLine: darkMarkLine(s.markLine as Obj | undefined),
    }));
  }
  return out as ChartOption;
}
