import { renderSvg } from "../components/charts/renderSvg";
import { RULE_HEIGHT, ruleOption } from "../components/charts/ruleOption";
import { QualityView } from "../components/views/QualityView";
import { buildTimeRunner, readManifest } from "../lib/buildTimeData";
import { loadSiteContext } from "../lib/loaders/context";
import { loadQuality } from "../lib/loaders/quality";

export const metadata = { title: "质量 · 政府信息公开年报对比" };

export default async function QualityPage() {
  const context = await loadSiteContext(buildTimeRunner, readManifest());
  const initial = await loadQuality(buildTimeRunner, { rule: null, severity: null });
  const ssrSvg = renderSvg(ruleOption(initial.byRule, "zh"), RULE_HEIGHT);
  return <QualityView context={context} initial={initial} ssrSvg={ssrSvg} />;
}
