"use client";
import "../../views.css";
import { useMemo } from "react";
import { sameYearReports, templateBoundary, type MetricDef } from "../../../lib/metrics/index";
import { trendBriefing } from "../../lib/briefing";
import { formatMetric, unitLabel } from "../../lib/format";
import { t, type Lang } from "../../lib/i18n";
import type { SiteContext } from "../../lib/loaders/context";
import { MAX_TREND_METRICS, trendSeriesKey, trendSeriesName, type TrendData, type TrendRow, type TrendState } from "../../lib/loaders/trend";
import { trendMessage } from "../../lib/trendMessages";
import { AgencyPicker } from "../AgencyPicker";
import { ChartPanel } from "../ChartPanel";
import type { Column } from "../DataTable";
import { MetricSelect } from "../MetricSelect";
import { QueryState, type QueryStatus } from "../QueryState";
import { ReportTags } from "../ReportTags";
import { formatYoy, trendPanelsHeight, trendPanelsOption } from "../charts/trendPanelsOption";

export type TrendPatch = Partial<TrendState> & { view?: "chart" | "table"; yoy?: boolean };

interface Props {
  lang: Lang;
  context: SiteContext;
  /** The metrics shown, in the order asked for. */
  metrics: MetricDef[];
  data: TrendData;
  status: QueryStatus;
  ssrSvg?: string;
  mode: "chart" | "table";
  yoy: boolean;
  onChange?: (patch: TrendPatch) => void;
  onRetry?: () => void;
  /** The metrics asked for in the URL: the controls show them while their data loads. */
  requestMetrics?: MetricDef[];
  request?: TrendState;
}

function trendColumns(metrics: readonly MetricDef[], lang: Lang): Column<TrendRow>[] {
  const byId = new Map(metrics.map((m) => [m.id, m]));
  const m = (r: TrendRow) => byId.get(r.metric)!;
  return [
    { key: "metric", header: t(lang, "metric"), value: (r) => m(r).label[lang] },
    {
      key: "agency",
      header: t(lang, "agency"),
      value: (r) => r.agency,
      render: (r) => (
        <>
          {r.agency}
          <ReportTags lang={lang} mine={r.mine} />
        </>
      ),
    },
    { key: "year", header: t(lang, "year"), value: (r) => r.year },
    { key: "template", header: t(lang, "template"), value: (r) => r.template },
    {
      key: "value",
      header: t(lang, "value"),
      value: (r) => r.value,
      render: (r) => (r.value === null ? t(lang, "blank") : formatMetric(r.value, m(r).unit, lang)),
      numeric: true,
    },
    { key: "unit", header: lang === "zh" ? "单位" : "Unit", value: (r) => unitLabel(m(r).unit, lang) },
    { key: "previous", header: trendMessage(lang, "previousYear"), value: (r) => r.previous, render: (r) => formatMetric(r.previous, m(r).unit, lang), numeric: true },
    { key: "change", header: trendMessage(lang, "yoy"), value: (r) => r.change, render: (r) => formatYoy(r, m(r), lang), numeric: true },
    { key: "ratio", header: `${trendMessage(lang, "yoyRatio")} %`, value: (r) => (r.ratio === null ? null : Math.round(r.ratio * 10000) / 100), numeric: true },
    // Last, so that the dataset's columns keep their places in the table and the CSV.
    { key: "origin", header: trendMessage(lang, "reportOrigin"), value: (r) => trendMessage(lang, r.mine ? "originMine" : "originDataset") },
  ];
}

