// The data contract (../shared/spec/report-model.md) as a zod schema: the single
// source of the report's types, of the cell catalogue (cells.ts), of the Parquet
// columns and of the data dictionary. Labels and units live in `.meta()` so that
// everything downstream reads them from here.
import { z } from "zod";

export const SCHEMA_VERSION = 1;

export type Unit = "件" | "项" | "万元" | "个";

export interface CellMeta {
  zh: string;
  en: string;
  unit?: Unit;
}

/** A numeric cell: `null` is a blank (or unreadable) cell, never a zero. */
function cell(zh: string, en: string, unit: Unit = "件") {
  return z.number().nullable().meta({ zh, en, unit } satisfies CellMeta);
}

/** A row or table: present only where the report prints it. */
function part<T extends z.ZodType>(schema: T, zh: string, en: string) {
  return schema.optional().meta({ zh, en } satisfies CellMeta);
}

// ---- 二、主动公开政府信息情况 ------------------------------------------------

const documents2021 = z.strictObject({
  made: cell("本年制发件数", "Issued this year"),
  repealed: cell("本年废止件数", "Repealed this year"),
  inForce: cell("现行有效件数", "In force"),
});
const decisions2021 = z.strictObject({
  decisions: cell("本年处理决定数量", "Decisions this year"),
});

export const Active2021 = z.strictObject({
  regulations: part(documents2021, "规章", "Regulations"),
  normativeDocuments: part(documents2021, "规范性文件", "Normative documents"),
  licensing: part(decisions2021, "行政许可", "Administrative licensing"),
  punishment: part(decisions2021, "行政处罚", "Administrative punishment"),
  coercion: part(decisions2021, "行政强制", "Administrative coercion"),
  fees: part(
    z.strictObject({ amount: cell("本年收费金额", "Fees collected this year", "万元") }),
    "行政事业性收费",
    "Administrative fees",
  ),
});

const documents2019 = z.strictObject({
  newMade: cell("本年新制作数量", "Newly made this year"),
  newPublished: cell("本年新公开数量", "Newly published this year"),
  totalPublished: cell("对外公开总数量", "Total published"),
});
const items2019 = z.strictObject({
  prevItems: cell("上一年项目数量", "Items last year", "项"),
  change: cell("本年增/减", "Change this year", "项"),
  decisions: cell("处理决定数量", "Decisions this year"),
});

export const Active2019 = z.strictObject({
  regulations: part(documents2019, "规章", "Regulations"),
  normativeDocuments: part(documents2019, "规范性文件", "Normative documents"),
  licensing: part(items2019, "行政许可", "Administrative licensing"),
  otherServices: part(items2019, "其他对外管理服务事项", "Other external management services"),
  punishment: part(items2019, "行政处罚", "Administrative punishment"),
  coercion: part(items2019, "行政强制", "Administrative coercion"),
  fees: part(
    z.strictObject({
      prevItems: cell("上一年项目数量", "Items last year", "项"),
      change: cell("本年增/减", "Change this year", "项"),
    }),
    "行政事业性收费",
    "Administrative fees",
  ),
  procurement: part(
    z.strictObject({
      projects: cell("采购项目数量", "Procurement projects", "个"),
      amount: cell("采购总金额", "Procurement amount", "万元"),
    }),
    "政府集中采购",
    "Centralised government procurement",
  ),
});

// ---- 三、收到和处理政府信息公开申请情况 --------------------------------------

export const ApplicantColumns = z.strictObject({
  naturalPerson: cell("自然人", "Natural persons"),
  commercial: cell("商业企业", "Commercial enterprises"),
  research: cell("科研机构", "Research institutions"),
  nonprofit: cell("社会公益组织", "Non-profit organisations"),
  legalServices: cell("法律服务机构", "Legal service institutions"),
  otherOrg: cell("其他", "Other organisations"),
  total: cell("总计", "Total"),
});

const row = (zh: string, en: string) => part(ApplicantColumns, zh, en);

