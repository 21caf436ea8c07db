"use client";
// One-click chart of a result: x and y columns and the chart type live in the URL.
import { useMemo } from "react";
import type { Table } from "@uwdata/flechette";
import type { Lang } from "../../lib/i18n";
import { CHART_KINDS, type ChartKind } from "../../lib/sqlUrlState";
import { tt } from "../../lib/toolsMessages";
import { EChart } from "../charts/EChart";
import { CHART_ROW_CAP, resultOption } from "../charts/resultOption";
import { resultRows, type ResultColumn } from "./resultValues";

export interface ChartSettings {
  x: string | null;
  y: string | null;
  chart: ChartKind;
}

export function ResultChart({ lang, table, columns, settings, onChange }: { lang: Lang; table: Table; columns: readonly ResultColumn[]; settings: ChartSettings; onChange: (patch: Partial<ChartSettings>) => void }) {
  const numeric = columns.filter((c) => c.numeric);
  const x = columns.find((c) => c.name === settings.x) ?? columns.find((c) => !c.numeric) ?? columns[0];
  const y = numeric.find((c) => c.name === settings.y) ?? numeric.find((c) => c !== x) ?? numeric[0];
  const rows = useMemo(() => resultRows(table, 0, CHART_ROW_CAP), [table]);
  const option = useMemo(() => (x && y ? resultOption(rows, x.index, y.index, { x: x.name, y: y.name }, settings.chart) : null), [rows, x, y, settings.chart]);
  if (!x || !y || !option) return <p className="state state-empty">{tt(lang, "noNumeric")}</p>;
  return (
    <div className="sql-chart">
      <form className="controls" onSubmit={(e) => e.preventDefault()}>
        <Choice label={tt(lang, "xColumn")} name="x" value={x.name} options={columns.map((c) => [c.name, c.name])} onChange={(v) => onChange({ x: v })} />
        <Choice label={tt(lang, "yColumn")} name="y" value={y.name} options={numeric.map((c) => [c.name, c.name])} onChange={(v) => onChange({ y: v })} />
        <Choice
          label={tt(lang, "chartType")}
          name="chart"
          value={settings.chart}
          options={CHART_KINDS.map((k) => [k, tt(lang, k)])}
          onChange={(v) => onChange({ chart: v as ChartKind })}
        />
      </form>
      {table.numRows > CHART_ROW_CAP ? <p className="note">{tt(lang, "chartCapped", { n: CHART_ROW_CAP })}</p> : null}
      <EChart option={option} height={380} ariaLabel={`${y.name} / ${x.name}`} />
    </div>
  );
}

/** One labelled menu of the chart's settings; options are [value, label] pairs. */
function Choice({ label, name, value, options, onChange }: { label: string; name: string; value: string; options: readonly (readonly [string, string])[]; onChange: (value: string) => void }) {
  return (
    <label>
      {label}
      <select name={name} value={value} onChange={(e) => onChange(e.target.value)}>
        {/* By position: a result may repeat a column name. */}
        {options.map(([v, text], i) => (
          <option key={i} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}
