// The source line under every briefing chart: where the figures come from, how many
// reports, when the dataset was built, and whether synthetic (test) reports are in it.
export interface SourceInfo {
  lang: "zh" | "en";
  /** manifest.json `builtAt` (ISO). */
  builtAt: string;
  /** Reports behind the chart. */
  reports: number;
  /** Of those, synthetic; `null` when the chart did not leave synthetic reports out but cannot count them. */
  syntheticShown: number | null;
  /** Synthetic reports in the whole dataset (manifest.json `synthetic`). */
  syntheticInDataset: number;
}

export const SOURCE_ZH = "来源：各单位政府信息公开工作年度报告";
const SOURCE_EN = "Source: the agencies' annual government information disclosure reports (各单位政府信息公开工作年度报告)";

/** Made once: a chart's source line is drawn on every change, and making a formatter costs milliseconds. */
const BEIJING_DAY = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" });

/** The build date as the dataset's users read it: the day in Beijing. */
export function buildDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return BEIJING_DAY.format(d);
}

export function sourceLines(info: SourceInfo): string[] {
  const date = buildDate(info.builtAt);
  const zh = info.lang === "zh";
  const lines = [zh ? `${SOURCE_ZH}（${info.reports} 份报告）；数据生成于 ${date}` : `${SOURCE_EN}; ${info.reports} reports; data built ${date}`];
  if (info.syntheticShown === null && info.syntheticInDataset > 0) {
    lines.push(
      zh
        ? `注意：本图未排除合成报告（数据集含 ${info.syntheticInDataset} 份【合成数据】，仅供测试，并非真实报告）。`
        : `Note: synthetic reports were not left out of this chart (the dataset holds ${info.syntheticInDataset}, marked 【合成数据】, for testing only).`,
    );
  } else if (info.syntheticShown !== null && info.syntheticShown > 0) {
    lines.push(
      zh
        ? `注意：图中含 ${info.syntheticShown} 份合成报告（【合成数据】，仅供测试，并非真实报告）。`
        : `Note: the chart includes ${info.syntheticShown} synthetic reports (marked 【合成数据】, for testing only, not real reports).`,
    );
  } else if (info.syntheticInDataset > 0) {
    lines.push(
      zh
        ? `数据集另含 ${info.syntheticInDataset} 份合成报告（仅供测试），未计入本图。`
        : `The dataset also holds ${info.syntheticInDataset} synthetic reports (for testing only), left out of this chart.`,
    );
  }
  return lines;
}
