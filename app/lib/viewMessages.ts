// Words of the comparison view (zh default, en), kept apart from i18n.ts so that views can
// grow without touching the shared dictionary; the trend view's are in trendMessages.ts and the
// agency forms' in formMessages.ts, so that each page loads only its own.
import { messages } from "./i18n";

const zh = {
  agencyType: "机构类型",
  shownTopN: "显示前后",
  allRows: "全部",
  hiddenCount: "图中只画出最高和最低各 {n} 个机构，中间 {hidden} 个未画出（中位数与四分位数按全部 {total} 个计算；表格与 CSV 含全部机构）。",
  hiddenBar: "… 中间 {hidden} 个机构未画出 …",
  moreOutliers: "另有 {n} 个离群值未列出（共 {total} 个），见表格与 CSV 的「离群」列。",
} as const;

export type ViewMessageKey = keyof typeof zh;

const en: Record<ViewMessageKey, string> = {
  agencyType: "Agency type",
  shownTopN: "Top/bottom",
  allRows: "All",
  hiddenCount: "The chart draws the {n} highest and {n} lowest agencies; {hidden} in between are not drawn (median and quartiles use all {total}; the table and CSV hold every agency).",
  hiddenBar: "… {hidden} agencies not drawn …",
  moreOutliers: "{n} more outliers not listed ({total} in all): see the Outlier column of the table and CSV.",
};

export const vt = messages<ViewMessageKey>(zh, en);
