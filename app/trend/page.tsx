import { agenciesQuery, DEFAULT_METRIC_ID } from "../../lib/metrics/index";
import { renderSvg } from "../components/charts/renderSvg";
import { trendPanelsHeight, trendPanelsOption } from "../components/charts/trendPanelsOption";
import { TrendView } from "../components/views/TrendView";
import { buildTimeRunner, readManifest } from "../lib/buildTimeData";
import { loadSiteContext } from "../lib/loaders/context";
import { defaultTrendAgencies, loadTrend, trendMetrics } from "../lib/loaders/trend";

export const metadata = { title: "趋势 · 政府信息公开年报对比" };

export default async function TrendPage() {
  const context = await loadSiteContext(buildTimeRunner, readManifest());
  const counts = await buildTimeRunner.query<{ agency: string; reports: number }>(agenciesQuery(), ["reports"]);
  const initial = await loadTrend(buildTimeRunner, { metric: DEFAULT_METRIC_ID, agencies: defaultTrendAgencies(counts), synthetic: false });
  const metrics = trendMetrics(initial.state);
  const ssrSvg = renderSvg(trendPanelsOption(initial.rows, metrics, "zh", false), trendPanelsHeight(metrics.length));
  return <TrendView context={context} initial={initial} ssrSvg={ssrSvg} />;
}
