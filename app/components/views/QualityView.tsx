"use client";
import { useQueryStates } from "nuqs";
import type { SiteContext } from "../../lib/loaders/context";
import { loadQuality, QUALITY_TABLES, type QualityData } from "../../lib/loaders/quality";
import { chartModeParser, qualityParsers } from "../../lib/urlState";
import { useLang } from "../../lib/useLang";
import { useViewData } from "../../lib/useViewData";
import { QualityFrame } from "./QualityFrame";

interface Props {
  context: SiteContext;
  initial: QualityData;
  ssrSvg: string;
}

const parsers = { ...qualityParsers, view: chartModeParser };

export function QualityView({ context, initial, ssrSvg }: Props) {
  const [lang] = useLang();
  const [q, setQ] = useQueryStates(parsers);
  const state = { rule: q.rule, severity: q.severity };
  const { data, status, retry } = useViewData({
    state,
    initialState: initial.state,
    initial,
    builtAt: context.builtAt,
    tables: QUALITY_TABLES,
    load: loadQuality,
    isEmpty: () => false,
  });
  const isInitial = JSON.stringify(data.state) === JSON.stringify(initial.state);
  return <QualityFrame lang={lang} data={data} status={status} ssrSvg={isInitial && lang === "zh" ? ssrSvg : undefined} mode={q.view} onChange={(patch) => void setQ(patch)} onRetry={retry} request={state} />;
}
