// The three standard tables of the contract as plain data: their rows in the forms' order,
// each row's cells, and every label and unit. report.ts builds the zod schema from these,
// so the schema and everything read from here (the cell catalogue, the forms' layout,
// the metric catalogue) cannot disagree; pages read them without loading zod.

export type Unit = "件" | "项" | "万元" | "个";

/** The formats a report file is read from (`meta.source.format`). */
export const SOURCE_FORMATS = ["text", "html", "markdown", "docx", "doc", "rtf", "wordml", "odt", "pdf"] as const;

/**
 * Word (and OpenDocument) files have no lines: their source "line" counts paragraphs and table rows from the top.
 * Every other format's is a line of the file (or, for PDF, a text line as a viewer shows it).
 */
export function linesAreParagraphs(format: string): boolean {
  return format === "docx" || format === "doc" || format === "wordml" || format === "odt";
}

export interface Label {
  zh: string;
  en: string;
}

export interface CellShape extends Label {
  unit: Unit;
}

export type CellShapes = Record<string, CellShape>;

export interface RowShape<C extends CellShapes = CellShapes> extends Label {
  cells: C;
}

export type TableShape = Record<string, RowShape>;

/** A numeric cell: counted in 件 unless it says otherwise. */
function cell(zh: string, en: string, unit: Unit = "件"): CellShape {
  return { zh, en, unit };
}

function row<C extends CellShapes>(cells: C, zh: string, en: string): RowShape<C> {
  return { zh, en, cells };
}

// ---- 二、主动公开政府信息情况 ------------------------------------------------

const DOCUMENTS_2021 = {
  made: cell("本年制发件数", "Issued this year"),
  repealed: cell("本年废止件数", "Repealed this year"),
  inForce: cell("现行有效件数", "In force"),
};
const DECISIONS_2021 = {
  decisions: cell("本年处理决定数量", "Decisions this year"),
};

export const ACTIVE_2021 = {
  regulations: row(DOCUMENTS_2021, "规章", "Regulations"),
  normativeDocuments: row(DOCUMENTS_2021, "规范性文件", "Normative documents"),
  licensing: row(DECISIONS_2021, "行政许可", "Administrative licensing"),
  punishment: row(DECISIONS_2021, "行政处罚", "Administrative punishment"),
  coercion: row(DECISIONS_2021, "行政强制", "Administrative coercion"),
  fees: row({ amount: cell("本年收费金额", "Fees collected this year", "万元") }, "行政事业性收费", "Administrative fees"),
};

const DOCUMENTS_2019 = {
  newMade: cell("本年新制作数量", "Newly made this year"),
  newPublished: cell("本年新公开数量", "Newly published this year"),
  totalPublished: cell("对外公开总数量", "Total published"),
};
const ITEMS_2019 = {
  prevItems: cell("上一年项目数量", "Items last year", "项"),
  change: cell("本年增/减", "Change this year", "项"),
  decisions: cell("处理决定数量", "Decisions this year"),
};

export const ACTIVE_2019 = {
  regulations: row(DOCUMENTS_2019, "规章", "Regulations"),
  normativeDocuments: row(DOCUMENTS_2019, "规范性文件", "Normative documents"),
  licensing: row(ITEMS_2019, "行政许可", "Administrative licensing"),
  otherServices: row(ITEMS_2019, "其他对外管理服务事项", "Other external management services"),
  punishment: row(ITEMS_2019, "行政处罚", "Administrative punishment"),
  coercion: row(ITEMS_2019, "行政强制", "Administrative coercion"),
  fees: row(
    { prevItems: cell("上一年项目数量", "Items last year", "项"), change: cell("本年增/减", "Change this year", "项") },
    "行政事业性收费",
    "Administrative fees",
  ),
  procurement: row(
    { projects: cell("采购项目数量", "Procurement projects", "个"), amount: cell("采购总金额", "Procurement amount", "万元") },
    "政府集中采购",
    "Centralised government procurement",
  ),
};

// ---- 三、收到和处理政府信息公开申请情况 --------------------------------------

