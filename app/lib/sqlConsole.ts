"use client";
// The SQL console's runner: its own connection to the site's one DuckDB-wasm
// engine, so that a long query can be cancelled (send + cancelSent, measured to stop
// a 3-billion-row scan within milliseconds) without touching the views' connection.
import type { AsyncDuckDBConnection } from "@duckdb/duckdb-wasm";
import { Table, tableToIPC } from "apache-arrow";
import { Table as ParquetTable, writeParquet } from "parquet-wasm/esm";
import { ensureTables } from "./duckdb";

export const ALL_TABLES = ["reports", "cells", "checks", "failures"] as const;

let connection: Promise<AsyncDuckDBConnection> | null = null;

async function consoleConnection(): Promise<AsyncDuckDBConnection> {
  connection ??= ensureTables(ALL_TABLES)
    .then((engine) => engine.db.connect())
    .catch((error: unknown) => {
      connection = null;
      throw error;
    });
  return connection;
}

export interface ConsoleResult {
  table: Table;
  ms: number;
}

export class QueryCancelled extends Error {}

export interface RunningQuery {
  result: Promise<ConsoleResult>;
  cancel: () => void;
}

/** Starts one (already guarded) query; `cancel` stops it in the engine. */
export function runConsoleQuery(sql: string, onEngineReady?: () => void): RunningQuery {
  let cancelled = false;
  let conn: AsyncDuckDBConnection | null = null;
  const result = (async () => {
    conn = await consoleConnection();
    onEngineReady?.();
    if (cancelled) throw new QueryCancelled();
    const started = performance.now();
    try {
      const reader = await conn.send(sql, true);
      const batches = [];
      for await (const batch of reader) batches.push(batch);
      return { table: new Table(reader.schema, batches), ms: performance.now() - started };
    } catch (error) {
      if (cancelled) throw new QueryCancelled();
      throw error;
    }
  })();
  return {
    result,
    cancel() {
      cancelled = true;
      void conn?.cancelSent();
    },
  };
}

/** The result as a Parquet file, written by parquet-wasm from Arrow IPC (zstd-free default settings). */
export function resultParquet(table: Table): Uint8Array {
  return writeParquet(ParquetTable.fromIPCStream(tableToIPC(table, "stream")));
}

/** DuckDB's message in words: some errors arrive as JSON ({exception_type, exception_message, position}). */
export function duckdbErrorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (!message.trimStart().startsWith("{")) return message;
  try {
    const e = JSON.parse(message) as { exception_type?: string; exception_message?: string; position?: string };
    if (!e.exception_message) return message;
    const where = e.position !== undefined ? ` (position ${Number(e.position) + 1})` : "";
    return `${e.exception_type ?? "DuckDB"} Error: ${e.exception_message}${where}`;
  } catch {
    return message;
  }
}
