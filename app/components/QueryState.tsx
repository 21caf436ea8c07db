"use client";
// Loading, empty and error states in one place, shown where the content would be.
import type { ReactNode } from "react";
import { t, type Lang } from "../lib/i18n";

export type LoadPhase = "engine" | "tables" | "query";

export interface QueryStatus {
  loading: LoadPhase | null;
  error: string | null;
  empty: boolean;
}

const PHASE_KEY = { engine: "loadingEngine", tables: "loadingTables", query: "querying" } as const;

export function QueryState({
  status,
  lang,
  onRetry,
  emptyText,
  children,
}: {
  status: QueryStatus;
  lang: Lang;
  onRetry?: () => void;
  /** What the view says when nothing matches, where it can say more than that. */
  emptyText?: string;
  children: ReactNode;
}) {
  if (status.error) {
    return (
      <div className="state state-error" role="alert">
        <strong>{t(lang, "errorTitle")}</strong>
        <p>{status.error}</p>
        {onRetry ? (
          <button type="button" onClick={onRetry}>
            {t(lang, "retry")}
          </button>
        ) : null}
      </div>
    );
  }
  return (
    <div className="state-wrap" aria-busy={status.loading ? "true" : "false"}>
      {status.loading ? (
        <p className="state state-loading" role="status">
          {t(lang, PHASE_KEY[status.loading])}
        </p>
      ) : null}
      {status.empty && !status.loading ? <p className="state state-empty">{emptyText ?? t(lang, "empty")}</p> : <div className={status.loading ? "stale" : undefined}>{children}</div>}
    </div>
  );
}
