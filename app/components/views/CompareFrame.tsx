"use client";
// The comparison view's content, from plain props: used both for the static
// first paint and for the interactive view.
import { useCallback, useMemo } from "react";
import { agencyTypeLabel, AGENCY_TYPES, OTHER_AGENCY_TYPE, type MetricDef } from "../../../lib/metrics/index";
import { compareBriefing } from "../../lib/briefing";
import { formatMetric, unitLabel } from "../../lib/format";
import { t, type Lang } from "../../lib/i18n";
import { rankedRows, rankedSlice, summarize, type CompareData, type CompareState, type RankedRow } from "../../lib/loaders/compare";
import type { SiteContext } from "../../lib/loaders/context";
import { ChartPanel, CLOSED_TABLE_ROWS } from "../ChartPanel";
import type { Column } from "../DataTable";
import { MetricSelect } from "../MetricSelect";
import { QueryState, type QueryStatus } from "../QueryState";
import { ReportTags } from "../ReportTags";
import { rankingDrawn, rankingHeight, rankingOption } from "../charts/rankingOption";
import { vt } from "../../lib/viewMessages";

export { DEFAULT_TOP_N } from "../../lib/urlState";
const TOP_N_CHOICES = [10, 20, 50, 100, 200, 0];
/** Outliers listed on each side (high, low): at 100,000 reports a year has thousands, and listing them all made every change of metric slow. */
const OUTLIERS_LISTED = 10;

export interface CompareFrameProps {
  lang: Lang;
  context: SiteContext;
  metric: MetricDef;
  data: CompareData;
  status: QueryStatus;
  ssrSvg?: string;
  mode: "chart" | "table";
  /** Bars drawn at each end of the ranking; 0 draws all. */
  topN: number;
  onChange?: (patch: Partial<CompareState> & { view?: "chart" | "table"; top?: number }) => void;
  onAgency?: (agency: string) => void;
  onRetry?: () => void;
  /** The state asked for in the URL: the controls show it while its data loads. */
  request?: CompareState;
}

export function rankingColumns(metric: MetricDef, lang: Lang): Column<RankedRow>[] {
  return [
    { key: "rank", header: t(lang, "rank"), value: (r) => r.rank, numeric: true },
    {
      key: "agency",
      header: t(lang, "agency"),
      value: (r) => r.agency,
      render: (r) => (
        <>
          {r.agency}
          <ReportTags lang={lang} synthetic={r.synthetic} mine={r.mine} />
        </>
      ),
    },
    { key: "region", header: t(lang, "region"), value: (r) => [r.province, r.city, r.county].filter(Boolean).join(" ") },
    { key: "template", header: t(lang, "template"), value: (r) => r.template },
    {
      key: "value",
      header: `${metric.label[lang]}（${unitLabel(metric.unit, lang)}）`,
      value: (r) => r.value,
      render: (r) => (r.value === null ? t(lang, "blank") : formatMetric(r.value, metric.unit, lang)),
      numeric: true,
    },
    { key: "outlier", header: t(lang, "outlier"), value: (r) => (r.outlier ? t(lang, r.outlier === "high" ? "outlierHigh" : "outlierLow") : "") },
  ];
}

/**
 * Rows keyed by their place: a change of metric re-ranks every row, and React then updates the
 * cells of the table's rows in place instead of replacing each row's elements.
 */
const rowKey = (_: RankedRow, i: number) => String(i);

/**
 * While a query runs, the view renders again for its state (the controls, the busy mark) but the
 * chart, the table and the outliers stay the same elements: at 100,000 reports rebuilding them
 * cost tens of milliseconds on each render of a change of metric.
 */