export const Applications = z.strictObject({
  newReceived: row("一、本年新收政府信息公开申请数量", "New applications received"),
  carriedOver: row("二、上年结转政府信息公开申请数量", "Carried over from last year"),
  granted: row("（一）予以公开", "Granted"),
  partiallyGranted: row("（二）部分公开", "Partially granted"),
  deniedStateSecret: row("（三）不予公开 1.属于国家秘密", "Denied: state secret"),
  deniedLawProhibited: row("（三）不予公开 2.其他法律行政法规禁止公开", "Denied: prohibited by other laws"),
  deniedSecurityStability: row("（三）不予公开 3.危及“三安全一稳定”", "Denied: endangers security or stability"),
  deniedThirdParty: row("（三）不予公开 4.保护第三方合法权益", "Denied: third-party rights"),
  deniedInternalAffairs: row("（三）不予公开 5.属于三类内部事务信息", "Denied: internal affairs"),
  deniedProcessInfo: row("（三）不予公开 6.属于四类过程性信息", "Denied: process information"),
  deniedEnforcementFile: row("（三）不予公开 7.属于行政执法案卷", "Denied: enforcement file"),
  deniedQueryMatter: row("（三）不予公开 8.属于行政查询事项", "Denied: administrative query matter"),
  unavailableNotHeld: row("（四）无法提供 1.本机关不掌握相关政府信息", "Unavailable: not held"),
  unavailableNeedsCreation: row("（四）无法提供 2.没有现成信息需要另行制作", "Unavailable: would need creating"),
  unavailableUnclear: row("（四）无法提供 3.补正后申请内容仍不明确", "Unavailable: still unclear after correction"),
  notProcessedPetition: row("（五）不予处理 1.信访举报投诉类申请", "Not processed: petition or complaint"),
  notProcessedRepeat: row("（五）不予处理 2.重复申请", "Not processed: repeated application"),
  notProcessedPublication: row("（五）不予处理 3.要求提供公开出版物", "Not processed: publication requested"),
  notProcessedExcessive: row("（五）不予处理 4.无正当理由大量反复申请", "Not processed: excessive applications"),
  notProcessedReconfirm: row("（五）不予处理 5.要求行政机关确认或重新出具已获取信息", "Not processed: reconfirmation requested"),
  otherProcessing: row("（六）其他处理", "Other processing"),
  otherOverdueCorrection: row("（六）其他处理 1.申请人无正当理由逾期不补正", "Other: correction overdue"),
  otherOverdueFee: row("（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用", "Other: fee overdue"),
  otherMisc: row("（六）其他处理 3.其他", "Other: miscellaneous"),
  totalProcessed: row("（七）总计", "Total processed"),
  carriedForward: row("四、结转下年度继续办理", "Carried forward to next year"),
});

// ---- 四、政府信息公开行政复议、行政诉讼情况 ----------------------------------

export const OutcomeColumns = z.strictObject({
  upheld: cell("结果维持", "Upheld"),
  corrected: cell("结果纠正", "Corrected"),
  other: cell("其他结果", "Other outcome"),
  pending: cell("尚未审结", "Pending"),
  total: cell("总计", "Total"),
});

export const ReviewLitigation = z.strictObject({
  review: part(OutcomeColumns, "行政复议", "Administrative review"),
  litigationDirect: part(OutcomeColumns, "未经复议直接起诉", "Litigation without prior review"),
  litigationAfterReview: part(OutcomeColumns, "复议后起诉", "Litigation after review"),
});

// ---- Findings, diagnostics, metadata ----------------------------------------

export const RuleId = z.enum([
  "balance",
  "row-total",
  "outcome-sum",
  "group-total",
  "carry-chain",
  "in-force-chain",
  "narrative-mismatch",
  "narrative-year",
  "duplicate-report",
]);
export type RuleId = z.infer<typeof RuleId>;

export const TableId = z.enum(["active", "applications", "reviewLitigation"]);
export type TableId = z.infer<typeof TableId>;

