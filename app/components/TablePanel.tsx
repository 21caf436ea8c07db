"use client";
// A panel of one table: its title, a CSV download of exactly the rows shown, an optional note.
import type { Lang } from "../lib/i18n";
import { CsvButton } from "./CsvButton";
import { DataTable, type Column } from "./DataTable";

interface Props<R> {
  lang: Lang;
  title: string;
  note?: string;
  columns: readonly Column<R>[];
  rows: readonly R[];
  fileName: string;
  rowKey: (row: R, i: number) => string;
  /** The table's caption; the title where not given. */
  caption?: string;
  /** What an empty table says (DataTable). */
  emptyText?: string;
}

export function TablePanel<R>({ lang, title, note, columns, rows, fileName, rowKey, caption, emptyText }: Props<R>) {
  return (
    <section className="panel">
      <header className="panel-head">
        <h2>{title}</h2>
        <div className="toolbar">
          <CsvButton lang={lang} columns={columns} rows={rows} fileName={fileName} />
        </div>
      </header>
      {note ? <p className="panel-note">{note}</p> : null}
      <DataTable columns={columns} rows={rows} caption={caption ?? title} rowKey={rowKey} emptyText={emptyText} />
    </section>
  );
}
