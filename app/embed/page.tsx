// /embed/: one chart and nothing else, for iframes in briefings and internal pages.
// The chart and its state come from the query string (same names as the views);
// the default state of each chart kind is rendered from build-time data.
import { agenciesQuery, DEFAULT_METRIC_ID } from "../../lib/metrics/index";
import { EmbedView } from "../components/embed/EmbedView";
import { buildTimeRunner, readManifest } from "../lib/buildTimeData";
import { loadAgency } from "../lib/loaders/agency";
import { loadCompare } from "../lib/loaders/compare";
import { loadSiteContext } from "../lib/loaders/context";
import { loadQuality } from "../lib/loaders/quality";
import { defaultTrendAgencies, loadTrend } from "../lib/loaders/trend";
import "./embed.css";

export const metadata = { title: "图表 · 政府信息公开年报对比" };

export default async function EmbedPage() {
  const manifest = readManifest();
  const context = await loadSiteContext(buildTimeRunner, manifest);
  const counts = await buildTimeRunner.query<{ agency: string; reports: number }>(agenciesQuery(), ["reports"]);
  const year = context.years.at(-1) ?? new Date().getFullYear();
  const [compare, trend, agency, quality] = await Promise.all([
    loadCompare(buildTimeRunner, { metric: DEFAULT_METRIC_ID, year, province: null, city: null, synthetic: false }),
    loadTrend(buildTimeRunner, { metric: DEFAULT_METRIC_ID, agencies: defaultTrendAgencies(counts), synthetic: false }),
    loadAgency(buildTimeRunner, { name: defaultTrendAgencies(counts, 1)[0] ?? "", metric: DEFAULT_METRIC_ID }),
    loadQuality(buildTimeRunner, { rule: null, severity: null }),
  ]);
  return (
    <EmbedView
      site={{ builtAt: manifest.builtAt, synthetic: manifest.synthetic, parsed: manifest.parsed }}
      initial={{ compare, trend, agency, quality }}
    />
  );
}
