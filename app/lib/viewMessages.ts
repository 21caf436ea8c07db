// Words of the trend and comparison views (zh default, en), kept apart from i18n.ts so that
// views can grow without touching the shared dictionary; the agency forms' are in formMessages.ts.
import type { Lang } from "./i18n";

const zh = {
  metrics: "指标",
  addMetric: "＋ 添加指标",
  removeMetric: "移除指标",
  yoy: "同比变化",
  yoyChart: "显示同比变化",
  yoyChange: "较上年",
  yoyRatio: "同比",
  pp: "个百分点",
  previousYear: "上年",
  templateChange: "模板变更",
  templateBoundaryNote: "阴影区域为 2019 版与 2021 版报告模板的交替（{from}→{to}）；不可跨模板比较的指标在此断开。",
  sameYearNote: "每条线每年画一份报告（表格列出全部）；同一年有多份报告的：{list}。",
  sameYearItem: "{agency} {year} 年 {n} 份",
  agencyType: "机构类型",
  shownTopN: "显示前后",
  allRows: "全部",
  hiddenCount: "图中只画出最高和最低各 {n} 个机构，中间 {hidden} 个未画出（中位数与四分位数按全部 {total} 个计算；表格与 CSV 含全部机构）。",
  hiddenBar: "… 中间 {hidden} 个机构未画出 …",
  moreOutliers: "另有 {n} 个离群值未列出（共 {total} 个），见表格与 CSV 的「离群」列。",
  reportOrigin: "报告来源",
  originDataset: "数据集",
  originMine: "我的报告（本次会话）",
} as const;

export type ViewMessageKey = keyof typeof zh;

const en: Record<ViewMessageKey, string> = {
  metrics: "Metrics",
  addMetric: "+ Add metric",
  removeMetric: "Remove metric",
  yoy: "Year-over-year change",
  yoyChart: "Show year-over-year change",
  yoyChange: "vs. last year",
  yoyRatio: "YoY",
  pp: " pp",
  previousYear: "Last year",
  templateChange: "template change",
  templateBoundaryNote: "The shaded band marks the change from the 2019 to the 2021 report template ({from}→{to}); metrics not comparable across templates break there.",
  sameYearNote: "Each line shows one report a year (the table lists all); more than one report in a year: {list}.",
  sameYearItem: "{agency} {year}: {n} reports",
  agencyType: "Agency type",
  shownTopN: "Top/bottom",
  allRows: "All",
  hiddenCount: "The chart draws the {n} highest and {n} lowest agencies; {hidden} in between are not drawn (median and quartiles use all {total}; the table and CSV hold every agency).",
  hiddenBar: "… {hidden} agencies not drawn …",
  moreOutliers: "{n} more outliers not listed ({total} in all): see the Outlier column of the table and CSV.",
  reportOrigin: "Report from",
  originDataset: "Dataset",
  originMine: "My report (this session)",
};

const DICT: Record<Lang, Record<ViewMessageKey, string>> = { zh, en };

export function vt(lang: Lang, key: ViewMessageKey, vars: Record<string, string | number> = {}): string {
  return DICT[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}
