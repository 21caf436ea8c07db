// The words of the research tools (SQL, downloads, 对比我的报告), zh and en.
import type { GuardCode } from "../../lib/sqlconsole/index";
import type { Lang } from "./i18n";

const zh = {
  sqlTitle: "SQL 查询",
  sqlLede: "用 SQL 直接查询数据集（DuckDB-wasm，在浏览器中运行）。只允许一条只读语句；引擎已关闭文件与网络访问，且设置已锁定。",
  run: "运行",
  cancel: "取消",
  cancelled: "查询已取消。",
  examples: "示例查询",
  exTopPunishment: "行政处罚最多的机构",
  exGrantRate: "各年予以公开率",
  exFindings: "按规则统计核查发现",
  exMine: "我的报告与数据集并列",
  tables: "数据表",
  columns: "列",
  rowsIn: "{n} 行",
  rowsTime: "{n} 行，用时 {ms} 毫秒",
  page: "第 {page} / {pages} 页",
  prev: "上一页",
  next: "下一页",
  downloadParquet: "下载 Parquet",
  parquetNote: "Parquet 由 parquet-wasm 在浏览器中写出（DuckDB-wasm 的 Parquet 写入扩展未打包，离线无法下载）。",
  drawChart: "画图",
  hideChart: "隐藏图表",
  xColumn: "横轴（x）",
  yColumn: "纵轴（y）",
  chartType: "图形",
  bar: "柱状图",
  line: "折线图",
  chartCapped: "图中只画前 {n} 行。",
  noNumeric: "结果中没有数值列，无法画图。",
  queryError: "查询出错",
  guardRefused: "该查询未运行",
  mineColumn: "我的报告（本次会话上传）",
  downloadsTitle: "下载",
  downloadsLede: "数据集的 Parquet 文件，可用 DuckDB、pandas、R 等直接读取。",
  dataFiles: "数据文件",
  table: "表",
  path: "文件",
  size: "大小",
  rows: "行数",
  dictionary: "数据字典",
  column: "列名",
  type: "类型",
  labelZh: "中文名",
  labelEn: "英文说明",
  unit: "单位",
  citation: "引用",
  citationText: "政府信息公开工作年度报告对比数据集，生成于 {builtAt}；{parsed} 份报告已解析，{failed} 份无法读取，其中合成报告 {synthetic} 份；核查发现 {findings} 条。",
  mineTitle: "对比我的报告",
  mineLede: "把一份或多份年度报告（文本、HTML、Markdown、PDF、Word）拖到这里。文件在浏览器中解析，不会上传；本次会话中它们会加入对比、趋势和机构页，标为「我的」。",
  dropHere: "把报告文件拖到这里，或",
  chooseFiles: "选择文件",
  maxSize: "单个文件不超过 {mb} MB。",
  reading: "正在解析 {name}…",
  myReports: "我的报告",
  noMyReports: "还没有添加报告。",
  mineBadge: "我的",
  removeReport: "移除",
  clearAll: "全部移除",
  failedFiles: "无法解析的文件",
  failureCode: "原因",
  tooLarge: "文件过大（{size}），上限 {limit}，未读取。",
  findingsOf: "核查发现（{n}）",
  noFindings: "没有核查发现。",
  cells: "单元格",
  sourceLine: "源文件行号",
  openCompare: "在对比中查看",
  openAgency: "机构页",
  template: "模板",
  format: "格式",
} as const;

export type ToolsKey = keyof typeof zh;

