"use client";
import { useQueryStates } from "nuqs";
import { metricById } from "../../../lib/metrics/index";
import { loadAgencyWithForms, type AgencyData, type AgencyState } from "../../lib/loaders/agency";
import type { SiteContext } from "../../lib/loaders/context";
import { agencyParsers } from "../../lib/urlState";
import { useLang } from "../../lib/useLang";
import { useViewData } from "../../lib/useViewData";
import { AgencyFrame } from "./AgencyFrame";

interface Props {
  context: SiteContext;
  initial: AgencyData;
  ssrSvg: string;
}

export function AgencyView({ context, initial, ssrSvg }: Props) {
  const [lang] = useLang();
  const [q, setQ] = useQueryStates(agencyParsers);
  // An empty name (`?name=`) is no name: the default agency, as without the parameter.
  const state: AgencyState = { name: q.name || initial.state.name, metric: metricById(q.metric)?.id ?? initial.state.metric, year: q.year };
  const { data, status, retry } = useViewData({
    state,
    initialState: initial.state,
    initial,
    builtAt: context.builtAt,
    // `cells` is read for the forms' two years only, when they are known (loadAgencyWithForms).
    tables: ["reports", "checks"],
    load: loadAgencyWithForms,
    isEmpty: (d) => d.reports.length === 0,
  });
  const isInitial = JSON.stringify(data.state) === JSON.stringify(initial.state);
  return (
    <AgencyFrame
      lang={lang}
      context={context}
      data={data}
      status={status}
      ssrSvg={isInitial && lang === "zh" ? ssrSvg : undefined}
      mode={q.view}
      onChange={(patch) => void setQ(patch)}
      onRetry={retry}
      request={state}
    />
  );
}
