"use client";
import { useMemo } from "react";
import type { MetricDef } from "../../../lib/metrics/index";
import { trendBriefing } from "../../lib/briefing";
import { formatMetric, unitLabel } from "../../lib/format";
import { t, type Lang } from "../../lib/i18n";
import type { SiteContext } from "../../lib/loaders/context";
import type { TrendData, TrendRow, TrendState } from "../../lib/loaders/trend";
import { AgencyPicker } from "../AgencyPicker";
import { ChartPanel } from "../ChartPanel";
import type { Column } from "../DataTable";
import { MetricSelect } from "../MetricSelect";
import { QueryState, type QueryStatus } from "../QueryState";
import { TREND_HEIGHT, trendOption } from "../charts/trendOption";

interface Props {
  lang: Lang;
  context: SiteContext;
  metric: MetricDef;
  data: TrendData;
  status: QueryStatus;
  ssrSvg?: string;
  mode: "chart" | "table";
  onChange?: (patch: Partial<TrendState> & { view?: "chart" | "table" }) => void;
  onRetry?: () => void;
  /** The state asked for in the URL: the controls show it while its data loads. */
  request?: TrendState;
}

export function TrendFrame({ lang, context, metric, data, status, ssrSvg, mode, onChange, onRetry, request }: Props) {
  const state = request ?? data.state;
  const option = useMemo(() => trendOption(data.rows.map((r) => ({ series: r.agency, year: r.year, value: r.value })), metric, lang), [data.rows, metric, lang]);
  const columns: Column<TrendRow>[] = [
    { key: "agency", header: t(lang, "agency"), value: (r) => r.agency },
    { key: "year", header: t(lang, "year"), value: (r) => r.year },
    { key: "template", header: t(lang, "template"), value: (r) => r.template },
    {
      key: "value",
      header: `${metric.label[lang]}（${unitLabel(metric.unit, lang)}）`,
      value: (r) => r.value,
      render: (r) => (r.value === null ? t(lang, "blank") : formatMetric(r.value, metric.unit, lang)),
      numeric: true,
    },
  ];
  return (
    <>
      <h1>{t(lang, "trendTitle")}</h1>
      <form className="controls" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t(lang, "metric")}
          <MetricSelect lang={lang} value={state.metric} onChange={onChange ? (id) => onChange({ metric: id }) : undefined} />
        </label>
        <AgencyPicker lang={lang} all={context.agencies} chosen={state.agencies} onChange={onChange ? (agencies) => onChange({ agencies }) : undefined} />
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
        <ChartPanel
          lang={lang}
          title={metric.label[lang]}
          fileName={`trend-${metric.id}`}
          option={option}
          height={TREND_HEIGHT}
          ssrSvg={ssrSvg}
          columns={columns}
          rows={data.rows}
          rowKey={(r, i) => `${r.agency}-${r.year}-${i}`}
          briefing={trendBriefing(data, metric, lang)}
          mode={mode}
          onModeChange={onChange ? (view) => onChange({ view }) : undefined}
        />
      </QueryState>
    </>
  );
}
