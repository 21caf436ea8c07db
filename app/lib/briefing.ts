// What a chart needs to stand on its own in a briefing: its title, definition and
// unit, how many reports are behind it, and the embed URL of its exact state. One
// builder per chart kind, shared by the views (exports, embed dialog, print) and
// the embed page.
import type { BriefingText, EmbedParams } from "../../lib/briefing/index";
// The module itself, not lib/briefing/index: the index would bring the SVG composition (and
// string-width) into every page, which needs it only when a chart is exported.
import { sourceLines } from "../../lib/briefing/sourceLines";
import type { MetricDef } from "../../lib/metrics/index";
import type { Manifest } from "./dataset";
import { unitLabel } from "./format";
import { t, type Lang } from "./i18n";
import type { AgencyData } from "./loaders/agency";
import { syntheticCount, type CompareData } from "./loaders/compare";
import type { TrendData } from "./loaders/trend";

export interface BriefingSpec {
  /** The chart's data state; presentation options (theme, legend, height) are added by the dialog. */
  embed: EmbedParams;
  title: string;
  subtitle: string;
  /** Reports behind the chart; "dataset" for charts over every report read (manifest `parsed`). */
  reports: number | "dataset";
  /** Synthetic reports in the chart; `null` when they were not left out but cannot be counted. */
  syntheticShown: number | null;
}

/** Title, definition and source lines of a chart, for its exports, the embed page and print. */
export function briefingText(spec: BriefingSpec, manifest: Pick<Manifest, "builtAt" | "synthetic" | "parsed">, lang: Lang): BriefingText {
  return {
    title: spec.title,
    subtitle: spec.subtitle,
    source: sourceLines({ lang, builtAt: manifest.builtAt, reports: spec.reports === "dataset" ? manifest.parsed : spec.reports, syntheticShown: spec.syntheticShown, syntheticInDataset: manifest.synthetic }),
  };
}

export function metricSubtitle(metric: MetricDef, lang: Lang): string {
  const unit = unitLabel(metric.unit, lang);
  const note = metric.comparableAcrossTemplates ? "" : ` ${t(lang, "notComparable", { templates: metric.templates.join("/") })}`;
  return lang === "zh" ? `单位：${unit}。口径：${metric.description.zh}${note}` : `Unit: ${unit}. Definition: ${metric.description.en}${note}`;
}

export function compareBriefing(data: CompareData, metric: MetricDef, lang: Lang): BriefingSpec {
  const { state } = data;
  const region = [state.province, state.province ? state.city : null].filter(Boolean).join(" ");
  return {
    embed: { chart: "compare", metric: metric.id, year: state.year, province: state.province, city: state.city, synthetic: state.synthetic, lang },
    title: `${metric.label[lang]} · ${state.year}${region ? (lang === "zh" ? `（${region}）` : ` (${region})`) : ""}`,
    subtitle: metricSubtitle(metric, lang),
    reports: data.order.length,
    syntheticShown: syntheticCount(data),
  };
}

export function trendBriefing(data: TrendData, metric: MetricDef, lang: Lang): BriefingSpec {
  const years = data.rows.map((r) => r.year);
  const [first, last] = [Math.min(...years), Math.max(...years)];
  const span = years.length === 0 ? "" : first === last ? ` · ${first}` : ` · ${first}–${last}`;
  return {
    embed: { chart: "trend", metric: metric.id, agencies: data.state.agencies, synthetic: data.state.synthetic, lang },
    title: `${metric.label[lang]}${span}`,
    subtitle: metricSubtitle(metric, lang),
    reports: data.rows.length,
    // Trend rows do not carry the synthetic flag: with synthetic reports asked for, say so without a count.
    syntheticShown: data.state.synthetic ? null : 0,
  };
}

export function agencyBriefing(data: AgencyData, metric: MetricDef, lang: Lang): BriefingSpec {
  return {
    embed: { chart: "agency", name: data.state.name, metric: metric.id, lang },
    title: `${data.state.name} · ${metric.label[lang]}`,
    subtitle: metricSubtitle(metric, lang),
    reports: data.reports.length,
    syntheticShown: data.reports.filter((r) => r.synthetic).length,
  };
}

export function qualityBriefing(lang: Lang): BriefingSpec {
  return {
    embed: { chart: "quality", lang },
    title: t(lang, "qualityTitle") + (lang === "zh" ? "：" : ": ") + t(lang, "byRule"),
    subtitle:
      lang === "zh"
        ? `各核查规则的发现数（条），按级别分段：${t(lang, "error")}、${t(lang, "warning")}、${t(lang, "unchecked")}。`
        : `Findings per check rule, stacked by severity: ${t(lang, "error")}, ${t(lang, "warning")}, ${t(lang, "unchecked")}.`,
    reports: "dataset",
    // Checks run on every report the build read, synthetic ones included.
    syntheticShown: null,
  };
}
