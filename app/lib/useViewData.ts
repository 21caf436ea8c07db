"use client";
// A view's data: the build-time result while the URL shows the default state,
// otherwise a DuckDB-wasm query. The engine starts in the background after first
// paint so that the first interaction does not wait for it.
import { useCallback, useEffect, useRef, useState } from "react";
import type { QueryStatus } from "../components/QueryState";
import { browserRunner, ensureTables, getEngine } from "./duckdb";
import type { Runner, TableNeed } from "./dataset";
import { hasMyReports } from "./myReports";

export interface ViewData<D> {
  data: D;
  status: QueryStatus;
  retry: () => void;
}

/** Marks the document once DuckDB-wasm is up with the view's tables (tests and the benchmark wait for it). */
function markReady() {
  document.documentElement.dataset.engine = "ready";
}

export function useViewData<S, D>(options: {
  state: S;
  initialState: S;
  initial: D;
  builtAt: string;
  /** What the view reads: whole tables, or one year of a table (see ensureTables). */
  tables: readonly TableNeed[];
  load: (runner: Runner, state: S) => Promise<D>;
  isEmpty: (data: D) => boolean;
}): ViewData<D> {
  const { state, initialState, initial, builtAt, tables, load, isEmpty } = options;
  const key = JSON.stringify(state);
  const initialKey = JSON.stringify(initialState);
  const [data, setData] = useState<{ key: string; value: D }>({ key: initialKey, value: initial });
  const [loading, setLoading] = useState<QueryStatus["loading"]>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  // The served dataset may be newer than the one the HTML was built from.
  const [stale, setStale] = useState(false);
  const latest = useRef(key);
  latest.current = key;
  const loadRef = useRef(load);
  loadRef.current = load;
  const tablesKey = JSON.stringify(tables);

  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((f: () => void) => window.setTimeout(f, 200));
    // After first paint, but within a second even on a busy page.
    idle(
      () => {
      ensureTables(JSON.parse(tablesKey) as TableNeed[])
        .then((engine) => {
          markReady();
          if (engine.manifest.builtAt !== builtAt) setStale(true);
        })
        .catch(() => undefined);
      },
      { timeout: 1000 },
    );
  }, [builtAt, tablesKey]);

  useEffect(() => {
    // The reader's own reports (对比我的报告) are only in the page's tables, not in the build-time result.
    if (key === initialKey && !stale && !hasMyReports()) {
      setData({ key, value: initial });
      setLoading(null);
      setError(null);
      return;
    }
    let cancelled = false;
    setError(null);
    const run = async () => {
      let ready = false;
      const engine = getEngine().then((e) => {
        ready = true;
        return e;
      });
      await Promise.resolve();
      setLoading(ready ? "query" : "engine");
      await engine;
      if (cancelled) return;
      setLoading("query");
      const value = await loadRef.current(browserRunner, state);
      markReady();
      if (!cancelled && latest.current === key) {
        setData({ key, value });
        setLoading(null);
      }
    };
    run().catch((e: unknown) => {
      if (cancelled) return;
      setLoading(null);
      setError(e instanceof Error ? e.message : String(e));
    });
    return () => {
      cancelled = true;
    };
    // `state` is described by `key`; `initial` is fixed for the page.
  }, [key, initialKey, stale, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { data: data.value, status: { loading, error, empty: !loading && !error && isEmpty(data.value) }, retry };
}
