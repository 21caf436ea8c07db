"use client";
// 对比我的报告: the reader drops report files; they are parsed here, in the page, by
// the same parser as the build step, and join the comparisons for this session.
import { useEffect, useRef, useState } from "react";
import { REPORT_EXTENSIONS } from "../../../lib/dataset/reportFiles";
import type { CheckFinding } from "../../../lib/model/index";
import { MAX_BYTES } from "../../../lib/parse/index";
import { refreshMyReports } from "../../lib/duckdb";
import { t, type Lang } from "../../lib/i18n";
import { addMyReports, removeMyReport, saveMyReports, useMyReports, type MyReport } from "../../lib/myReports";
import { readMyReport } from "../../lib/readMyReport";
import { formatBytes, tt } from "../../lib/toolsMessages";
import { useLang } from "../../lib/useLang";
import { DataTable, type Column } from "../DataTable";
import { IntentLink } from "../IntentLink";
import { viewHref } from "../../lib/urlState";

interface Failed {
  file: string;
  code: string;
  message: string;
}

function plain(value: number | null): string {
  return value === null ? "—" : String(value);
}

/** A long list shortened to its first items; the whole list is in the tooltip and the CSV. */
function brief(items: readonly (string | number)[], n = 3): string {
  return items.length <= n ? items.join(", ") : `${items.slice(0, n).join(", ")} …（+${items.length - n}）`;
}

function findingColumns(lang: Lang): Column<CheckFinding>[] {
  return [
    { key: "severity", header: t(lang, "severity"), value: (f) => f.severity, render: (f) => <span className={`sev-${f.severity}`}>{t(lang, f.severity)}</span> },
    { key: "rule", header: t(lang, "rule"), value: (f) => f.rule },
    { key: "cells", header: tt(lang, "cells"), value: (f) => f.cells.join(", "), render: (f) => <span title={f.cells.join(", ")}>{brief(f.cells)}</span> },
    { key: "expected", header: t(lang, "expected"), value: (f) => f.expected, render: (f) => plain(f.expected), numeric: true },
    { key: "actual", header: t(lang, "actual"), value: (f) => f.actual, render: (f) => plain(f.actual), numeric: true },
    { key: "message", header: t(lang, "message"), value: (f) => f.message, wrap: true },
    { key: "lines", header: tt(lang, "sourceLine"), value: (f) => f.lines.join(", "), render: (f) => <span title={f.lines.join(", ")}>{brief(f.lines)}</span> },
  ];
}

