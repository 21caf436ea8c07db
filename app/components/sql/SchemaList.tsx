"use client";
// The dataset's tables and columns beside the editor, with their Chinese labels;
// clicking a name puts it into the query.
import { TABLE_COLUMNS, TABLE_DESCRIPTIONS, TABLE_NAMES, type TableName } from "../../../lib/dataset/index";
import type { Lang } from "../../lib/i18n";
import { tt } from "../../lib/toolsMessages";

const HAS_MINE = new Set<TableName>(["reports", "checks"]);

export function SchemaList({ lang, onInsert }: { lang: Lang; onInsert: (text: string) => void }) {
  return (
    <aside className="sql-schema" aria-label={tt(lang, "tables")}>
      <h2>{tt(lang, "tables")}</h2>
      {TABLE_NAMES.map((table) => (
        <details key={table} open={table === "reports"}>
          <summary>
            <button type="button" className="linkish" onClick={() => onInsert(table)}>
              {table}
            </button>{" "}
            <span className="note">{TABLE_DESCRIPTIONS[table][lang]}</span>
          </summary>
          <ul>
            {[...TABLE_COLUMNS[table], ...(HAS_MINE.has(table) ? [{ name: "mine", type: "BOOLEAN", zh: tt("zh", "mineColumn"), en: tt("en", "mineColumn"), unit: undefined }] : [])].map((c) => (
              <li key={c.name}>
                <button type="button" className="linkish mono" onClick={() => onInsert(/^[a-z_][a-z0-9_]*$/i.test(c.name) && !["table", "row", "column"].includes(c.name) ? c.name : `"${c.name}"`)}>
                  {c.name}
                </button>
                <span className="sql-type">{c.type}</span>
                <span className="sql-label">
                  {lang === "zh" ? c.zh : c.en}
                  {c.unit ? `（${c.unit}）` : ""}
                </span>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </aside>
  );
}
