"use client";
// A chart with its table alternative and exports: chart/table switch, CSV of the
// rows shown, SVG and 2×/3× PNG of the chart (with title, unit and source drawn in
// when the view gives a briefing), the embed dialog, and a source line for print.
import { lazy, Suspense, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { flushSync } from "react-dom";
import { frameHeight } from "../../lib/briefing/embedParams";
import { briefingText, type BriefingSpec } from "../lib/briefing";
import { bt } from "../lib/briefingMessages";
import { downloadCsv, downloadPng, downloadSvg } from "../lib/download";
import { t, type Lang } from "../lib/i18n";
import { loadManifest, useManifest } from "../lib/useManifest";
import { DataTable, type Column } from "./DataTable";
import { EChart, type EChartHandle, type EChartProps } from "./charts/EChart";
import type { ChartOption } from "./charts/echarts";

/**
 * Rows of the table under the chart while its <details> is closed (the static HTML, the page before it
 * is opened): with thousands of reports, rebuilding a full hidden table made every change of metric
 * take seconds. Opened or printed, it shows every row.
 */
export const CLOSED_TABLE_ROWS = 100;

// Loaded when asked for (a click on 嵌入 or an export), not with the page.
const EmbedDialog = lazy(() => import("./EmbedDialog").then((m) => ({ default: m.EmbedDialog })));
const briefingExport = () => import("../lib/briefingExport");

/**
 * The rows of a long table: the first CLOSED_TABLE_ROWS or more, and all of them, made when the
 * table is opened, printed or downloaded (the comparison at 100,000 reports has 17,000).
 */
export interface LazyRows<R> {
  head: readonly R[];
  all: () => readonly R[];
}

export interface ChartPanelProps<R> {
  lang: Lang;
  title: string;
  fileName: string;
  option: ChartOption;
  /** See EChart's `update`. */
  chartUpdate?: EChartProps["update"];
  height: number;
  ssrSvg?: string;
  columns: readonly Column<R>[];
  rows: readonly R[] | LazyRows<R>;
  rowKey: (row: R, i: number) => string;
  mode: "chart" | "table";
  onModeChange?: (mode: "chart" | "table") => void;
  onChartClick?: (params: { dataIndex: number; name: string }) => void;
  note?: ReactNode;
  /** Title, definition, unit, report count and embed state of the chart, for exports, embedding and print. */
  briefing?: BriefingSpec;
}

export function ChartPanel<R>(props: ChartPanelProps<R>) {
  const { lang, title, fileName, mode, columns } = props;
  const allRows = () => ("all" in props.rows ? props.rows.all() : props.rows);
  const chart = useRef<EChartHandle>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const [embedOpen, setEmbedOpen] = useState(false);
  const [tableOpen, setTableOpen] = useState(false);
  useEffect(() => {
    const full = () => flushSync(() => setTableOpen(true));
    window.addEventListener("beforeprint", full);
    return () => window.removeEventListener("beforeprint", full);
  }, []);
  const manifest = useManifest();
  const { rows } = props;
  // Closed, the table under the chart has its first rows; opened or printed, every row.
  const tableRows = useMemo(() => {
    if (tableOpen) return "all" in rows ? rows.all() : rows;
    return ("all" in rows ? rows.head : rows).slice(0, CLOSED_TABLE_ROWS);
  }, [rows, tableOpen]);
  const { briefing } = props;
  const svgOf = () => {
    const svg = chart.current?.svg();
    if (!svg) throw new Error("chart not rendered");
    return svg;
  };
  const exportPng = async (scale: number) => {
    if (!briefing) return downloadPng(svgOf(), `${fileName}.png`, scale);
    const svg = svgOf();
    const [{ composeChart, downloadBriefingPng }, manifest] = await Promise.all([briefingExport(), loadManifest()]);
    return downloadBriefingPng(composeChart(svg, briefingText(briefing, manifest, lang)), `${fileName}${scale === 2 ? "" : `@${scale}x`}.png`, scale);
  };
  const exportSvg = async () => {
    if (!briefing) return downloadSvg(svgOf(), `${fileName}.svg`);
    const svg = svgOf();
    const [{ composeChart, downloadBriefingSvg }, manifest] = await Promise.all([briefingExport(), loadManifest()]);
    downloadBriefingSvg(composeChart(svg, briefingText(briefing, manifest, lang)), `${fileName}.svg`);
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
          <button type="button" onClick={() => run(() => downloadCsv(columns.map((c) => ({ header: c.header, value: c.value })), allRows(), `${fileName}.csv`))}>
            {t(lang, "downloadCsv")}
          </button>
          <button type="button" disabled={mode !== "chart"} title={bt(lang, "exportPngTitle", { n: 2 })} onClick={() => run(() => exportPng(2))}>
            {t(lang, "exportPng")}
          </button>
          <button type="button" disabled={mode !== "chart"} title={bt(lang, "exportPngTitle", { n: 3 })} onClick={() => run(() => exportPng(3))}>
            {bt(lang, "exportPng3")}
          </button>
          <button type="button" disabled={mode !== "chart"} title={bt(lang, "exportSvgTitle")} onClick={() => run(exportSvg)}>
            {t(lang, "exportSvg")}
          </button>
          {briefing ? (
            <button type="button" aria-haspopup="dialog" onClick={() => setEmbedOpen(true)}>
              {bt(lang, "embed")}
            </button>
          ) : null}
        </div>
      </header>
      {props.note ? <div className="panel-note">{props.note}</div> : null}
      {exportError ? <p className="state state-error">{exportError}</p> : null}
      {mode === "chart" ? (
        <>
          <EChart ref={chart} option={props.option} update={props.chartUpdate} height={props.height} ssrSvg={props.ssrSvg} ariaLabel={title} onClick={props.onChartClick} />
          <details className="table-details" onToggle={(e) => setTableOpen(e.currentTarget.open)}>
            <summary>{t(lang, "table")}</summary>
            <DataTable columns={columns} rows={tableRows} caption={title} rowKey={props.rowKey} />
          </details>
        </>
      ) : (
        <DataTable columns={columns} rows={allRows()} caption={title} rowKey={props.rowKey} />
      )}
      {briefing && manifest ? (
        <footer className="print-only print-source">
          {briefing.subtitle ? <p>{briefing.subtitle}</p> : null}
          {briefingText(briefing, manifest, lang).source.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </footer>
      ) : null}
      {briefing && embedOpen ? (
        <Suspense fallback={null}>
          <EmbedDialog lang={lang} spec={briefing} frameHeight={frameHeight(props.height)} onClose={() => setEmbedOpen(false)} />
        </Suspense>
      ) : null}
    </section>
  );
}
