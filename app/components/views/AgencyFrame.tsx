"use client";
import { useMemo } from "react";
import { metricById, type MetricDef } from "../../../lib/metrics/index";
import { isMyReportId } from "../../../lib/myreports/index";
import { agencyBriefing } from "../../lib/briefing";
import { formatMetric, formatNumber, unitLabel } from "../../lib/format";
import { t, type Lang } from "../../lib/i18n";
import { agencyMetric, KEY_METRIC_IDS, type AgencyData, type AgencyReport, type AgencyState } from "../../lib/loaders/agency";
import type { SiteContext } from "../../lib/loaders/context";
import { markMine } from "../../lib/loaders/trend";
import { ChartPanel } from "../ChartPanel";
import { DataTable, type Column } from "../DataTable";
import { FindingsTable } from "../FindingsTable";
import { ReportForms } from "../forms/ReportForms";
import { TablePanel } from "../TablePanel";
import { MetricSelect } from "../MetricSelect";
import { QueryState, type QueryStatus } from "../QueryState";
import { ReportTags } from "../ReportTags";
import { TREND_HEIGHT, trendOption } from "../charts/trendOption";

interface Props {
  lang: Lang;
  context: SiteContext;
  data: AgencyData;
  status: QueryStatus;
  ssrSvg?: string;
  mode: "chart" | "table";
  onChange?: (patch: Partial<AgencyState> & { view?: "chart" | "table" }) => void;
  onRetry?: () => void;
  /** The state asked for in the URL: the controls show it while its data loads. */
  request?: AgencyState;
}

interface MetricRow {
  metric: MetricDef;
  byReport: (number | null)[];
}

export function AgencyFrame({ lang, context, data, status, ssrSvg, mode, onChange, onRetry, request }: Props) {
  const state = request ?? data.state;
  const metric = agencyMetric(data.state);
  const { reports } = data;
  const option = useMemo(
    // The reader's own reports (对比我的报告) are a line of their own, never merged with the dataset's year.
    () => trendOption(reports.map((r) => ({ series: markMine(data.state.name, isMyReportId(r.report_id), lang), year: r.year, value: r.values[metric.id] ?? null })), metric, lang),
    [reports, metric, lang, data.state.name],
  );
  const chartColumns: Column<AgencyReport>[] = [
    { key: "year", header: t(lang, "year"), value: (r) => r.year, render: (r) => <>{r.year}<ReportTags lang={lang} mine={isMyReportId(r.report_id)} /></> },
    { key: "template", header: t(lang, "template"), value: (r) => r.template },
    {
      key: "value",
      header: `${metric.label[lang]}（${unitLabel(metric.unit, lang)}）`,
      value: (r) => r.values[metric.id] ?? null,
      render: (r) => (r.values[metric.id] == null ? t(lang, "blank") : formatMetric(r.values[metric.id], metric.unit, lang)),
      numeric: true,
    },
  ];
  const keyRows: MetricRow[] = KEY_METRIC_IDS.map((id) => metricById(id)!).map((m) => ({ metric: m, byReport: reports.map((r) => r.values[m.id] ?? null) }));
  const keyColumns: Column<MetricRow>[] = [
    { key: "metric", header: t(lang, "metric"), value: (r) => r.metric.label[lang] },
    ...reports.map((rep, i) => ({
      key: rep.report_id,
      header: markMine(String(rep.year), isMyReportId(rep.report_id), lang),
      value: (r: MetricRow) => r.byReport[i] ?? null,
      render: (r: MetricRow) => formatMetric(r.byReport[i], r.metric.unit, lang),
      numeric: true,
    })),
  ];
  const reportColumns: Column<AgencyReport>[] = [
    { key: "year", header: t(lang, "year"), value: (r) => r.year },
    { key: "template", header: t(lang, "template"), value: (r) => r.template },
    { key: "region", header: t(lang, "region"), value: (r) => [r.province, r.city, r.county].filter(Boolean).join(" ") },
    { key: "file", header: t(lang, "file"), value: (r) => r.file, render: (r) => <>{r.file}<ReportTags lang={lang} synthetic={r.synthetic} mine={isMyReportId(r.report_id)} /></> },
    { key: "diagnostics", header: t(lang, "diagnostics"), value: (r) => r.diagnostics, render: (r) => formatNumber(r.diagnostics, lang), numeric: true },
  ];
  return (
    <>
      <h1>
        {t(lang, "agencyTitle")}：<span className="agency-name">{state.name || "—"}</span>
      </h1>
      <form className="controls" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t(lang, "chooseAgency")}
          <select name="agency" value={state.name} disabled={!onChange} onChange={(e) => onChange?.({ name: e.target.value, year: null })}>
            {context.agencies.includes(state.name) ? null : <option value={state.name}>{state.name}</option>}
            {context.agencies.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t(lang, "metric")}
          <MetricSelect lang={lang} value={state.metric} onChange={onChange ? (id) => onChange({ metric: id }) : undefined} />
        </label>
      </form>
      <QueryState
        status={status}
        lang={lang}
        onRetry={onRetry}
        emptyText={state.name && !context.agencies.includes(state.name) ? t(lang, "agencyNotInData", { name: state.name }) : undefined}
      >
        {data.forms ? (
          <ReportForms
            key={data.forms.report.report_id}
            lang={lang}
            forms={data.forms}
            years={[...new Set(reports.map((r) => r.year))]}
            onYear={onChange ? (year) => onChange({ year }) : undefined}
          />
        ) : null}
        <ChartPanel
          lang={lang}
          title={`${data.state.name} · ${metric.label[lang]}`}
          fileName={`agency-${metric.id}`}
          option={option}
          height={TREND_HEIGHT}
          ssrSvg={ssrSvg}
          columns={chartColumns}
          rows={reports}
          rowKey={(r) => r.report_id}
          mode={mode}
          onModeChange={onChange ? (view) => onChange({ view }) : undefined}
          note={metric.description[lang]}
          briefing={data.state.name ? agencyBriefing(data, metric, lang) : undefined}
        />
        <TablePanel
          lang={lang}
          title={t(lang, "keyMetrics")}
          caption={data.state.name}
          columns={keyColumns}
          rows={keyRows}
          fileName="agency-metrics"
          rowKey={(r) => r.metric.id}
        />
        <section className="panel">
          <header className="panel-head">
            <h2>{t(lang, "reports")}</h2>
          </header>
          <DataTable columns={reportColumns} rows={reports} caption={t(lang, "reports")} rowKey={(r) => r.report_id} />
        </section>
        <section className="panel">
          <header className="panel-head">
            <h2>{t(lang, "findings")}</h2>
          </header>
          <FindingsTable lang={lang} findings={data.findings} caption={t(lang, "findings")} />
        </section>
      </QueryState>
    </>
  );
}
