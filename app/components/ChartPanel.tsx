"use client";
// A chart with its table alternative and exports: chart/table switch, CSV of the
// rows shown, SVG and 2× PNG of the chart.
import { useRef, useState, type ReactNode } from "react";
import { downloadCsv, downloadPng, downloadSvg } from "../lib/download";
import { t, type Lang } from "../lib/i18n";
import { DataTable, type Column } from "./DataTable";
import { EChart, type EChartHandle } from "./charts/EChart";
import type { ChartOption } from "./charts/echarts";

export interface ChartPanelProps<R> {
  lang: Lang;
  title: string;
  fileName: string;
  option: ChartOption;
  height: number;
  ssrSvg?: string;
  columns: readonly Column<R>[];
  rows: readonly R[];
  rowKey: (row: R, i: number) => string;
  mode: "chart" | "table";
  onModeChange?: (mode: "chart" | "table") => void;
  onChartClick?: (params: { dataIndex: number; name: string }) => void;
  note?: ReactNode;
}

export function ChartPanel<R>(props: ChartPanelProps<R>) {
  const { lang, title, fileName, mode, columns, rows } = props;
  const chart = useRef<EChartHandle>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const svgOf = () => {
    const svg = chart.current?.svg();
    if (!svg) throw new Error("chart not rendered");
    return svg;
  };
  const run = (f: () => unknown) => {
    setExportError(null);
    Promise.resolve()
      .then(f)
      .catch((e: unknown) => setExportError(String(e instanceof Error ? e.message : e)));
  };
  return (
    <section className="panel" aria-label={title}>
      <header className="panel-head">
        <h2>{title}</h2>
        <div className="toolbar" role="toolbar">
          <div className="segmented">
            {(["chart", "table"] as const).map((m) => (
              <button key={m} type="button" aria-pressed={mode === m} onClick={() => props.onModeChange?.(m)} disabled={!props.onModeChange}>
                {t(lang, m)}
              </button>
            ))}
          </div>
          <button type="button" onClick={() => run(() => downloadCsv(columns.map((c) => ({ header: c.header, value: c.value })), rows, `${fileName}.csv`))}>
            {t(lang, "downloadCsv")}
          </button>
          <button type="button" disabled={mode !== "chart"} onClick={() => run(() => downloadPng(svgOf(), `${fileName}.png`))}>
            {t(lang, "exportPng")}
          </button>
          <button type="button" disabled={mode !== "chart"} onClick={() => run(() => downloadSvg(svgOf(), `${fileName}.svg`))}>
            {t(lang, "exportSvg")}
          </button>
        </div>
      </header>
      {props.note ? <div className="panel-note">{props.note}</div> : null}
      {exportError ? <p className="state state-error">{exportError}</p> : null}
      {mode === "chart" ? (
        <>
          <EChart ref={chart} option={props.option} height={props.height} ssrSvg={props.ssrSvg} ariaLabel={title} onClick={props.onChartClick} />
          <details className="table-details">
            <summary>{t(lang, "table")}</summary>
            <DataTable columns={columns} rows={rows} caption={title} rowKey={props.rowKey} />
          </details>
        </>
      ) : (
        <DataTable columns={columns} rows={rows} caption={title} rowKey={props.rowKey} />
      )}
    </section>
  );
}
