"use client";
import { useQueryStates } from "nuqs";
import type { SiteContext } from "../../lib/loaders/context";
import { loadOverview, type OverviewData } from "../../lib/loaders/overview";
import { filterParsers } from "../../lib/urlState";
import { useLang } from "../../lib/useLang";
import { useViewData } from "../../lib/useViewData";
import { OverviewFrame } from "./OverviewFrame";

interface Props {
  context: SiteContext;
  initial: OverviewData;
}

export function OverviewView({ context, initial }: Props) {
  const [lang] = useLang();
  const [q, setQ] = useQueryStates({ synthetic: filterParsers.synthetic });
  const state = { synthetic: q.synthetic };
  const { data, status, retry } = useViewData({
    state,
    initialState: initial.state,
    initial,
    builtAt: context.builtAt,
    tables: ["reports", "checks"],
    load: loadOverview,
    isEmpty: (d) => d.headline.reports === 0,
  });
  return <OverviewFrame lang={lang} context={context} data={data} status={status} onChange={(patch) => void setQ(patch)} onRetry={retry} request={state} />;
}
