import { DEFAULT_METRIC_ID, latestYearQuery, metricById } from "../../lib/metrics/index";
import { renderSvg } from "../components/charts/renderSvg";
import { rankingDrawn, rankingHeight, rankingOption } from "../components/charts/rankingOption";
import { DEFAULT_TOP_N } from "../components/views/CompareFrame";
import { CompareView } from "../components/views/CompareView";
import { buildTimeRunner, readManifest } from "../lib/buildTimeData";
import { loadCompare } from "../lib/loaders/compare";
import { loadSiteContext } from "../lib/loaders/context";

export const metadata = { title: "对比 · 政府信息公开年报对比" };

export default async function ComparePage() {
  const context = await loadSiteContext(buildTimeRunner, readManifest());
  // The default view leaves synthetic reports out: its year is the latest one it has reports for
  // (a synthetic set may run on past the real reports; the year stays a choice in the page).
  const [latest] = await buildTimeRunner.query<{ year: number | null }>(latestYearQuery(), ["reports"]);
  const year = latest?.year ?? context.years.at(-1) ?? new Date().getFullYear();
  const initial = await loadCompare(buildTimeRunner, { metric: DEFAULT_METRIC_ID, year, province: null, city: null, agencyType: null, synthetic: false });
  const metric = metricById(DEFAULT_METRIC_ID)!;
  const drawn = rankingDrawn(initial, DEFAULT_TOP_N);
  const ssrSvg = renderSvg(rankingOption(drawn, initial.spread, metric, "zh"), rankingHeight(drawn));
  // The comparison lists no agencies: at 100,000 reports their names alone weighed 1.5 MB of the page's HTML.
  return <CompareView context={{ ...context, agencies: [] }} initial={initial} ssrSvg={ssrSvg} />;
}