function ReportCard({ lang, report }: { lang: Lang; report: MyReport }) {
  return (
    <section className="panel my-report" aria-label={report.file}>
      <header className="panel-head">
        <h2>
          <span className="tag tag-mine">{tt(lang, "mineBadge")}</span> {report.agency ?? "—"} · {report.year ?? "—"}
        </h2>
        <div className="toolbar">
          {report.year !== null ? <IntentLink href={viewHref("/compare/", lang, { year: report.year, view: "table" })}>{tt(lang, "openCompare")}</IntentLink> : null}
          {report.agency ? <IntentLink href={viewHref("/trend/", lang, { agencies: report.agency })}>{tt(lang, "openTrend")}</IntentLink> : null}
          {report.agency ? <IntentLink href={viewHref("/agency/", lang, { name: report.agency })}>{tt(lang, "openAgency")}</IntentLink> : null}
          <button
            type="button"
            onClick={() => {
              removeMyReport(report.reportId);
              void refreshMyReports();
            }}
          >
            {tt(lang, "removeReport")}
          </button>
        </div>
      </header>
      <p className="note">
        {t(lang, "file")}：{report.file}（{formatBytes(report.bytes, lang)}）· {tt(lang, "format")}：{report.format} · {tt(lang, "template")}：{report.template ?? "—"} · SHA-256 {report.sha256.slice(0, 12)}…
      </p>
      <h3>{tt(lang, "findingsOf", { n: report.findings.length })}</h3>
      {report.findings.length === 0 ? (
        <p className="note">{tt(lang, "noFindings")}</p>
      ) : (
        <DataTable columns={findingColumns(lang)} rows={report.findings} caption={report.file} rowKey={(f, i) => `${f.rule}-${i}`} />
      )}
      {report.diagnostics.length ? (
        <details>
          <summary>
            {t(lang, "diagnostics")}（{report.diagnostics.length}）
          </summary>
          <ul className="diagnostics">
            {report.diagnostics.map((d, i) => (
              <li key={i}>
                [{d.code}] {d.line !== null ? `L${d.line} ` : ""}
                {d.message}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

function Mine({ lang }: { lang: Lang }) {
  const reports = useMyReports();
  const [failed, setFailed] = useState<Failed[]>([]);
  const [reading, setReading] = useState<string | null>(null);
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  // Dropping before hydration would open the file in the tab: say when the page takes files.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  const take = async (files: readonly File[]) => {
    const added: MyReport[] = [];
    const bad: Failed[] = [];
    for (const file of files) {
      setReading(file.name);
      // Refused on its size alone, before a byte is read.
      if (file.size > MAX_BYTES) {
        bad.push({ file: file.name, code: "too-large", message: tt(lang, "tooLarge", { size: formatBytes(file.size, lang), limit: formatBytes(MAX_BYTES, lang) }) });
        continue;
      }
      const outcome = await readMyReport(file);
      if (outcome.ok) added.push(outcome.report);
      else bad.push({ file: outcome.file, code: outcome.code, message: outcome.message });
    }
    setReading(null);
    setFailed(bad);
    if (added.length) {
      addMyReports(added);
      await refreshMyReports();
    }
  };

  return (
    <>
      <h1>{tt(lang, "mineTitle")}</h1>
      <p className="lede">{tt(lang, "mineLede")}</p>
      <div
        className={`drop-zone${over ? " over" : ""}`}
        data-testid="drop-zone"
        data-ready={ready ? "true" : "false"}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          void take([...e.dataTransfer.files]);
        }}
      >
        <p>
          {tt(lang, "dropHere")}{" "}
          <button type="button" onClick={() => input.current?.click()}>
            {tt(lang, "chooseFiles")}
          </button>
        </p>
        <p className="note">{tt(lang, "maxSize", { mb: MAX_BYTES / 1024 / 1024 })}</p>
        <input
          ref={input}
          type="file"
          name="reports"
          multiple
          accept={[...REPORT_EXTENSIONS, "text/plain", "text/html", "text/markdown", "application/pdf", "application/msword", "application/rtf"].join(",")}
          hidden
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = "";
            void take(files);
          }}
        />
        {reading ? (
          <p className="state state-loading" role="status">
            {tt(lang, "reading", { name: reading })}
          </p>
        ) : null}
      </div>
      {failed.length ? (
        <section className="panel" aria-label={tt(lang, "failedFiles")}>
          <h2>{tt(lang, "failedFiles")}</h2>
          <ul className="failed-files" role="alert">
            {failed.map((f, i) => (
              <li key={`${f.file}-${i}`}>
                <strong>{f.file}</strong>（{f.code}）：{f.message}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <div className="panel-head">
        <h2>
          {tt(lang, "myReports")}（{reports.length}）
        </h2>
        {reports.length ? (
          <button
            type="button"
            onClick={() => {
              saveMyReports([]);
              void refreshMyReports();
            }}
          >
            {tt(lang, "clearAll")}
          </button>
        ) : null}
      </div>
      {reports.length === 0 ? <p className="note">{tt(lang, "noMyReports")}</p> : reports.map((r) => <ReportCard key={r.reportId} lang={lang} report={r} />)}
    </>
  );
}

export function MineView() {
  const [lang] = useLang();
  return <Mine lang={lang} />;
}
