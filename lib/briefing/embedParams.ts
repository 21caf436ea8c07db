// The embed route's URL: which chart, its data state (the same parameter names as
// the views) and presentation options. Built here so the dialog, the README and the
// tests agree on one form; the page parses it with the views' nuqs parsers.
import { escapeXml } from "./escapeXml";

export const EMBED_CHARTS = ["compare", "trend", "agency", "quality"] as const;
export type EmbedChart = (typeof EMBED_CHARTS)[number];

export interface EmbedParams {
  chart: EmbedChart;
  metric?: string | null;
  year?: number | null;
  province?: string | null;
  city?: string | null;
  synthetic?: boolean;
  /** trend: the agencies drawn. */
  agencies?: readonly string[] | null;
  /** agency: the agency's name. */
  name?: string | null;
  theme?: "light" | "dark";
  lang?: "zh" | "en";
  legend?: boolean;
  /** Chart height in px; without it the chart fills the frame. */
  height?: number | null;
}

/** The views' array separator (nuqs `parseAsArrayOf(…, "|")`), escaped inside items the way nuqs does. */
function joinList(items: readonly string[]): string {
  return items.map((s) => s.replaceAll("|", encodeURIComponent("|"))).join("|");
}

/** Query string (without `?`) in a fixed order; defaults are left out. */
export function embedSearch(p: EmbedParams): string {
  const q = new URLSearchParams();
  q.set("chart", p.chart);
  if (p.chart === "agency" && p.name) q.set("name", p.name);
  if (p.chart !== "quality" && p.metric) q.set("metric", p.metric);
  if (p.chart === "compare") {
    if (p.year != null) q.set("year", String(Math.trunc(p.year)));
    if (p.province) q.set("province", p.province);
    if (p.province && p.city) q.set("city", p.city);
  }
  if (p.chart === "trend" && p.agencies?.length) q.set("agencies", joinList(p.agencies));
  if ((p.chart === "compare" || p.chart === "trend") && p.synthetic) q.set("synthetic", "true");
  if (p.theme === "dark") q.set("theme", "dark");
  if (p.lang === "en") q.set("lang", "en");
  if (p.legend === false) q.set("legend", "off");
  if (p.height != null && Number.isFinite(p.height)) q.set("height", String(Math.round(p.height)));
  return q.toString();
}

/** Absolute link to the embed page; `siteRoot` is origin + base path, without a trailing slash. */
export function embedHref(siteRoot: string, p: EmbedParams): string {
  return `${siteRoot.replace(/\/+$/, "")}/embed/?${embedSearch(p)}`;
}

/** Height of an iframe that shows a chart of `chartHeight` px with its title and source. */
export function frameHeight(chartHeight: number): number {
  return Math.round(chartHeight + 170);
}

/** The `<iframe>` snippet for a page; every attribute value is escaped. */
export function iframeSnippet(src: string, options: { title: string; height: number }): string {
  return `<iframe src="${escapeXml(src)}" title="${escapeXml(options.title)}" width="100%" height="${Math.round(options.height)}" style="border:0;max-width:100%" loading="lazy" referrerpolicy="no-referrer"></iframe>`;
}
