// Words of the trend, comparison and agency-form features (zh default, en), kept apart
// from i18n.ts so that views can grow without touching the shared dictionary.
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
  agencyType: "机构类型",
  shownTopN: "显示前后",
  allRows: "全部",
  hiddenCount: "图中只画出最高和最低各 {n} 个机构，中间 {hidden} 个未画出（中位数与四分位数按全部 {total} 个计算；表格与 CSV 含全部机构）。",
  hiddenBar: "… 中间 {hidden} 个机构未画出 …",
  formsTitle: "报告表格（{year} 年）",
  chooseYear: "报告年度",
  formsNote: "按官方表式排列。点击或指向数值可查看来源文件与行号；红框为核查发现所在单元格；小字为与上年（{prev}）相比的变化。",
  formsNoPrevious: "按官方表式排列。点击或指向数值可查看来源文件与行号；红框为核查发现所在单元格。该机构没有 {prev} 年的报告，无法与上年比较。",
  tableActive: "二、主动公开政府信息情况",
  tableApplications: "三、收到和处理政府信息公开申请情况",
  tableReview: "四、政府信息公开行政复议、行政诉讼情况",
  infoContent: "信息内容",
  notPrinted: "未印",
  cellDetail: "单元格详情",
  cellDetailHint: "选择一个数值查看其来源。",
  source: "来源",
  line: "第 {line} 行",
  noLine: "行号未知",
  printed: "原文",
  reportFindings: "本报告的核查发现",
  noFindings: "本报告没有核查发现。",
  showCell: "定位单元格",
  severity: "级别",
  templateLabel: "{template} 版模板",
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
  agencyType: "Agency type",
  shownTopN: "Top/bottom",
  allRows: "All",
  hiddenCount: "The chart draws the {n} highest and {n} lowest agencies; {hidden} in between are not drawn (median and quartiles use all {total}; the table and CSV hold every agency).",
  hiddenBar: "… {hidden} agencies not drawn …",
  formsTitle: "Report tables ({year})",
  chooseYear: "Report year",
  formsNote: "Laid out like the official forms. Click or point at a value for its source file and line; a red frame marks a cell with a finding; the small figure is the change against the previous year ({prev}).",
  formsNoPrevious: "Laid out like the official forms. Click or point at a value for its source file and line; a red frame marks a cell with a finding. The agency has no report for {prev}, so there is no comparison with the previous year.",
  tableActive: "II. Proactive disclosure",
  tableApplications: "III. Applications received and processed",
  tableReview: "IV. Administrative review and litigation",
  infoContent: "Item",
  notPrinted: "not printed",
  cellDetail: "Cell details",
  cellDetailHint: "Choose a value to see where it came from.",
  source: "Source",
  line: "line {line}",
  noLine: "line unknown",
  printed: "Printed",
  reportFindings: "Findings in this report",
  noFindings: "No findings in this report.",
  showCell: "Show cell",
  severity: "Severity",
  templateLabel: "{template} template",
};

const DICT: Record<Lang, Record<ViewMessageKey, string>> = { zh, en };

export function vt(lang: Lang, key: ViewMessageKey, vars: Record<string, string | number> = {}): string {
  return DICT[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}
