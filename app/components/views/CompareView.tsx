"use client";
// The interactive comparison view: URL state → query → frame.
import { useQueryStates } from "nuqs";
import { useRouter } from "next/navigation";
import { useCallback } from "react";
import { AGENCY_TYPES_BY_ID, metricById, OTHER_AGENCY_TYPE } from "../../../lib/metrics/index";
import { compareMetric, compareTables, loadCompare, type CompareData, type CompareState } from "../../lib/loaders/compare";
import type { SiteContext } from "../../lib/loaders/context";
import { compareParsers } from "../../lib/urlState";
import { useLang } from "../../lib/useLang";
import { useViewData } from "../../lib/useViewData";
import { CompareFrame, type CompareFrameProps } from "./CompareFrame";

interface Props {
  context: SiteContext;
  initial: CompareData;
  ssrSvg: string;
}

export function CompareView({ context, initial, ssrSvg }: Props) {
  const [lang] = useLang();
  const router = useRouter();
  const [q, setQ] = useQueryStates(compareParsers);
  const state: CompareState = {
    metric: metricById(q.metric)?.id ?? initial.state.metric,
    year: q.year !== null && context.years.includes(q.year) ? q.year : initial.state.year,
    // A place the data does not hold (a stale or edited link) is no filter, as the selects show it.
    province: q.province && context.regions.some((r) => r.province === q.province) ? q.province : null,
    city: q.province && q.city && context.regions.some((r) => r.province === q.province && r.city === q.city) ? q.city : null,
    agencyType: q.type && (q.type === OTHER_AGENCY_TYPE || AGENCY_TYPES_BY_ID.has(q.type)) ? q.type : null,
    synthetic: q.synthetic,
  };
  const { data, status, retry } = useViewData({
    state,
    initialState: initial.state,
    initial,
    builtAt: context.builtAt,
    tables: compareTables(state),
    load: loadCompare,
    isEmpty: (d) => d.order.length === 0,
  });
  const isInitial = JSON.stringify(data.state) === JSON.stringify(initial.state);
  // Stable, so that the frame keeps its chart and table while a query runs (see CompareFrame).
  const onChange = useCallback<NonNullable<CompareFrameProps["onChange"]>>(({ agencyType, ...patch }) => void setQ(agencyType === undefined ? patch : { ...patch, type: agencyType }), [setQ]);
  const onAgency = useCallback((agency: string) => router.push(`/agency/?name=${encodeURIComponent(agency)}${lang === "en" ? "&lang=en" : ""}`), [router, lang]);
  return (
    <CompareFrame
      lang={lang}
      context={context}
      metric={compareMetric(data.state)}
      data={data}
      status={status}
      ssrSvg={isInitial && lang === "zh" ? ssrSvg : undefined}
      mode={q.view}
      topN={Math.max(0, q.top)}
      onChange={onChange}
      onAgency={onAgency}
      onRetry={retry}
      request={state}
    />
  );
}
