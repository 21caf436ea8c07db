"use client";
// The table form of every chart, and the source of its CSV: one column list for both.
import type { ReactNode } from "react";

export interface Column<R> {
  key: string;
  header: string;
  /** Plain value: what the CSV holds. */
  value: (row: R) => string | number | boolean | null | undefined;
  /** Display form; defaults to the value. React escapes it. */
  render?: (row: R) => ReactNode;
  numeric?: boolean;
  /** Long text that may wrap; other columns stay on one line. */
  wrap?: boolean;
}

export function DataTable<R>({
  columns,
  rows,
  caption,
  rowKey,
  emptyText = "—",
}: {
  columns: readonly Column<R>[];
  rows: readonly R[];
  caption: string;
  rowKey: (row: R, i: number) => string;
  /** What the one row of an empty table says. */
  emptyText?: string;
}) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={c.numeric ? "num" : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="empty-row">
                {emptyText}
              </td>
            </tr>
          ) : null}
          {rows.map((row, i) => (
            <tr key={rowKey(row, i)}>
              {columns.map((c) => (
                <td key={c.key} className={[c.numeric ? "num" : "", c.wrap ? "wrap" : ""].join(" ").trim() || undefined}>
                  {c.render ? c.render(row) : String(c.value(row) ?? "—")}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
