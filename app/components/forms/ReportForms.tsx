"use client";
// One report's three tables as the official forms, with the source of every value,
// the change against last year and the findings, shown on the cells and in a list.
import "../../views.css";
import { useState } from "react";
import { CELLS_BY_ID } from "../../../lib/model/cells";
import { linesAreParagraphs } from "../../../lib/model/tableShapes";
import { formatNumber } from "../../lib/format";
import { t, type Lang } from "../../lib/i18n";
import type { AgencyForms } from "../../lib/loaders/agency";
import { ft } from "../../lib/formMessages";
import { trendMessage } from "../../lib/trendMessages";
import { cellDomId, findingTarget, makeFormContext, type FormContext } from "./formContext";
import { ActiveFormTable, ApplicationsFormTable, ReviewFormTable } from "./FormTables";
import { signed } from "./FormValueCell";

function cellName(id: string, lang: Lang): string {
  const def = CELLS_BY_ID.get(id);
  return def ? `${def.rowLabel[lang]} · ${def.label[lang]}` : id;
}

function CellDetail({ ctx }: { ctx: FormContext }) {
  const { lang, selected: id, forms } = ctx;
  const sep = lang === "zh" ? "：" : ": ";
  if (!id) return <p className="note">{ft(lang, "cellDetailHint")}</p>;
  const cell = ctx.cell(id);
  const previous = ctx.previous(id);
  const findings = [...ctx.findingsAt(id), ...ctx.relatedTo(id)];
  return (
    <dl className="cell-detail-list">
      <dt>{t(lang, "value")}</dt>
      <dd>
        <strong>{cellName(id, lang)}</strong>
        {sep}
        {cell ? (cell.value === null ? t(lang, "blank") : formatNumber(cell.value, lang)) : ft(lang, "notPrinted")}
      </dd>
      {cell ? (
        <>
          <dt>{ft(lang, "source")}</dt>
          <dd className="cell-source">
            <code>{forms.report.file}</code>{" "}
            {cell.line === null ? ft(lang, "noLine") : ft(lang, linesAreParagraphs(forms.report.format) ? "paragraph" : "line", { line: cell.line })}
          </dd>
          <dt>{ft(lang, "printed")}</dt>
          <dd>
            <code>{cell.raw ?? "—"}</code>
          </dd>
        </>
      ) : null}
      {forms.previous ? (
        <>
          <dt>
            {trendMessage(lang, "previousYear")}（{forms.previous.year}）
          </dt>
          <dd>
            {previous ? (previous.value === null ? t(lang, "blank") : formatNumber(previous.value, lang)) : "—"}
            {cell?.value != null && previous?.value != null ? `；${trendMessage(lang, "yoyChange")} ${signed(cell.value - previous.value, lang)}` : ""}
          </dd>
        </>
      ) : null}
      {findings.length ? (
        <>
          <dt>{t(lang, "findings")}</dt>
          <dd>
            <ul className="cell-findings">
              {findings.map((f, i) => (
                <li key={i} className={`sev-${f.severity}`}>
                  {f.message}
                </li>
              ))}
            </ul>
          </dd>
        </>
      ) : null}
    </dl>
  );
}

export function ReportForms({ lang, forms, years, onYear }: { lang: Lang; forms: AgencyForms; years: readonly number[]; onYear?: (year: number) => void }) {
  const [selected, setSelected] = useState<string | null>(null);
  const ctx = makeFormContext(lang, forms, selected, setSelected);
  const { report } = forms;
  const prev = report.year - 1;
  const show = (id: string) => {
    setSelected(id);
    document.getElementById(cellDomId(id))?.focus();
  };
  return (
    <section className="panel report-forms" aria-label={ft(lang, "formsTitle", { year: report.year })}>
      <header className="panel-head">
        <h2>{ft(lang, "formsTitle", { year: report.year })}</h2>
        <label className="inline-label">
          {ft(lang, "chooseYear")}
          <select name="year" value={report.year} disabled={!onYear} onChange={(e) => onYear?.(Number(e.target.value))}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
      </header>
      <p className="panel-note">{ft(lang, forms.previous ? "formsNote" : "formsNoPrevious", { prev })}</p>
      <div className="forms-layout">
        <div className="forms-tables">
          <div className="table-scroll form-scroll">
            <ActiveFormTable ctx={ctx} />
          </div>
          <div className="table-scroll form-scroll">
            <ApplicationsFormTable ctx={ctx} />
          </div>
          <div className="table-scroll form-scroll">
            <ReviewFormTable ctx={ctx} />
          </div>
        </div>
        <aside className="cell-detail" id="form-cell-detail" aria-live="polite" aria-label={ft(lang, "cellDetail")}>
          <h3>{ft(lang, "cellDetail")}</h3>
          <CellDetail ctx={ctx} />
        </aside>
      </div>
      <h3>{ft(lang, "reportFindings")}</h3>
      {forms.findings.length === 0 ? (
        <p className="note">{ft(lang, "noFindings")}</p>
      ) : (
        <ul className="form-findings">
          {forms.findings.map((f, i) => {
            const target = findingTarget(f);
            const located = target && CELLS_BY_ID.has(target);
            return (
              <li key={i}>
                <span className={`sev-${f.severity}`}>{t(lang, f.severity)}</span> <code>{f.rule}</code> {located ? <strong>{cellName(target, lang)}</strong> : null} {f.message}
                {located ? <ShowCellButton lang={lang} onClick={() => show(target)} /> : null}
              </li>
            );
          })}
        </ul>
      )}
      {forms.diagnostics ? <DiagnosticsList lang={lang} forms={forms} onShow={show} /> : null}
    </section>
  );
}

function ShowCellButton({ lang, onClick }: { lang: Lang; onClick: () => void }) {
  return (
    <>
      {" "}
      <button type="button" className="link-button" onClick={onClick}>
        {ft(lang, "showCell")}
      </button>
    </>
  );
}

/** The parser's diagnostics of the report shown; one that names a printed cell can show it. */
function DiagnosticsList({ lang, forms, onShow }: { lang: Lang; forms: AgencyForms; onShow: (id: string) => void }) {
  const diagnostics = forms.diagnostics ?? [];
  return (
    <>
      <h3>{ft(lang, "reportDiagnostics")}</h3>
      <p className="note">{ft(lang, "diagnosticsNote")}</p>
      {diagnostics.length === 0 ? (
        <p className="note">{ft(lang, "noDiagnostics")}</p>
      ) : (
        <ul className="form-findings form-diagnostics">
          {diagnostics.map((d, i) => {
            const target = d.table && d.row && d.column ? `${d.table}.${d.row}.${d.column}` : null;
            const located = target !== null && CELLS_BY_ID.has(target);
            return (
              <li key={i}>
                <span className={`sev-${d.severity}`}>{t(lang, d.severity)}</span> <code>{d.code}</code>{" "}
                {d.line !== null ? ft(lang, "line", { line: d.line }) : null} {d.message}
                {located ? <ShowCellButton lang={lang} onClick={() => onShow(target)} /> : null}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