export const APPLICANT_CELLS = {
  naturalPerson: cell("自然人", "Natural persons"),
  commercial: cell("商业企业", "Commercial enterprises"),
  research: cell("科研机构", "Research institutions"),
  nonprofit: cell("社会公益组织", "Non-profit organisations"),
  legalServices: cell("法律服务机构", "Legal service institutions"),
  otherOrg: cell("其他", "Other organisations"),
  total: cell("总计", "Total"),
};

const applicationRow = (zh: string, en: string) => row(APPLICANT_CELLS, zh, en);

export const APPLICATIONS = {
  newReceived: applicationRow("一、本年新收政府信息公开申请数量", "New applications received"),
  carriedOver: applicationRow("二、上年结转政府信息公开申请数量", "Carried over from last year"),
  granted: applicationRow("（一）予以公开", "Granted"),
  partiallyGranted: applicationRow("（二）部分公开", "Partially granted"),
  deniedStateSecret: applicationRow("（三）不予公开 1.属于国家秘密", "Denied: state secret"),
  deniedLawProhibited: applicationRow("（三）不予公开 2.其他法律行政法规禁止公开", "Denied: prohibited by other laws"),
  deniedSecurityStability: applicationRow("（三）不予公开 3.危及“三安全一稳定”", "Denied: endangers security or stability"),
  deniedThirdParty: applicationRow("（三）不予公开 4.保护第三方合法权益", "Denied: third-party rights"),
  deniedInternalAffairs: applicationRow("（三）不予公开 5.属于三类内部事务信息", "Denied: internal affairs"),
  deniedProcessInfo: applicationRow("（三）不予公开 6.属于四类过程性信息", "Denied: process information"),
  deniedEnforcementFile: applicationRow("（三）不予公开 7.属于行政执法案卷", "Denied: enforcement file"),
  deniedQueryMatter: applicationRow("（三）不予公开 8.属于行政查询事项", "Denied: administrative query matter"),
  unavailableNotHeld: applicationRow("（四）无法提供 1.本机关不掌握相关政府信息", "Unavailable: not held"),
  unavailableNeedsCreation: applicationRow("（四）无法提供 2.没有现成信息需要另行制作", "Unavailable: would need creating"),
  unavailableUnclear: applicationRow("（四）无法提供 3.补正后申请内容仍不明确", "Unavailable: still unclear after correction"),
  notProcessedPetition: applicationRow("（五）不予处理 1.信访举报投诉类申请", "Not processed: petition or complaint"),
  notProcessedRepeat: applicationRow("（五）不予处理 2.重复申请", "Not processed: repeated application"),
  notProcessedPublication: applicationRow("（五）不予处理 3.要求提供公开出版物", "Not processed: publication requested"),
  notProcessedExcessive: applicationRow("（五）不予处理 4.无正当理由大量反复申请", "Not processed: excessive applications"),
  notProcessedReconfirm: applicationRow("（五）不予处理 5.要求行政机关确认或重新出具已获取信息", "Not processed: reconfirmation requested"),
  otherProcessing: applicationRow("（六）其他处理", "Other processing"),
  otherOverdueCorrection: applicationRow("（六）其他处理 1.申请人无正当理由逾期不补正", "Other: correction overdue"),
  otherOverdueFee: applicationRow("（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用", "Other: fee overdue"),
  otherMisc: applicationRow("（六）其他处理 3.其他", "Other: miscellaneous"),
  totalProcessed: applicationRow("（七）总计", "Total processed"),
  carriedForward: applicationRow("四、结转下年度继续办理", "Carried forward to next year"),
};

// ---- 四、政府信息公开行政复议、行政诉讼情况 ----------------------------------

export const OUTCOME_CELLS = {
  upheld: cell("结果维持", "Upheld"),
  corrected: cell("结果纠正", "Corrected"),
  other: cell("其他结果", "Other outcome"),
  pending: cell("尚未审结", "Pending"),
  total: cell("总计", "Total"),
};

export const REVIEW_LITIGATION = {
  review: row(OUTCOME_CELLS, "行政复议", "Administrative review"),
  litigationDirect: row(OUTCOME_CELLS, "未经复议直接起诉", "Litigation without prior review"),
  litigationAfterReview: row(OUTCOME_CELLS, "复议后起诉", "Litigation after review"),
};
