// Words of the agency page's report forms (zh default, en): only that page loads them.
// The tables' own titles are the contract's (TABLE_LABELS).
import { messages } from "./i18n";

const zh = {
  formsTitle: "报告表格（{year} 年）",
  chooseYear: "报告年度",
  formsNote: "按官方表式排列。点击或指向数值可查看来源文件与行号；红框为核查发现所在单元格；小字为与上年（{prev}）相比的变化。",
  formsNoPrevious: "按官方表式排列。点击或指向数值可查看来源文件与行号；红框为核查发现所在单元格。该机构没有 {prev} 年的报告，无法与上年比较。",
  infoContent: "信息内容",
  notPrinted: "未印",
  cellDetail: "单元格详情",
  cellDetailHint: "选择一个数值查看其来源。",
  source: "来源",
  line: "第 {line} 行",
  paragraph: "第 {line} 段（段落与表格行自上而下计数）",
  noLine: "行号未知",
  printed: "原文",
  reportFindings: "本报告的核查发现",
  noFindings: "本报告没有核查发现。",
  showCell: "定位单元格",
  templateLabel: "{template} 版模板",
  reportDiagnostics: "解析诊断",
  diagnosticsNote: "解析器读取源文件时报告的问题：无法对齐的行、不是数字的单元格、未知的行等。这些数值记为空，从不猜测；说明为英文，引号内为原文。",
  noDiagnostics: "解析器没有报告问题。",
} as const;

export type FormMessageKey = keyof typeof zh;

const en: Record<FormMessageKey, string> = {
  formsTitle: "Report tables ({year})",
  chooseYear: "Report year",
  formsNote: "Laid out like the official forms. Click or point at a value for its source file and line; a red frame marks a cell with a finding; the small figure is the change against the previous year ({prev}).",
  formsNoPrevious: "Laid out like the official forms. Click or point at a value for its source file and line; a red frame marks a cell with a finding. The agency has no report for {prev}, so there is no comparison with the previous year.",
  infoContent: "Item",
  notPrinted: "not printed",
  cellDetail: "Cell details",
  cellDetailHint: "Choose a value to see where it came from.",
  source: "Source",
  line: "line {line}",
  paragraph: "paragraph {line} (paragraphs and table rows counted from the top)",
  noLine: "line unknown",
  printed: "Printed",
  reportFindings: "Findings in this report",
  noFindings: "No findings in this report.",
  showCell: "Show cell",
  templateLabel: "{template} template",
  reportDiagnostics: "Parser diagnostics",
  diagnosticsNote: "What the parser reported while reading the source file: rows it could not align, cells that are not numbers, unknown rows. Such values are left blank, never guessed; the printed text is quoted.",
  noDiagnostics: "The parser reported nothing for this report.",
};

export const ft = messages<FormMessageKey>(zh, en);
