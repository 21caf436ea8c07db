"use client";
// The metric picker: every catalogue entry, grouped by table, derived indicators first.
import { METRICS, type MetricDef } from "../../lib/metrics/index";
import { TABLE_LABELS } from "../../lib/model/index";
import type { Lang } from "../lib/i18n";

const DERIVED_LABEL = { zh: "派生指标", en: "Derived indicators" };

export function MetricSelect({
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
  const groups: { label: string; metrics: MetricDef[] }[] = [
    { label: DERIVED_LABEL[lang], metrics: METRICS.filter((m) => m.kind === "derived") },
    ...(["active", "applications", "reviewLitigation"] as const).map((table) => ({
      label: TABLE_LABELS[table][lang],
      metrics: METRICS.filter((m) => m.kind === "cell" && m.group === table),
    })),
  ];
  return (
    <select id={id} value={value} onChange={(e) => onChange?.(e.target.value)} disabled={!onChange} name={name}>
      {placeholder ? <option value="">{placeholder}</option> : null}
      {groups.map((g) => (
        <optgroup key={g.label} label={g.label}>
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
}
