"use client";
// The embed page's client side: reads the chart kind, its state and the presentation
// options from the URL, loads the data (build-time data for the default state,
// DuckDB-wasm otherwise) and draws one BriefingFigure.
import { parseAsInteger, parseAsStringLiteral, useQueryStates } from "nuqs";
import { useMemo } from "react";
import { EMBED_CHARTS } from "../../../lib/briefing/index";
import { metricById, type MetricDef } from "../../../lib/metrics/index";
import { agencyBriefing, compareBriefing, qualityBriefing, trendBriefing, type BriefingSpec } from "../../lib/briefing";
import type { Lang } from "../../lib/i18n";
import { loadAgency, type AgencyData, type AgencyState } from "../../lib/loaders/agency";
import { compareTables, loadCompare, type CompareData, type CompareState } from "../../lib/loaders/compare";
import { loadQuality, QUALITY_TABLES, type QualityData } from "../../lib/loaders/quality";
import { loadTrend, trendSeriesName, type TrendData, type TrendState } from "../../lib/loaders/trend";
import { agencyParsers, compareParsers, trendParsers } from "../../lib/urlState";
import { useLang } from "../../lib/useLang";
import { useViewData } from "../../lib/useViewData";
import type { QueryStatus } from "../QueryState";
import { rankingDrawn, rankingOption } from "../charts/rankingOption";
import { ruleOption } from "../charts/ruleOption";
import type { ChartOption } from "../charts/echarts";
import { trendOption } from "../charts/trendOption";
import { BriefingFigure, type Presentation, type SiteInfo } from "./BriefingFigure";

export interface EmbedInitial {
  compare: CompareData;
  trend: TrendData;
  agency: AgencyData;
  quality: QualityData;
}

interface Props {
  site: SiteInfo;
  initial: EmbedInitial;
}

export const presentationParsers = {
  chart: parseAsStringLiteral(EMBED_CHARTS).withDefault("compare"),
  theme: parseAsStringLiteral(["light", "dark"] as const).withDefault("light"),
  legend: parseAsStringLiteral(["on", "off"] as const).withDefault("on"),
  height: parseAsInteger,
};

interface KindProps {
  lang: Lang;
  site: SiteInfo;
  initial: EmbedInitial;
  present: Presentation;
}

/** A metric id from the URL that the catalogue does not know is an error, not silently another chart. */
function unknownMetric(id: string | null): string | null {
  return id !== null && !metricById(id) ? id : null;
}

interface FigureProps {
  kind: KindProps;
  spec: BriefingSpec;
  option: ChartOption;
  status: QueryStatus;
  retry: () => void;
  badMetric: string | null;
  /** The state asked for and the state of the data shown. */
  asked: unknown;
  shown: unknown;
}

function Figure(props: FigureProps) {
  const { kind, badMetric } = props;
  const status = badMetric
    ? { loading: null, empty: false, error: kind.lang === "zh" ? `未知指标：${badMetric}` : `Unknown metric: ${badMetric}` }
    : props.status;
  // A briefing never shows another state's chart while its own loads.
  const pending = !badMetric && JSON.stringify(props.asked) !== JSON.stringify(props.shown);
  return <BriefingFigure lang={kind.lang} spec={props.spec} site={kind.site} option={props.option} present={kind.present} status={status} pending={pending} onRetry={props.retry} />;
}

function EmbedCompare(kind: KindProps) {
  const { lang, initial } = kind;
  const [q] = useQueryStates(compareParsers);
  const state: CompareState = {
    metric: metricById(q.metric)?.id ?? initial.compare.state.metric,
    year: q.year ?? initial.compare.state.year,
    province: q.province,
    city: q.province ? q.city : null,
    synthetic: q.synthetic,
  };
  const { data, status, retry } = useViewData({
    state,
    initialState: initial.compare.state,
    initial: initial.compare,
    builtAt: kind.site.builtAt,
    tables: compareTables(state),
    load: loadCompare,
    isEmpty: (d) => d.valued === 0,
  });
  const metric = metricById(data.state.metric)!;
  const option = useMemo(() => rankingOption(rankingDrawn(data), data.spread, metric, lang), [data, metric, lang]);
  return <Figure kind={kind} spec={compareBriefing(data, metric, lang)} option={option} status={status} retry={retry} badMetric={unknownMetric(q.metric)} asked={state} shown={data.state} />;
}