export const CheckFinding = z.object({
  rule: RuleId,
  severity: z.enum(["error", "warning", "unchecked"]),
  table: TableId,
  row: z.string(),
  column: z.string(),
  expected: z.number().nullable(),
  actual: z.number().nullable(),
  message: z.string(),
  /** Extension: every cell the rule read, as cell ids (`applications.granted.total`). */
  cells: z.array(z.string()),
  /** Extension: source lines of those cells, where known. */
  lines: z.array(z.number().int()),
  /** Extension: for cross-report rules, the other report's source file. */
  relatedFile: z.string().optional(),
});
export type CheckFinding = z.infer<typeof CheckFinding>;

export const Diagnostic = z.object({
  code: z.string(),
  severity: z.enum(["error", "warning", "info"]),
  message: z.string(),
  line: z.number().int().nullable(),
  table: TableId.optional(),
  row: z.string().optional(),
  column: z.string().optional(),
});
export type Diagnostic = z.infer<typeof Diagnostic>;

export const SourceFormat = z.enum(["text", "html", "markdown", "docx", "pdf"]);
export type SourceFormat = z.infer<typeof SourceFormat>;

export const Template = z.enum(["2019", "2021"]);
export type Template = z.infer<typeof Template>;

export const Region = z.object({
  province: z.string().nullable(),
  city: z.string().nullable(),
  county: z.string().nullable(),
  code: z.string().nullable(),
});
export type Region = z.infer<typeof Region>;

export const ReportMeta = z.object({
  agency: z.string().nullable(),
  agencySource: z.enum(["title", "text", "inferred", "manifest"]).nullable(),
  year: z.number().int().nullable(),
  template: Template.nullable(),
  region: Region,
  source: z.object({ file: z.string(), format: SourceFormat, sha256: z.string() }),
  /** Extension: true for generated reports, which never mix silently with real ones. */
  synthetic: z.boolean(),
});
export type ReportMeta = z.infer<typeof ReportMeta>;

/** Extension: where each numeric cell came from, keyed by cell id. */
export const CellSource = z.object({ raw: z.string(), line: z.number().int().nullable() });
export type CellSource = z.infer<typeof CellSource>;

export const ParsedReport = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  meta: ReportMeta,
  active: z.union([Active2021, Active2019]).optional(),
  applications: Applications.optional(),
  reviewLitigation: ReviewLitigation.optional(),
  provenance: z.record(z.string(), CellSource),
  diagnostics: z.array(Diagnostic),
  checks: z.array(CheckFinding),
});
export type ParsedReport = z.infer<typeof ParsedReport>;

const ReportExceptProvenance = ParsedReport.omit({ provenance: true });
const CellSources = z.array(ParsedReport.shape.provenance.valueType);

/**
 * `ParsedReport.safeParse(report).success`, cheaper: zod checks a record by listing,
 * sorting and copying its keys, and `provenance` has 200-odd (the whole check took
 * about 63 µs per report, this one 39). Here it must be a plain object and its
 * values are checked as one array; its keys are strings, as every key of an object
 * is unless someone gives it a symbol key (the parser does not).
 */
export function isValidReport(report: ParsedReport): boolean {
  const provenance: unknown = report.provenance;
  if (typeof provenance !== "object" || provenance === null) return false;
  const prototype: unknown = Object.getPrototypeOf(provenance);
  if (prototype !== Object.prototype && prototype !== null) return false;
  const sources: unknown[] = [];
  for (const id in report.provenance) sources.push(report.provenance[id]);
  return ReportExceptProvenance.safeParse(report).success && CellSources.safeParse(sources).success;
}
export type Active2021 = z.infer<typeof Active2021>;
export type Active2019 = z.infer<typeof Active2019>;
export type Applications = z.infer<typeof Applications>;
export type ApplicantColumns = z.infer<typeof ApplicantColumns>;
export type ReviewLitigation = z.infer<typeof ReviewLitigation>;
export type OutcomeColumns = z.infer<typeof OutcomeColumns>;

export const ParseFailure = z.object({
  file: z.string(),
  error: z.object({ code: z.string(), message: z.string() }),
});
export type ParseFailure = z.infer<typeof ParseFailure>;
