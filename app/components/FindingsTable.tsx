"use client";
// Consistency findings as a table (report text is rendered by React, so escaped).
import { t, type Lang } from "../lib/i18n";
import type { Finding } from "../lib/loaders/overview";
import { DataTable, type Column } from "./DataTable";
import { IntentLink } from "./IntentLink";
import { viewHref } from "../lib/urlState";

/** Expected and actual values as printed: a year such as 2021 must not get a thousands separator. */
function plain(value: number | null): string {
  return value === null || value === undefined ? "—" : String(value);
}

export function findingColumns(lang: Lang): Column<Finding>[] {
  return [
    { key: "severity", header: t(lang, "severity"), value: (f) => f.severity, render: (f) => <span className={`sev-${f.severity}`}>{t(lang, f.severity)}</span> },
    { key: "rule", header: t(lang, "rule"), value: (f) => f.rule },
    {
      key: "agency",
      header: t(lang, "agency"),
      value: (f) => f.agency,
      render: (f) => (f.agency ? <IntentLink href={viewHref("/agency/", lang, { name: f.agency })}>{f.agency}</IntentLink> : "—"),
    },
    { key: "year", header: t(lang, "year"), value: (f) => f.year },
    { key: "cell", header: t(lang, "table"), value: (f) => [f.table, f.row, f.column].filter(Boolean).join(".") },
    { key: "expected", header: t(lang, "expected"), value: (f) => f.expected, render: (f) => plain(f.expected), numeric: true },
    { key: "actual", header: t(lang, "actual"), value: (f) => f.actual, render: (f) => plain(f.actual), numeric: true },
    { key: "message", header: t(lang, "message"), value: (f) => f.message, wrap: true },
    { key: "file", header: t(lang, "file"), value: (f) => f.file },
  ];
}

export function FindingsTable({ lang, findings, caption }: { lang: Lang; findings: readonly Finding[]; caption: string }) {
  return <DataTable columns={findingColumns(lang)} rows={findings} caption={caption} rowKey={(f, i) => `${f.report_id}-${f.rule}-${i}`} />;
}
