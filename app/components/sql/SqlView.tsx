"use client";
// The SQL console: editor, schema, examples, run/cancel, paged result with its row
// count and time, CSV and Parquet downloads, one-click chart. Errors are shown, never thrown.
import { useQueryStates } from "nuqs";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Table } from "@uwdata/flechette";
import { toCsv } from "../../../lib/metrics/index";
import { guardSql } from "../../../lib/sqlconsole/index";
import { downloadBlob } from "../../lib/download";
import { t } from "../../lib/i18n";
import { duckdbErrorText, QueryCancelled, resultParquet, runConsoleQuery, type RunningQuery } from "../../lib/sqlConsole";
import { sqlParsers } from "../../lib/sqlUrlState";
import { guardMessage, tt } from "../../lib/toolsMessages";
import { useLang } from "../../lib/useLang";
import { EXAMPLES } from "./examples";
import { ResultChart } from "./ResultChart";
import { ResultGrid } from "./ResultGrid";
import { resultColumns, resultRows } from "./resultValues";
import { SchemaList } from "./SchemaList";

type Phase = "idle" | "engine" | "running";
type Outcome = { kind: "result"; table: Table; ipc: Uint8Array[]; ms: number; sql: string } | { kind: "error"; title: string; message: string } | { kind: "cancelled" } | null;

