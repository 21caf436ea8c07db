import { OverviewView } from "./components/views/OverviewView";
import { buildTimeRunner, readManifest } from "./lib/buildTimeData";
import { loadSiteContext } from "./lib/loaders/context";
import { loadOverview } from "./lib/loaders/overview";

export default async function OverviewPage() {
  const context = await loadSiteContext(buildTimeRunner, readManifest());
  const initial = await loadOverview(buildTimeRunner, { synthetic: false });
  return <OverviewView context={context} initial={initial} />;
}
