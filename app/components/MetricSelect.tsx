"use client";
// The metric picker: every catalogue entry, grouped by table, derived indicators first.
import { memo } from "react";
import { METRICS, type MetricDef } from "../../lib/metrics/index";
import { TABLE_LABELS } from "../../lib/model/cells";
import type { Lang } from "../lib/i18n";

const DERIVED_LABEL = { zh: "派生指标", en: "Derived indicators" };

const GROUPS = [
  { label: DERIVED_LABEL, metrics: METRICS.filter((m) => m.kind === "derived") },
  ...(["active", "applications", "reviewLitigation"] as const).map((table) => ({
    label: TABLE_LABELS[table],
    metrics: METRICS.filter((m) => m.kind === "cell" && m.group === table),
  })),
] satisfies { label: Record<Lang, string>; metrics: MetricDef[] }[];

/**
 * Its width is set in CSS (.metric-select): a select sized by its options measures all of their
 * labels again whenever its value changes, 15–45 ms on every change of metric here.
 */
export const MetricSelect = memo(function MetricSelect({
  lang,
  value,
  onChange,
  id,
  name = "metric",
  placeholder,
}: {
  lang: Lang;
  value: string;
  onChange?: (id: string) => void;
  id?: string;
  name?: string;
  /** A first, empty choice (for "add a metric"). */
  placeholder?: string;
}) {
  return (
    <select id={id} className="metric-select" value={value} onChange={(e) => onChange?.(e.target.value)} disabled={!onChange} name={name}>
      {placeholder ? <option value="">{placeholder}</option> : null}
      {GROUPS.map((g) => (
        <optgroup key={g.label[lang]} label={g.label[lang]}>
          {g.metrics.map((m) => (
            <option key={m.id} value={m.id}>
              {m.label[lang]}
              {m.templates.length === 1 ? `（${m.templates[0]}）` : ""}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
});