export function SqlView() {
  const [lang] = useLang();
  const [q, setQ] = useQueryStates(sqlParsers);
  const [text, setText] = useState(EXAMPLES[0]!.sql);
  const [phase, setPhase] = useState<Phase>("idle");
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const running = useRef<RunningQuery | null>(null);
  const editor = useRef<HTMLTextAreaElement>(null);
  // What is typed into the static HTML's editor is lost when React takes it over: read-only until then.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);

  const run = useCallback(
    (sql: string) => {
      running.current?.cancel();
      const guarded = guardSql(sql);
      if (!guarded.ok) {
        setOutcome({ kind: "error", title: tt(lang, "guardRefused"), message: guardMessage(lang, guarded.code, guarded.word, guarded.offset) });
        return;
      }
      setPhase("engine");
      const query = runConsoleQuery(guarded.sql, () => setPhase("running"));
      running.current = query;
      query.result
        .then(({ table, ipc, ms }) => {
          if (running.current === query) setOutcome({ kind: "result", table, ipc, ms, sql: guarded.sql });
        })
        .catch((error: unknown) => {
          if (running.current !== query) return;
          if (error instanceof QueryCancelled) setOutcome({ kind: "cancelled" });
          else setOutcome({ kind: "error", title: tt(lang, "queryError"), message: duckdbErrorText(error) });
        })
        .finally(() => {
          if (running.current === query) {
            running.current = null;
            setPhase("idle");
            document.documentElement.dataset.engine = "ready";
          }
        });
    },
    [lang],
  );

  // A query in the URL runs when the page opens (a shared link shows its result). The URL is read
  // once the page has hydrated (the static HTML has no query), so this waits for its first query.
  const ranFromUrl = useRef(false);
  useEffect(() => {
    if (ranFromUrl.current || !q.q) return;
    ranFromUrl.current = true;
    setText(q.q);
    run(q.q);
  }, [q.q, run]);
  useEffect(() => () => running.current?.cancel(), []);

  const submit = () => {
    ranFromUrl.current = true;
    void setQ({ q: text });
    run(text);
  };

  const insert = (word: string) => {
    const el = editor.current;
    if (!el) return setText((s) => `${s}${word}`);
    const { selectionStart: a, selectionEnd: b } = el;
    const next = `${text.slice(0, a)}${word}${text.slice(b)}`;
    setText(next);
    requestAnimationFrame(() => {
      el.focus();
      el.setSelectionRange(a + word.length, a + word.length);
    });
  };

  const result = outcome?.kind === "result" ? outcome : null;
  const columns = useMemo(() => (result ? resultColumns(result.table) : []), [result]);
  const download = (kind: "csv" | "parquet") => {
    if (!result) return;
    setFileError(null);
    try {
      if (kind === "csv") {
        const rows = resultRows(result.table);
        const csv = toCsv(columns.map((c) => ({ header: c.name, value: (r: (typeof rows)[number]) => r[c.index] })), rows);
        downloadBlob(new Blob(["\uFEFF", csv], { type: "text/csv;charset=utf-8" }), "query.csv");
      } else {
        downloadBlob(new Blob([resultParquet(result.ipc) as Uint8Array<ArrayBuffer>], { type: "application/vnd.apache.parquet" }), "query.parquet");
      }
    } catch (error) {
      setFileError(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <>
      <h1>{tt(lang, "sqlTitle")}</h1>
      <p className="lede">{tt(lang, "sqlLede")}</p>
      <div className="sql-layout">
        <div className="sql-main">
          <div className="sql-examples">
            <span>{tt(lang, "examples")}：</span>
            {EXAMPLES.map((ex) => (
              <button key={ex.key} type="button" className="linkish" onClick={() => setText(ex.sql)}>
                {tt(lang, ex.key)}
              </button>
            ))}
          </div>
          <textarea
            ref={editor}
            className="sql-editor"
            aria-label="SQL"
            name="sql"
            spellCheck={false}
            readOnly={!hydrated}
            value={text}
            rows={10}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                submit();
              }
            }}
          />
          <div className="toolbar sql-actions">
            <button type="button" className="primary" onClick={submit} disabled={phase !== "idle"}>
              {tt(lang, "run")}
            </button>
            <button type="button" onClick={() => running.current?.cancel()} disabled={phase === "idle"}>
              {tt(lang, "cancel")}
            </button>
            <span className="note">Ctrl+Enter</span>
            {phase !== "idle" ? (
              <span className="state state-loading" role="status">
                {t(lang, phase === "engine" ? "loadingEngine" : "querying")}
              </span>
            ) : null}
          </div>
          <section className="panel sql-result" aria-busy={phase !== "idle" ? "true" : "false"} aria-label="result">
            {outcome?.kind === "error" ? (
              <div className="state state-error" role="alert">
                <strong>{outcome.title}</strong>
                <pre className="sql-error">{outcome.message}</pre>
              </div>
            ) : null}
            {outcome?.kind === "cancelled" ? <p className="state state-empty">{tt(lang, "cancelled")}</p> : null}
            {result ? (
              <>
                <header className="panel-head">
                  <h2 className="sql-count">{tt(lang, "rowsTime", { n: result.table.numRows, ms: Math.round(result.ms) })}</h2>
                  <div className="toolbar" role="toolbar">
                    <button type="button" onClick={() => download("csv")}>
                      {t(lang, "downloadCsv")}
                    </button>
                    <button type="button" onClick={() => download("parquet")} title={tt(lang, "parquetNote")}>
                      {tt(lang, "downloadParquet")}
                    </button>
                    <button type="button" aria-pressed={q.chart !== null} onClick={() => void setQ({ chart: q.chart ? null : "bar" })}>
                      {q.chart ? tt(lang, "hideChart") : tt(lang, "drawChart")}
                    </button>
                  </div>
                </header>
                <p className="note">{tt(lang, "parquetNote")}</p>
                {fileError ? <p className="state state-error">{fileError}</p> : null}
                {q.chart ? (
                  <ResultChart lang={lang} table={result.table} columns={columns} settings={{ x: q.x, y: q.y, chart: q.chart }} onChange={(patch) => void setQ(patch)} />
                ) : null}
                <ResultGrid key={result.sql + result.ms} lang={lang} table={result.table} columns={columns} />
              </>
            ) : null}
          </section>
        </div>
        <SchemaList lang={lang} onInsert={insert} />
      </div>
    </>
  );
}
