"use client";
import { useMemo } from "react";
import { qualityBriefing } from "../../lib/briefing";
import { t, type Lang } from "../../lib/i18n";
import type { Severity } from "../../../lib/dataset";
import type { DiagnosticCount, QualityData, QualityState, RuleCount } from "../../lib/loaders/quality";
import { FINDINGS_LIMIT } from "../../lib/loaders/quality";
import { ChartPanel } from "../ChartPanel";
import { CsvButton } from "../CsvButton";
import type { Column } from "../DataTable";
import { FindingsTable, findingColumns } from "../FindingsTable";
import { QueryState, type QueryStatus } from "../QueryState";
import { RULE_HEIGHT, ruleOption } from "../charts/ruleOption";
import { TablePanel } from "../TablePanel";

interface Props {
  lang: Lang;
  data: QualityData;
  status: QueryStatus;
  ssrSvg?: string;
  mode: "chart" | "table";
  onChange?: (patch: Partial<QualityState> & { view?: "chart" | "table" }) => void;
  onRetry?: () => void;
  /** The state asked for in the URL: the controls show it while its data loads. */
  request?: QualityState;
}

export function QualityFrame({ lang, data, status, ssrSvg, mode, onChange, onRetry, request }: Props) {
  const state = request ?? data.state;
  const option = useMemo(() => ruleOption(data.byRule, lang), [data.byRule, lang]);
  const rules = [...new Set(data.byRule.map((r) => r.rule))];
  const ruleColumns: Column<RuleCount>[] = [
    { key: "rule", header: t(lang, "rule"), value: (r) => r.rule },
    { key: "severity", header: t(lang, "severity"), value: (r) => r.severity, render: (r) => <span className={`sev-${r.severity}`}>{t(lang, r.severity)}</span> },
    { key: "findings", header: t(lang, "findings"), value: (r) => r.findings, numeric: true },
    { key: "reports", header: t(lang, "reports"), value: (r) => r.reports, numeric: true },
  ];
  const diagnosticColumns: Column<DiagnosticCount>[] = [
    { key: "code", header: t(lang, "code"), value: (d) => d.code, render: (d) => <code>{d.code}</code> },
    { key: "severity", header: t(lang, "severity"), value: (d) => d.severity, render: (d) => <span className={`sev-${d.severity}`}>{t(lang, d.severity)}</span> },
    { key: "diagnostics", header: t(lang, "diagnostics"), value: (d) => d.diagnostics, numeric: true },
    { key: "reports", header: t(lang, "reports"), value: (d) => d.reports, numeric: true },
  ];
  const failureColumns: Column<QualityData["failures"][number]>[] = [
    { key: "file", header: t(lang, "file"), value: (f) => f.file },
    { key: "code", header: t(lang, "code"), value: (f) => f.code },
    { key: "message", header: t(lang, "message"), value: (f) => f.message, wrap: true },
  ];
  return (
    <>
      <h1>{t(lang, "qualityTitle")}</h1>
      <QueryState status={status} lang={lang} onRetry={onRetry}>
        <ChartPanel
          lang={lang}
          title={t(lang, "byRule")}
          fileName="findings-by-rule"
          option={option}
          height={RULE_HEIGHT}
          ssrSvg={ssrSvg}
          columns={ruleColumns}
          rows={data.byRule}
          rowKey={(r) => `${r.rule}-${r.severity}`}
          briefing={qualityBriefing(lang)}
          mode={mode}
          onModeChange={onChange ? (view) => onChange({ view }) : undefined}
        />
        <section className="panel">
          <header className="panel-head">
            <h2>{t(lang, "findings")}</h2>
            <div className="toolbar">
              <CsvButton lang={lang} columns={findingColumns(lang)} rows={data.findings} fileName="findings" />
            </div>
          </header>
          <form className="controls" onSubmit={(e) => e.preventDefault()}>
            <label>
              {t(lang, "rule")}
              <select name="rule" value={state.rule ?? ""} disabled={!onChange} onChange={(e) => onChange?.({ rule: e.target.value || null })}>
                <option value="">{t(lang, "all")}</option>
                {rules.map((r) => (
                  <option key={r} value={r}>
                    {r}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t(lang, "severity")}
              <select name="severity" value={state.severity ?? ""} disabled={!onChange} onChange={(e) => onChange?.({ severity: (e.target.value || null) as Severity | null })}>
                <option value="">{t(lang, "all")}</option>
                {(["error", "warning", "unchecked"] as const).map((s) => (
                  <option key={s} value={s}>
                    {t(lang, s)}
                  </option>
                ))}
              </select>
            </label>
          </form>
          {data.findings.length >= FINDINGS_LIMIT ? <p className="note">≤ {FINDINGS_LIMIT}</p> : null}
          <FindingsTable lang={lang} findings={data.findings} caption={t(lang, "findings")} />
        </section>
        <TablePanel
          lang={lang}
          title={t(lang, "diagnosticsByCode")}
          note={t(lang, "diagnosticsByCodeNote")}
          columns={diagnosticColumns}
          rows={data.diagnostics}
          fileName="diagnostics-by-code"
          rowKey={(d) => `${d.code}-${d.severity}`}
          emptyText={t(lang, "noDiagnostics")}
        />
        <TablePanel
          lang={lang}
          title={t(lang, "failures")}
          columns={failureColumns}
          rows={data.failures}
          fileName="failures"
          rowKey={(f) => f.file}
          emptyText={t(lang, "noFailures")}
        />
      </QueryState>
    </>
  );
}
