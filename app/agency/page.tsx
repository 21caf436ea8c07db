import { agenciesQuery, DEFAULT_METRIC_ID } from "../../lib/metrics/index";
import { renderSvg } from "../components/charts/renderSvg";
import { TREND_HEIGHT, trendOption } from "../components/charts/trendOption";
import { AgencyView } from "../components/views/AgencyView";
import { buildTimeRunner, readManifest } from "../lib/buildTimeData";
import { agencyMetric, loadAgencyWithForms } from "../lib/loaders/agency";
import { loadSiteContext } from "../lib/loaders/context";
import { defaultTrendAgencies } from "../lib/loaders/trend";

export const metadata = { title: "机构 · 政府信息公开年报对比" };

export default async function AgencyPage() {
  const context = await loadSiteContext(buildTimeRunner, readManifest());
  const counts = await buildTimeRunner.query<{ agency: string; reports: number }>(agenciesQuery(), ["reports"]);
  const name = defaultTrendAgencies(counts, 1)[0] ?? "";
  const initial = await loadAgencyWithForms(buildTimeRunner, { name, metric: DEFAULT_METRIC_ID, year: null });
  const metric = agencyMetric(initial.state);
  const points = initial.reports.map((r) => ({ series: name, year: r.year, value: r.values[metric.id] ?? null }));
  const ssrSvg = renderSvg(trendOption(points, metric, "zh"), TREND_HEIGHT);
  return <AgencyView context={context} initial={initial} ssrSvg={ssrSvg} />;
}