function EmbedTrend(kind: KindProps) {
  const { lang, initial } = kind;
  const [q] = useQueryStates(trendParsers);
  const state: TrendState = {
    metric: metricById(q.metric)?.id ?? initial.trend.state.metric,
    agencies: q.agencies ?? initial.trend.state.agencies,
    synthetic: q.synthetic,
  };
  const { data, status, retry } = useViewData({
    state,
    initialState: initial.trend.state,
    initial: initial.trend,
    builtAt: kind.site.builtAt,
    tables: ["reports"],
    load: loadTrend,
    isEmpty: (d) => d.rows.length === 0,
  });
  const metric: MetricDef = metricById(data.state.metric)!;
  const option = useMemo(() => trendOption(data.rows.map((r) => ({ series: trendSeriesName(r, lang), year: r.year, value: r.value })), metric, lang), [data, metric, lang]);
  return <Figure kind={kind} spec={trendBriefing(data, metric, lang)} option={option} status={status} retry={retry} badMetric={unknownMetric(q.metric)} asked={state} shown={data.state} />;
}

function EmbedAgency(kind: KindProps) {
  const { lang, initial } = kind;
  const [q] = useQueryStates(agencyParsers);
  const state: AgencyState = { name: q.name ?? initial.agency.state.name, metric: metricById(q.metric)?.id ?? initial.agency.state.metric };
  const { data, status, retry } = useViewData({
    state,
    initialState: initial.agency.state,
    initial: initial.agency,
    builtAt: kind.site.builtAt,
    tables: ["reports", "checks"],
    load: loadAgency,
    isEmpty: (d) => d.reports.length === 0,
  });
  const metric = metricById(data.state.metric)!;
  const option = useMemo(
    () => trendOption(data.reports.map((r) => ({ series: data.state.name, year: r.year, value: r.values[metric.id] ?? null })), metric, lang),
    [data, metric, lang],
  );
  return <Figure kind={kind} spec={agencyBriefing(data, metric, lang)} option={option} status={status} retry={retry} badMetric={unknownMetric(q.metric)} asked={state} shown={data.state} />;
}

function EmbedQuality(kind: KindProps) {
  const { lang, initial } = kind;
  const { data, status, retry } = useViewData({
    state: initial.quality.state,
    initialState: initial.quality.state,
    initial: initial.quality,
    builtAt: kind.site.builtAt,
    tables: QUALITY_TABLES,
    load: loadQuality,
    isEmpty: (d) => d.byRule.length === 0,
  });
  const option = useMemo(() => ruleOption(data.byRule, lang), [data, lang]);
  return <Figure kind={kind} spec={qualityBriefing(lang)} option={option} status={status} retry={retry} badMetric={null} asked={null} shown={null} />;
}

export function EmbedView({ site, initial }: Props) {
  const [lang] = useLang();
  const [p] = useQueryStates(presentationParsers);
  const present: Presentation = useMemo(
    () => ({ theme: p.theme, legend: p.legend === "on", height: p.height !== null && p.height >= 120 && p.height <= 4000 ? p.height : null }),
    [p.theme, p.legend, p.height],
  );
  const kind = { lang, site, initial, present };
  switch (p.chart) {
    case "compare":
      return <EmbedCompare {...kind} />;
    case "trend":
      return <EmbedTrend {...kind} />;
    case "agency":
      return <EmbedAgency {...kind} />;
    case "quality":
      return <EmbedQuality {...kind} />;
  }
}
