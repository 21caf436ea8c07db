"use client";
// A page of the result at a time; the full result stays in Arrow.
import { useMemo, useState } from "react";
import type { Table } from "@uwdata/flechette";
import type { Lang } from "../../lib/i18n";
import { tt } from "../../lib/toolsMessages";
import { resultRows, type ResultColumn } from "./resultValues";

export const PAGE_SIZE = 50;

export function ResultGrid({ lang, table, columns }: { lang: Lang; table: Table; columns: readonly ResultColumn[] }) {
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(table.numRows / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const rows = useMemo(() => resultRows(table, current * PAGE_SIZE, (current + 1) * PAGE_SIZE), [table, current]);
  return (
    <div className="sql-grid">
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col" className="num">
                #
              </th>
              {columns.map((c) => (
                <th key={c.index} scope="col" className={c.numeric ? "num" : undefined} title={c.type}>
                  {c.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={current * PAGE_SIZE + i}>
                <td className="num muted">{current * PAGE_SIZE + i + 1}</td>
                {row.map((v, j) => (
                  <td key={j} className={columns[j]?.numeric ? "num" : undefined}>
                    {v === null ? <span className="null">NULL</span> : String(v)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 ? (
        <nav className="pager" aria-label={tt(lang, "page", { page: current + 1, pages })}>
          <button type="button" disabled={current === 0} onClick={() => setPage(current - 1)}>
            {tt(lang, "prev")}
          </button>
          <span>{tt(lang, "page", { page: current + 1, pages })}</span>
          <button type="button" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
            {tt(lang, "next")}
          </button>
        </nav>
      ) : null}
    </div>
  );
}
