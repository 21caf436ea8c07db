// THE metric catalogue: one definition per metric. Every cell of the contract is a
// metric (generated from CELLS); derived indicators have fixed formulas below.
// `sql` is an expression over the columns of the `reports` table, built only from
// catalogue column names, so no user text ever becomes SQL.
import { DENIED_ROWS, NOT_PROCESSED_ROWS, UNAVAILABLE_ROWS } from "../model/applicationRows";
import { CELLS, TABLE_LABELS, type CellDef } from "../model/cells";
import type { Template } from "../model/report";
import { sqlIdentifier } from "./sqlLiteral";

export type MetricUnit = CellDef["unit"] | "%" | "倍";
export type MetricKind = "cell" | "derived";

export interface MetricDef {
  /** URL id: the Parquet column name for a cell, a kebab-case name for a derived metric. */
  id: string;
  kind: MetricKind;
  label: { zh: string; en: string };
  unit: MetricUnit;
  /** The formula in words. */
  description: { zh: string; en: string };
  /** SQL expression over the `reports` columns. */
  sql: string;
  templates: Template[];
  /** False where the same label means different things in the two templates (or exists in one only). */
  comparableAcrossTemplates: boolean;
  /** Group for menus: the table of the contract. */
  group: "active" | "applications" | "reviewLitigation";
}

const BOTH: Template[] = ["2019", "2021"];
const col = (cellId: string) => {
  const cell = CELLS.find((c) => c.id === cellId);
  if (!cell) throw new Error(`metric catalogue: unknown cell ${cellId}`);
  return sqlIdentifier(cell.column);
};
const app = (row: string, field = "total") => col(`applications.${row}.${field}`);
const rl = (group: string, field: string) => col(`reviewLitigation.${group}.${field}`);
/** Sum that stays NULL when any part is blank: a blank is not a zero. */
const sum = (parts: string[]) => `(${parts.join(" + ")})`;
/** Division as DOUBLE; division by zero is NULL. */
const ratio = (num: string, den: string) => `CAST(${num} AS DOUBLE) / NULLIF(${den}, 0)`;

const FEES_NOTE = {
  zh: "行政事业性收费：2019 模板填项目数（项），2021 模板填收费金额（万元），两者不可比，不跨模板合并。",
  en: "Administrative fees: the 2019 template counts items, the 2021 template reports an amount in 10,000 yuan; the two are not comparable and never joined.",
};

function cellMetric(cell: CellDef): MetricDef {
  const isFees = cell.table === "active" && cell.row === "fees";
  const sameMeaning = cell.templates.length === 2;
  const where = { zh: TABLE_LABELS[cell.table].zh, en: TABLE_LABELS[cell.table].en };
  const description = {
    zh: `报告${where.zh}中「${cell.rowLabel.zh}」行「${cell.label.zh}」栏的印刷值（单位：${cell.unit}）；空白为空值，不按 0 计。适用模板：${cell.templates.join("、")}。`,
    en: `The printed value of "${cell.label.en}" in row "${cell.rowLabel.en}" of table ${where.en} (unit: ${cell.unit}); a blank stays empty, never 0. Templates: ${cell.templates.join(", ")}.`,
  };
  if (isFees) {
    description.zh += FEES_NOTE.zh;
    description.en += ` ${FEES_NOTE.en}`;
  }
  const label = { zh: `${cell.rowLabel.zh}·${cell.label.zh}`, en: `${cell.rowLabel.en} · ${cell.label.en}` };
  return {
    id: cell.column,
    kind: "cell",
    label,
    unit: cell.unit,
    description,
    sql: sqlIdentifier(cell.column),
    templates: [...cell.templates],
    comparableAcrossTemplates: sameMeaning,
    group: cell.table,
  };
}

const LITIGATION = ["litigationDirect", "litigationAfterReview"];
const decided = (group: string) => [rl(group, "upheld"), rl(group, "corrected"), rl(group, "other")];

const BLANK_RULE = { zh: "任一项空白或分母为 0 时为空值。", en: "Empty when any part is blank or the denominator is 0." };

function derived(
  id: string,
  label: { zh: string; en: string },
  unit: MetricUnit,
  formula: { zh: string; en: string },
  sql: string,
  group: MetricDef["group"],
): MetricDef {
  return {
    id,
    kind: "derived",
    label,
    unit,
    description: { zh: `${formula.zh}。${BLANK_RULE.zh}`, en: `${formula.en}. ${BLANK_RULE.en}` },
    sql,
    templates: [...BOTH],
    comparableAcrossTemplates: true,
    group,
  };
}