const en: Record<ToolsKey, string> = {
  sqlTitle: "SQL",
  sqlLede: "Query the dataset directly with SQL (DuckDB-wasm, running in your browser). One read-only statement; the engine has file and network access turned off and its settings locked.",
  run: "Run",
  cancel: "Cancel",
  cancelled: "The query was cancelled.",
  examples: "Examples",
  exTopPunishment: "Agencies with the most 行政处罚",
  exGrantRate: "Grant rate by year",
  exFindings: "Findings by rule",
  exMine: "My reports beside the dataset",
  tables: "Tables",
  columns: "Columns",
  rowsIn: "{n} rows",
  rowsTime: "{n} rows in {ms} ms",
  page: "Page {page} of {pages}",
  prev: "Previous",
  next: "Next",
  downloadParquet: "Download Parquet",
  parquetNote: "Parquet is written in the browser by parquet-wasm (DuckDB-wasm's Parquet writer is an extension that is not bundled and cannot be fetched offline).",
  drawChart: "Chart",
  hideChart: "Hide chart",
  xColumn: "x axis",
  yColumn: "y axis",
  chartType: "Chart type",
  bar: "Bars",
  line: "Line",
  chartCapped: "Only the first {n} rows are drawn.",
  noNumeric: "The result has no numeric column to chart.",
  queryError: "Query failed",
  guardRefused: "The query was not run",
  mineColumn: "My report (added in this session)",
  downloadsTitle: "Downloads",
  downloadsLede: "The dataset's Parquet files, readable by DuckDB, pandas, R and the like.",
  dataFiles: "Data files",
  table: "Table",
  path: "File",
  size: "Size",
  rows: "Rows",
  dictionary: "Data dictionary",
  column: "Column",
  type: "Type",
  labelZh: "Chinese name",
  labelEn: "Description",
  unit: "Unit",
  citation: "Citation",
  citationText: "Comparative dataset of government information disclosure annual reports, built {builtAt}; {parsed} reports parsed, {failed} unreadable, {synthetic} of them synthetic; {findings} findings.",
  mineTitle: "Compare my reports",
  mineLede: "Drop one or more annual reports (text, HTML, Markdown, PDF, Word) here. They are parsed in your browser and never uploaded; for this session they join Compare, Trend and Agency, marked as yours.",
  dropHere: "Drop report files here, or",
  chooseFiles: "choose files",
  maxSize: "Up to {mb} MB per file.",
  reading: "Parsing {name}…",
  myReports: "My reports",
  noMyReports: "No report added yet.",
  mineBadge: "mine",
  removeReport: "Remove",
  clearAll: "Remove all",
  failedFiles: "Files that could not be parsed",
  failureCode: "Reason",
  tooLarge: "Too large ({size}); the limit is {limit}. Not read.",
  findingsOf: "Findings ({n})",
  noFindings: "No findings.",
  cells: "Cells",
  sourceLine: "Source lines",
  openCompare: "See in Compare",
  openAgency: "Agency page",
  template: "Template",
  format: "Format",
};

const DICT: Record<Lang, Record<ToolsKey, string>> = { zh, en };

export function tt(lang: Lang, key: ToolsKey, vars: Record<string, string | number> = {}): string {
  return DICT[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

const GUARD: Record<GuardCode, { zh: string; en: string }> = {
  empty: { zh: "没有要运行的语句。", en: "There is no statement to run." },
  "multiple-statements": { zh: "一次只能运行一条语句（第 {offset} 个字符处有分号）。", en: "Only one statement at a time (a semicolon at character {offset})." },
  "not-read-only": { zh: "只允许只读查询（SELECT、WITH、DESCRIBE、SUMMARIZE 等），不允许「{word}」。", en: "Only read-only queries (SELECT, WITH, DESCRIBE, SUMMARIZE, …) are allowed, not “{word}”." },
  "forbidden-keyword": { zh: "「{word}」会修改数据库、设置或访问外部，不允许。", en: "“{word}” would change the database or its settings or reach outside it; not allowed." },
  "file-function": { zh: "「{word}」读取文件或网络，不允许；请查询数据表 reports、cells、checks、failures。", en: "“{word}” reads files or the network; not allowed. Query the tables reports, cells, checks and failures." },
  url: { zh: "不允许访问网址（{word}）：控制台只能查询本数据集。", en: "URLs are not allowed ({word}): the console only queries this dataset." },
  unterminated: { zh: "第 {offset} 个字符处的引号或注释没有结束。", en: "The quote or comment at character {offset} is not closed." },
};

export function guardMessage(lang: Lang, code: GuardCode, word: string, offset: number): string {
  return GUARD[code][lang].replace("{word}", word).replace("{offset}", String(offset + 1));
}

export function formatBytes(bytes: number, lang: Lang): string {
  const units = lang === "zh" ? ["字节", "KB", "MB", "GB"] : ["bytes", "KB", "MB", "GB"];
  let value = bytes;
  let i = 0;
  while (value >= 1024 && i < units.length - 1) {
    value /= 1024;
    i++;
  }
  return `${i === 0 ? value : value.toFixed(1)} ${units[i]}`;
}
