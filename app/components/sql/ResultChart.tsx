"use client";
// One-click chart of a result: x and y columns and the chart type live in the URL.
import { useMemo } from "react";
import type { Table } from "apache-arrow";
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
        <label>
          {tt(lang, "xColumn")}
          <select name="x" value={x.name} onChange={(e) => onChange({ x: e.target.value })}>
            {columns.map((c) => (
              <option key={c.index} value={c.name}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {tt(lang, "yColumn")}
          <select name="y" value={y.name} onChange={(e) => onChange({ y: e.target.value })}>
            {numeric.map((c) => (
              <option key={c.index} value={c.name}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {tt(lang, "chartType")}
          <select name="chart" value={settings.chart} onChange={(e) => onChange({ chart: e.target.value as ChartKind })}>
            {CHART_KINDS.map((k) => (
              <option key={k} value={k}>
                {tt(lang, k)}
              </option>
            ))}
          </select>
        </label>
      </form>
      {table.numRows > CHART_ROW_CAP ? <p className="note">{tt(lang, "chartCapped", { n: CHART_ROW_CAP })}</p> : null}
      <EChart option={option} height={380} ariaLabel={`${y.name} / ${x.name}`} />
    </div>
  );
}
