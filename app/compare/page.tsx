import { DEFAULT_METRIC_ID, metricById } from "../../lib/metrics/index";
import { renderSvg } from "../components/charts/renderSvg";
import { rankingHeight, rankingOption } from "../components/charts/rankingOption";
import { DEFAULT_TOP_N } from "../components/views/CompareFrame";
import { CompareView } from "../components/views/CompareView";
import { buildTimeRunner, readManifest } from "../lib/buildTimeData";
import { loadCompare } from "../lib/loaders/compare";
import { loadSiteContext } from "../lib/loaders/context";

export const metadata = { title: "对比 · 政府信息公开年报对比" };

export default async function ComparePage() {
  const context = await loadSiteContext(buildTimeRunner, readManifest());
  const year = context.years.at(-1) ?? new Date().getFullYear();
  const initial = await loadCompare(buildTimeRunner, { metric: DEFAULT_METRIC_ID, year, province: null, city: null, agencyType: null, synthetic: false });
  const metric = metricById(DEFAULT_METRIC_ID)!;
  const ssrSvg = renderSvg(rankingOption(initial.rows, initial.spread, metric, "zh", DEFAULT_TOP_N), rankingHeight(initial.rows, DEFAULT_TOP_N));
  return <CompareView context={context} initial={initial} ssrSvg={ssrSvg} />;
}