export function CompareFrame({ lang, context, metric, data, status, ssrSvg, mode, topN, onChange, onAgency, onRetry, request }: CompareFrameProps) {
  const { state: shown, spread } = data;
  const state = request ?? shown;
  const summary = useMemo(() => summarize(data, OUTLIERS_LISTED), [data]);
  const drawn = useMemo(() => rankingDrawn(data, topN), [data, topN]);
  const option = useMemo(() => rankingOption(drawn, spread, metric, lang), [drawn, spread, metric, lang]);
  // The table's first rows now, every row when it is opened, printed or downloaded.
  const rows = useMemo(() => ({ head: rankedSlice(data, 0, CLOSED_TABLE_ROWS), all: () => rankedRows(data) }), [data]);
  const columns = useMemo(() => rankingColumns(metric, lang), [metric, lang]);
  const briefing = useMemo(() => compareBriefing(data, metric, lang), [data, metric, lang]);
  const onMetric = useCallback((id: string) => onChange?.({ metric: id }), [onChange]);
  const onModeChange = useCallback((view: "chart" | "table") => onChange?.({ view }), [onChange]);
  const onChartClick = useCallback(
    ({ dataIndex }: { dataIndex: number }) => {
      const bar = drawn.bars[dataIndex];
      if (bar) onAgency?.(bar.agency);
    },
    [drawn, onAgency],
  );
  // Every type: the agency list known at build time may be older than the dataset served.
  const typeChoices = [...AGENCY_TYPES.map((x) => x.id), OTHER_AGENCY_TYPE];
  const provinces = useMemo(() => [...new Set(context.regions.map((r) => r.province))], [context.regions]);
  const cities = useMemo(() => context.regions.filter((r) => r.province === state.province && r.city).map((r) => r.city!), [context.regions, state.province]);
  const title = `${metric.label[lang]} · ${shown.year}`;
  const panel = useMemo(
    () => (
      <ChartPanel
        lang={lang}
        title={title}
        fileName={`compare-${metric.id}-${shown.year}`}
        option={option}
        chartUpdate="series"
        height={rankingHeight(drawn)}
        ssrSvg={ssrSvg}
        columns={columns}
        rows={rows}
        rowKey={rowKey}
        mode={mode}
        onModeChange={onChange ? onModeChange : undefined}
        briefing={briefing}
        onChartClick={onAgency ? onChartClick : undefined}
        note={
          <>
            {t(lang, "shownOf", { n: data.order.length, blank: summary.blanks })}
            {spread
              ? ` ${t(lang, "median")} ${formatMetric(spread.median, metric.unit, lang)}；${t(lang, "q1")} ${formatMetric(spread.q1, metric.unit, lang)}；${t(lang, "q3")} ${formatMetric(spread.q3, metric.unit, lang)}`
              : ""}
            {drawn.hidden ? <span className="hidden-count"> {vt(lang, "hiddenCount", { n: topN, hidden: drawn.hidden, total: spread?.count ?? 0 })}</span> : null}
          </>
        }
      />
    ),
    [lang, title, metric, shown.year, option, rows, topN, ssrSvg, columns, mode, onChange, onModeChange, briefing, onAgency, onChartClick, summary, spread, drawn, data.order.length],
  );
  const outliers = useMemo(() => {
    const { outliers: count, listed } = summary;
    return (
      <section className="panel">
        <h2>{t(lang, "outliersTitle")}</h2>
        {count === 0 ? (
          <p className="note">{t(lang, "noOutliers")}</p>
        ) : (
          <ul className="outliers">
            {listed.map((r) => (
              <li key={r.report_id}>
                {r.agency}：{formatMetric(r.value, metric.unit, lang)}（{t(lang, r.outlier === "high" ? "outlierHigh" : "outlierLow")}）
              </li>
            ))}
          </ul>
        )}
        {listed.length < count ? <p className="note">{vt(lang, "moreOutliers", { n: count - listed.length, total: count })}</p> : null}
      </section>
    );
  }, [summary, metric, lang]);
  return (
    <>
      <h1>{t(lang, "compareTitle")}</h1>
      <p className="lede">{t(lang, "compareNote")}</p>
      <form className="controls" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t(lang, "metric")}
          <MetricSelect lang={lang} value={state.metric} onChange={onChange ? onMetric : undefined} />
        </label>
        <label>
          {t(lang, "year")}
          <select name="year" value={state.year} disabled={!onChange} onChange={(e) => onChange?.({ year: Number(e.target.value) })}>
            {context.years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t(lang, "province")}
          <select name="province" value={state.province ?? ""} disabled={!onChange} onChange={(e) => onChange?.({ province: e.target.value || null, city: null })}>
            <option value="">{t(lang, "all")}</option>
            {provinces.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t(lang, "city")}
          <select name="city" value={state.city ?? ""} disabled={!onChange || !state.province} onChange={(e) => onChange?.({ city: e.target.value || null })}>
            <option value="">{t(lang, "all")}</option>
            {cities.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
        <label>
          {vt(lang, "agencyType")}
          <select name="type" value={state.agencyType ?? ""} disabled={!onChange} onChange={(e) => onChange?.({ agencyType: e.target.value || null })}>
            <option value="">{t(lang, "all")}</option>
            {typeChoices.map((id) => (
              <option key={id} value={id}>
                {agencyTypeLabel(id, lang)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {vt(lang, "shownTopN")}
          <select name="top" value={topN} disabled={!onChange} onChange={(e) => onChange?.({ top: Number(e.target.value) })}>
            {[...new Set([...TOP_N_CHOICES, topN])].map((n) => (
              <option key={n} value={n}>
                {n === 0 ? vt(lang, "allRows") : n}
              </option>
            ))}
          </select>
        </label>
        <label className="inline">
          <input type="checkbox" name="synthetic" checked={state.synthetic} disabled={!onChange} onChange={(e) => onChange?.({ synthetic: e.target.checked })} />
          {t(lang, "includeSynthetic")}
        </label>
      </form>
      <p className="note">
        <strong>{t(lang, "description")}{lang === "zh" ? "：" : ": "}</strong>
        {metric.description[lang]}
      </p>
      {!metric.comparableAcrossTemplates ? <p className="note">{t(lang, "notComparable", { templates: metric.templates.join("/") })}</p> : null}
      <QueryState status={status} lang={lang} onRetry={onRetry}>
        {panel}
        {outliers}
      </QueryState>
    </>
  );
}
