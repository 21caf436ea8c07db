"use client";
// One value of a form table: a button (focusable, so the source shows on keyboard focus
// as on hover), outlined when a finding points at it, with the change against last year.
import { formatNumber } from "../../lib/format";
import { ft } from "../../lib/formMessages";
import { trendMessage } from "../../lib/trendMessages";
import { cellDomId, type FormContext } from "./formContext";

const SEVERITY_RANK = { error: 0, warning: 1, unchecked: 2 } as const;

export function signed(change: number, lang: "zh" | "en"): string {
  return `${change > 0 ? "+" : change < 0 ? "−" : "±"}${formatNumber(Math.abs(change), lang)}`;
}

export function FormValueCell({ id, ctx, colSpan }: { id: string; ctx: FormContext; colSpan?: number }) {
  const { lang } = ctx;
  const cell = ctx.cell(id);
  const previous = ctx.previous(id);
  const findings = ctx.findingsAt(id);
  const worst = [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])[0];
  const change = cell?.value != null && previous?.value != null ? cell.value - previous.value : null;
  const source = cell ? `${ctx.forms.report.file}${cell.line !== null ? ` · ${ft(lang, "line", { line: cell.line })}` : ""}` : ft(lang, "notPrinted");
  const title = [source, ...findings.map((f) => f.message)].join("\n");
  const classes = ["form-cell", worst ? `finding finding-${worst.severity}` : "", ctx.selected === id ? "selected" : "", cell ? "" : "not-printed"].filter(Boolean).join(" ");
  return (
    <td className={classes} data-cell={id} colSpan={colSpan}>
      <button
        type="button"
        id={cellDomId(id)}
        className="form-value"
        title={title}
        aria-describedby="form-cell-detail"
        onClick={() => ctx.select(id)}
        onFocus={() => ctx.select(id)}
        onMouseEnter={() => ctx.select(id)}
      >
        {cell ? (cell.value === null ? "—" : formatNumber(cell.value, lang)) : ""}
      </button>
      {change !== null && change !== 0 ? (
        <small className={`delta ${change > 0 ? "up" : "down"}`} title={`${trendMessage(lang, "yoyChange")} ${signed(change, lang)}`}>
          {signed(change, lang)}
        </small>
      ) : null}
    </td>
  );
}