export function TrendFrame({ lang, context, metrics, data, status, ssrSvg, mode, yoy, onChange, onRetry, requestMetrics, request }: Props) {
  const state = request ?? data.state;
  /** Agencies asked for (in the URL) that the data does not hold: the empty state names them. */
  const unknown = state.agencies.filter((a) => !context.agencies.includes(a));
  const chosen = requestMetrics ?? metrics;
  const ids = chosen.map((x) => x.id);
  const setIds = (list: string[]) => onChange?.({ metric: list.join(",") });
  const option = useMemo(() => trendPanelsOption(data.rows, metrics, lang, yoy), [data.rows, metrics, lang, yoy]);
  const boundary = templateBoundary(data.rows);
  // Two reports of one agency and year: the line shows the first, and the page says so.
  const sameYear = sameYearReports(data.rows.filter((r) => r.metric === metrics[0]!.id).map((r) => ({ ...r, key: trendSeriesKey(r) })));
  const sameYearList = sameYear
    .map(({ row, count }) => trendMessage(lang, "sameYearItem", { agency: trendSeriesName(row, lang), year: String(row.year), n: String(count) }))
    .join(lang === "zh" ? "；" : "; ");
  const first = metrics[0]!;
  const firstBriefing = trendBriefing({ ...data, rows: data.rows.filter((r) => r.metric === first.id) }, first, lang);
  const briefing = metrics.length > 1 ? { ...firstBriefing, title: `${metrics.map((x) => x.label[lang]).join(" / ")}${firstBriefing.title.slice(first.label[lang].length)}` } : firstBriefing;
  const title = metrics.map((x) => x.label[lang]).join(" / ");
  return (
    <>
      <h1>{t(lang, "trendTitle")}</h1>
      <form className="controls" onSubmit={(e) => e.preventDefault()}>
        <fieldset className="metric-list">
          <legend>{trendMessage(lang, "metrics")}</legend>
          {chosen.map((m, i) => (
            <span key={`${m.id}-${i}`} className="metric-item">
              <MetricSelect
                lang={lang}
                value={m.id}
                onChange={onChange ? (id) => setIds(ids.map((x, j) => (j === i ? id : x))) : undefined}
              />
              {chosen.length > 1 ? (
                <button type="button" aria-label={`${trendMessage(lang, "removeMetric")} ${m.label[lang]}`} disabled={!onChange} onClick={() => setIds(ids.filter((_, j) => j !== i))}>
                  ×
                </button>
              ) : null}
            </span>
          ))}
          {chosen.length < MAX_TREND_METRICS ? (
            <MetricSelect
              lang={lang}
              value=""
              name="addMetric"
              placeholder={trendMessage(lang, "addMetric")}
              onChange={onChange ? (id) => id && setIds([...ids, id]) : undefined}
            />
          ) : null}
        </fieldset>
        <AgencyPicker lang={lang} all={context.agencies} chosen={state.agencies} onChange={onChange ? (agencies) => onChange({ agencies }) : undefined} />
        <label className="inline">
          <input type="checkbox" name="yoy" checked={yoy} disabled={!onChange} onChange={(e) => onChange?.({ yoy: e.target.checked })} />
          {trendMessage(lang, "yoyChart")}
        </label>
        <label className="inline">
          <input type="checkbox" name="synthetic" checked={state.synthetic} disabled={!onChange} onChange={(e) => onChange?.({ synthetic: e.target.checked })} />
          {t(lang, "includeSynthetic")}
        </label>
      </form>
      {metrics.map((m) => (
        <p className="note" key={m.id}>
          <strong>
            {m.label[lang]} · {t(lang, "description")}
            {lang === "zh" ? "：" : ": "}
          </strong>
          {m.description[lang]}
          {!m.comparableAcrossTemplates ? ` ${t(lang, "notComparable", { templates: m.templates.join("/") })}` : ""}
        </p>
      ))}
      <QueryState status={status} lang={lang} onRetry={onRetry} emptyText={unknown.length > 0 ? t(lang, "agencyNotInData", { name: unknown.join(lang === "zh" ? "、" : ", ") }) : undefined}>
        <ChartPanel
          lang={lang}
          title={title}
          fileName={`trend-${metrics.map((m) => m.id).join("+")}`}
          option={option}
          height={trendPanelsHeight(metrics.length)}
          ssrSvg={ssrSvg}
          columns={trendColumns(metrics, lang)}
          rows={data.rows}
          rowKey={(r) => `${r.metric}-${r.report_id}`}
          briefing={briefing}
          mode={mode}
          onModeChange={onChange ? (view) => onChange({ view }) : undefined}
          note={
            boundary || sameYear.length > 0 ? (
              <>
                {boundary ? <span className="template-boundary-note">{trendMessage(lang, "templateBoundaryNote", { from: boundary.lastOld, to: boundary.firstNew })}</span> : null}
                {sameYear.length > 0 ? <span className="same-year-note">{trendMessage(lang, "sameYearNote", { list: sameYearList })}</span> : null}
              </>
            ) : undefined
          }
        />
      </QueryState>
    </>
  );
}
