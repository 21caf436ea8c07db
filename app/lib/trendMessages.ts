// Words of the trend view and of year-over-year changes (zh default, en); the agency forms
// show the change against the year before with the same words.
import { messages } from "./i18n";

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
  reportOrigin: "报告来源",
  originDataset: "数据集",
  originMine: "我的报告（本次会话）",
} as const;

export type TrendMessageKey = keyof typeof zh;

const en: Record<TrendMessageKey, string> = {
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
  reportOrigin: "Report from",
  originDataset: "Dataset",
  originMine: "My report (this session)",
};

export const trendMessage = messages<TrendMessageKey>(zh, en);
