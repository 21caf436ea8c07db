"use client";
import { downloadCsv } from "../lib/download";
import { t, type Lang } from "../lib/i18n";
import type { Column } from "./DataTable";

/** CSV of exactly the rows and columns of a table on screen. */
export function CsvButton<R>({ lang, columns, rows, fileName }: { lang: Lang; columns: readonly Column<R>[]; rows: readonly R[]; fileName: string }) {
  return (
    <button type="button" onClick={() => downloadCsv(columns.map((c) => ({ header: c.header, value: c.value })), rows, `${fileName}.csv`)}>
      {t(lang, "downloadCsv")}
    </button>
  );
}