const DERIVED: MetricDef[] = [
  derived(
    "natural-person-share",
    { zh: "自然人申请占比", en: "Share of applications from natural persons" },
    "%",
    { zh: "本年新收申请中自然人申请数 ÷ 本年新收申请总数", en: "New applications from natural persons ÷ all new applications" },
    ratio(app("newReceived", "naturalPerson"), app("newReceived")),
    "applications",
  ),
  derived(
    "grant-rate",
    { zh: "予以公开率", en: "Grant rate" },
    "%",
    { zh: "予以公开（总计）÷ 办理总计", en: "Granted (total) ÷ total processed" },
    ratio(app("granted"), app("totalProcessed")),
    "applications",
  ),
  derived(
    "substantive-grant-rate",
    { zh: "实质公开率", en: "Substantive grant rate" },
    "%",
    { zh: "（予以公开 + 部分公开）÷ 办理总计", en: "(Granted + partially granted) ÷ total processed" },
    ratio(sum([app("granted"), app("partiallyGranted")]), app("totalProcessed")),
    "applications",
  ),
  derived(
    "denial-rate",
    { zh: "不予公开率", en: "Denial rate" },
    "%",
    { zh: "不予公开 8 项之和 ÷ 办理总计", en: "Sum of the 8 denial rows ÷ total processed" },
    ratio(sum(DENIED_ROWS.map((r) => app(r))), app("totalProcessed")),
    "applications",
  ),
  derived(
    "unavailable-rate",
    { zh: "无法提供率", en: "Unavailable rate" },
    "%",
    { zh: "无法提供 3 项之和 ÷ 办理总计", en: "Sum of the 3 'unavailable' rows ÷ total processed" },
    ratio(sum(UNAVAILABLE_ROWS.map((r) => app(r))), app("totalProcessed")),
    "applications",
  ),
  derived(
    "not-processed-rate",
    { zh: "不予处理率", en: "Not-processed rate" },
    "%",
    { zh: "不予处理 5 项之和 ÷ 办理总计", en: "Sum of the 5 'not processed' rows ÷ total processed" },
    ratio(sum(NOT_PROCESSED_ROWS.map((r) => app(r))), app("totalProcessed")),
    "applications",
  ),
  derived(
    "carry-forward-rate",
    { zh: "结转率", en: "Carry-forward rate" },
    "%",
    {
      zh: "结转下年度继续办理 ÷（本年新收 + 上年结转）",
      en: "Carried forward to next year ÷ (new applications + carried over from last year)",
    },
    ratio(app("carriedForward"), sum([app("newReceived"), app("carriedOver")])),
    "applications",
  ),
  derived(
    "review-correction-rate",
    { zh: "复议纠错率", en: "Review correction rate" },
    "%",
    {
      zh: "行政复议结果纠正 ÷（结果维持 + 结果纠正 + 其他结果），尚未审结不计入",
      en: "Reviews corrected ÷ (upheld + corrected + other outcome); pending cases excluded",
    },
    ratio(rl("review", "corrected"), sum(decided("review"))),
    "reviewLitigation",
  ),
  derived(
    "litigation-correction-rate",
    { zh: "诉讼纠错率", en: "Litigation correction rate" },
    "%",
    {
      zh: "两类行政诉讼（未经复议直接起诉、复议后起诉）结果纠正之和 ÷ 两类已审结（维持 + 纠正 + 其他）之和，尚未审结不计入",
      en: "Corrected in both litigation groups (direct and after review) ÷ their upheld + corrected + other; pending excluded",
    },
    ratio(sum(LITIGATION.map((g) => rl(g, "corrected"))), sum(LITIGATION.flatMap(decided))),
    "reviewLitigation",
  ),
  derived(
    "dispute-rate",
    { zh: "争议率", en: "Dispute rate" },
    "%",
    {
      zh: "（行政复议总计 + 未经复议直接起诉总计 + 复议后起诉总计）÷ 本年新收申请总数",
      en: "(Reviews + direct litigation + litigation after review, totals) ÷ new applications",
    },
    ratio(sum([rl("review", "total"), rl("litigationDirect", "total"), rl("litigationAfterReview", "total")]), app("newReceived")),
    "reviewLitigation",
  ),
  derived(
    "licensing-punishment-ratio",
    { zh: "许可处罚比", en: "Licensing-to-punishment ratio" },
    "倍",
    { zh: "行政许可处理决定数量 ÷ 行政处罚处理决定数量", en: "Licensing decisions ÷ punishment decisions" },
    ratio(col("active.licensing.decisions"), col("active.punishment.decisions")),
    "active",
  ),
];

export const METRICS: readonly MetricDef[] = [...DERIVED, ...CELLS.map(cellMetric)];
export const METRICS_BY_ID: ReadonlyMap<string, MetricDef> = new Map(METRICS.map((m) => [m.id, m]));
export const DEFAULT_METRIC_ID = "active_punishment_decisions";

/** The catalogue entry for a URL value, or `undefined` for anything else. */
export function metricById(id: string | null | undefined): MetricDef | undefined {
  return id ? METRICS_BY_ID.get(id) : undefined;
}
