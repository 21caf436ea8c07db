import { agenciesQuery, DEFAULT_METRIC_ID } from "../../lib/metrics/index";
import { renderSvg } from "../components/charts/renderSvg";
import { TREND_HEIGHT, trendOption } from "../components/charts/trendOption";
import { TrendView } from "../components/views/TrendView";
import { buildTimeRunner, readManifest } from "../lib/buildTimeData";
import { loadSiteContext } from "../lib/loaders/context";
import { defaultTrendAgencies, loadTrend, trendMetric } from "../lib/loaders/trend";

export const metadata = { title: "趋势 · 政府信息公开年报对比" };

export default async function TrendPage() {
  const context = await loadSiteContext(buildTimeRunner, readManifest());
  const counts = await buildTimeRunner.query<{ agency: string; reports: number }>(agenciesQuery(), ["reports"]);
  const initial = await loadTrend(buildTimeRunner, { metric: DEFAULT_METRIC_ID, agencies: defaultTrendAgencies(counts), synthetic: false });
  const points = initial.rows.map((r) => ({ series: r.agency, year: r.year, value: r.value }));
  const ssrSvg = renderSvg(trendOption(points, trendMetric(initial.state), "zh"), TREND_HEIGHT);
  return <TrendView context={context} initial={initial} ssrSvg={ssrSvg} />;
}
