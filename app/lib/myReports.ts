"use client";
// The reader's own reports (对比我的报告), kept for this browser session only in
// sessionStorage: the rows they add to the `reports` and `checks` tables and what
// the page shows about them. Nothing is sent anywhere.
import { useSyncExternalStore } from "react";
import { insertRowsSql, type MyReportRows } from "../../lib/myreports/index";
import type { CheckFinding, Diagnostic, SourceFormat } from "../../lib/model/index";

export type MyTable = "reports" | "checks";

export interface MyReport {
  reportId: string;
  file: string;
  bytes: number;
  sha256: string;
  format: SourceFormat;
  agency: string | null;
  year: number | null;
  template: string | null;
  rows: MyReportRows;
  findings: CheckFinding[];
  diagnostics: Diagnostic[];
}

const KEY = "gov-disclosure:my-reports";
const EVENT = "my-reports-change";
const EMPTY: MyReport[] = [];
let cache: { raw: string | null; list: MyReport[] } = { raw: null, list: EMPTY };

export function loadMyReports(): MyReport[] {
  if (typeof window === "undefined") return EMPTY;
  const raw = window.sessionStorage.getItem(KEY);
  if (raw === cache.raw) return cache.list;
  let list: MyReport[] = EMPTY;
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    if (Array.isArray(parsed)) list = parsed as MyReport[];
  } catch {
    // A damaged entry is dropped rather than breaking every page of the session.
  }
  cache = { raw, list };
  return list;
}

export function saveMyReports(list: readonly MyReport[]): void {
  if (list.length === 0) window.sessionStorage.removeItem(KEY);
  else window.sessionStorage.setItem(KEY, JSON.stringify(list));
  window.dispatchEvent(new Event(EVENT));
}

/** Adds reports, replacing one with the same content (sha256). */
export function addMyReports(added: readonly MyReport[]): void {
  const shas = new Set(added.map((r) => r.sha256));
  saveMyReports([...loadMyReports().filter((r) => !shas.has(r.sha256)), ...added]);
}

export function removeMyReport(reportId: string): void {
  saveMyReports(loadMyReports().filter((r) => r.reportId !== reportId));
}

export function hasMyReports(): boolean {
  return loadMyReports().length > 0;
}

/** The INSERT for one table of all stored reports, or null. */
export function myReportsSql(table: MyTable): string | null {
  return insertRowsSql(table, loadMyReports().flatMap((r) => r.rows[table]));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener(EVENT, onChange);
  window.addEventListener("storage", onChange);
  return () => {
    window.removeEventListener(EVENT, onChange);
    window.removeEventListener("storage", onChange);
  };
}

/** The stored reports; empty during the static render and hydration. */
export function useMyReports(): MyReport[] {
  return useSyncExternalStore(subscribe, loadMyReports, () => EMPTY);
}
