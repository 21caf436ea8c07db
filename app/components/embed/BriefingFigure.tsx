"use client";
// One chart as a finished figure: title, definition and unit, the chart sized to its
// frame, and the source line (with the synthetic-data notice when it applies).
import { useEffect, useMemo, useState } from "react";
import type { BriefingTheme } from "../../../lib/briefing/index";
import { briefingText, type BriefingSpec } from "../../lib/briefing";
import type { Manifest } from "../../lib/dataset";
import type { Lang } from "../../lib/i18n";
import { QueryState, type QueryStatus } from "../QueryState";
import { briefingOption } from "../charts/briefingOption";
import { EChart } from "../charts/EChart";
import type { ChartOption } from "../charts/echarts";

export interface Presentation {
  theme: BriefingTheme;
  legend: boolean;
  /** Fixed chart height in px; null fills the frame. */
  height: number | null;
}

export type SiteInfo = Pick<Manifest, "builtAt" | "synthetic" | "parsed">;

interface Props {
  lang: Lang;
  spec: BriefingSpec;
  site: SiteInfo;
  option: ChartOption;
  present: Presentation;
  status: QueryStatus;
  /** The data shown is not yet the data asked for: show only the loading state. */
  pending: boolean;
  onRetry?: () => void;
}

/** The size of an element, followed as it changes (a callback ref: the element may mount late). */
function useSize(): [(el: HTMLDivElement | null) => void, { width: number; height: number }] {
  const [el, setEl] = useState<HTMLDivElement | null>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  useEffect(() => {
    if (!el) return;
    const observer = new ResizeObserver(() => {
      const r = el.getBoundingClientRect();
      const next = { width: Math.floor(r.width), height: Math.floor(r.height) };
      setSize((s) => (s.width === next.width && s.height === next.height ? s : next));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [el]);
  return [setEl, size];
}

export function BriefingFigure({ lang, spec, site, option, present, status, pending, onRetry }: Props) {
  const [box, measured] = useSize();
  const fixed = present.height !== null;
  const chartHeight = present.height ?? measured.height;
  const themed = useMemo(() => briefingOption(option, { ...present, width: measured.width }), [option, present, measured.width]);
  const text = briefingText(spec, site, lang);
  if (pending) {
    return (
      <figure className="embed-root" data-theme={present.theme} style={{ margin: 0 }}>
        <QueryState status={status} lang={lang} onRetry={onRetry}>
          {null}
        </QueryState>
      </figure>
    );
  }
  return (
    <figure className="embed-root" data-theme={present.theme} data-fixed={fixed ? "true" : "false"} style={{ margin: 0 }}>
      <h1 className="embed-title">{text.title}</h1>
      {text.subtitle ? <p className="embed-subtitle">{text.subtitle}</p> : null}
      <div ref={box} className="embed-chart" data-fixed={fixed ? "true" : "false"} style={fixed ? { height: present.height! } : undefined}>
        <div className="embed-chart-inner">
          <QueryState status={status} lang={lang} onRetry={onRetry}>
            {chartHeight > 0 ? <EChart option={themed} height={chartHeight} ariaLabel={text.title} theme={present.theme} /> : null}
          </QueryState>
        </div>
      </div>
      <figcaption className="embed-source">
        {text.source.map((line, i) => (
          <p key={line} className={i > 0 ? "embed-synthetic" : undefined}>
            {line}
          </p>
        ))}
      </figcaption>
    </figure>
  );
}
