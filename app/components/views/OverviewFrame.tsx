"use client";
// The overview's content from plain props (static first paint and interactive view).
import { formatDateTime, formatNumber } from "../../lib/format";
import { t, type Lang } from "../../lib/i18n";
import type { SiteContext } from "../../lib/loaders/context";
import type { CoverageCell, OverviewData, OverviewState } from "../../lib/loaders/overview";
import { CsvButton } from "../CsvButton";
import type { Column } from "../DataTable";
import { FindingsTable, findingColumns } from "../FindingsTable";
import { IntentLink } from "../IntentLink";
import { QueryState, type QueryStatus } from "../QueryState";
import { viewHref } from "../../lib/urlState";

interface Props {
  lang: Lang;
  context: SiteContext;
  data: OverviewData;
  status: QueryStatus;
  onChange?: (patch: Partial<OverviewState>) => void;
  onRetry?: () => void;
  /** The state asked for in the URL: the controls show it while its data loads. */
  request?: OverviewState;
}

interface CoverageRow {
  agency: string;
  byYear: Map<number, CoverageCell>;
}

function coverageRows(cells: readonly CoverageCell[]): CoverageRow[] {
  const rows = new Map<string, CoverageRow>();
  for (const c of cells) {
    const row = rows.get(c.agency) ?? { agency: c.agency, byYear: new Map() };
    row.byYear.set(c.year, c);
    rows.set(c.agency, row);
  }
  return [...rows.values()];
}

export function OverviewFrame({ lang, context, data, status, onChange, onRetry, request }: Props) {
  const state = request ?? data.state;
  const { headline } = data;
  const years = [...new Set(data.coverage.map((c) => c.year))].sort((a, b) => a - b);
  const rows = coverageRows(data.coverage);
  const csvColumns: Column<CoverageRow>[] = [
    { key: "agency", header: t(lang, "agency"), value: (r) => r.agency },
    ...years.map((y) => ({ key: String(y), header: String(y), value: (r: CoverageRow) => r.byYear.get(y)?.reports ?? 0 })),
  ];
  const cards: [string, string][] = [
    [t(lang, "reports"), formatNumber(headline.reports, lang)],
    [t(lang, "agencies"), formatNumber(headline.agencies, lang)],
    [t(lang, "years"), headline.first_year === null ? "—" : `${headline.first_year}–${headline.last_year}`],
    [t(lang, "findings"), formatNumber(headline.findings, lang)],
  ];
  return (
    <>
      <h1>{t(lang, "navOverview")}</h1>
      <p className="lede">
        {t(lang, "dataBuiltAt")} {formatDateTime(context.builtAt, lang)}
      </p>
      <form className="controls" onSubmit={(e) => e.preventDefault()}>
        <label className="inline">
          <input type="checkbox" name="synthetic" checked={state.synthetic} disabled={!onChange} onChange={(e) => onChange?.({ synthetic: e.target.checked })} />
          {t(lang, "includeSynthetic")}
        </label>
      </form>
      <QueryState status={status} lang={lang} onRetry={onRetry}>
        <section className="cards" aria-label={t(lang, "headline")}>
          {cards.map(([label, figure]) => (
            <div className="card" key={label}>
              <div className="figure">{figure}</div>
              <div className="label">{label}</div>
            </div>
          ))}
        </section>
        <section className="panel">
          <header className="panel-head">
            <h2>{t(lang, "coverageTitle")}</h2>
            <div className="toolbar">
              <CsvButton lang={lang} columns={csvColumns} rows={rows} fileName="coverage" />
            </div>
          </header>
          <p className="panel-note">{t(lang, "coverageNote")}</p>
          <div className="table-scroll">
            <table className="data-table coverage">
              <caption>{t(lang, "coverageTitle")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t(lang, "agency")}</th>
                  {years.map((y) => (
                    <th key={y} scope="col" className="num">
                      {y}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.agency}>
                    <th scope="row">
                      <IntentLink href={viewHref("/agency/", lang, { name: r.agency })}>{r.agency}</IntentLink>
                    </th>
                    {years.map((y) => {
                      const c = r.byYear.get(y);
                      const cls = ["cov", c ? (c.reports > 1 ? "multi" : "has") : "", c?.synthetic ? "syn" : ""].filter(Boolean).join(" ");
                      return (
                        <td key={y} className={cls} title={c ? `${t(lang, "template")} ${c.templates}` : undefined}>
                          {c ? c.reports : ""}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
        <section className="panel">
          <header className="panel-head">
            <h2>{t(lang, "latestFindings")}</h2>
            <div className="toolbar">
              <CsvButton lang={lang} columns={findingColumns(lang)} rows={data.findings} fileName="latest-findings" />
            </div>
          </header>
          <FindingsTable lang={lang} findings={data.findings} caption={t(lang, "latestFindings")} />
        </section>
      </QueryState>
    </>
  );
}
