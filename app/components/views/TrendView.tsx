"use client";
import { useQueryStates } from "nuqs";
import { useMemo } from "react";
import type { SiteContext } from "../../lib/loaders/context";
import { loadTrend, trendMetrics, type TrendData, type TrendState } from "../../lib/loaders/trend";
import { useMyReports } from "../../lib/myReports";
import { trendParsers } from "../../lib/urlState";
import { useLang } from "../../lib/useLang";
import { useViewData } from "../../lib/useViewData";
import { TrendFrame } from "./TrendFrame";

interface Props {
  context: SiteContext;
  initial: TrendData;
  ssrSvg: string;
}

export function TrendView({ context, initial, ssrSvg }: Props) {
  const [lang] = useLang();
  const [q, setQ] = useQueryStates(trendParsers);
  const asked = q.metric ? trendMetrics({ metric: q.metric }) : trendMetrics(initial.state);
  const state: TrendState = {
    metric: asked.map((m) => m.id).join(","),
    agencies: q.agencies ?? initial.state.agencies,
    synthetic: q.synthetic,
  };
  const { data, status, retry } = useViewData({
    state,
    initialState: initial.state,
    initial,
    builtAt: context.builtAt,
    tables: ["reports"],
    load: loadTrend,
    isEmpty: (d) => d.rows.length === 0,
  });
  const isInitial = JSON.stringify(data.state) === JSON.stringify(initial.state);
  // The reader's own reports (对比我的报告) may name an agency the dataset does not have.
  const myReports = useMyReports();
  const withMine = useMemo(() => {
    const extra = myReports.flatMap((r) => (r.agency && !context.agencies.includes(r.agency) ? [r.agency] : []));
    return extra.length ? { ...context, agencies: [...context.agencies, ...new Set(extra)] } : context;
  }, [context, myReports]);
  return (
    <TrendFrame
      lang={lang}
      context={withMine}
      metrics={trendMetrics(data.state)}
      data={data}
      status={status}
      ssrSvg={isInitial && lang === "zh" && !q.yoy ? ssrSvg : undefined}
      mode={q.view}
      yoy={q.yoy}
      onChange={(patch) => void setQ(patch)}
      onRetry={retry}
      requestMetrics={asked}
      request={state}
    />
  );
}
