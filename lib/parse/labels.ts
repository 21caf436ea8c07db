// Row labels of the three tables, matched on normalised text (normalize.ts) by
// their most distinctive words, most specific first. Real reports number and word
// rows differently ("1.属于国家秘密", "（三）不予公开 1. 属于国家秘密", "属于国家秘密"),
// so exact labels are used only where the words alone are ambiguous (其他, 总计).
import type { ApplicantColumns, OutcomeColumns } from "../model";

export type ActiveRow =
  | "regulations" | "normativeDocuments" | "licensing" | "otherServices"
  | "punishment" | "coercion" | "fees" | "procurement";

export type ApplicationsRow = keyof import("../model").Applications;

export type ReviewGroup = "review" | "litigationDirect" | "litigationAfterReview" | "litigation";

type Rule<K> = readonly [K, RegExp];

// Optional numbering in front of a short label: "(七)", "七、", "3.", "3、", "③".
const NUMBERING = "(?:\\([一二三四五六七八九十\\d]+\\)|[一二三四五六七八九十]+、|\\d+[.、]|[\\u2460-\\u2473])*";

const ACTIVE_RULES: readonly Rule<ActiveRow>[] = [
  ["otherServices", /对外管理服务/],
  ["normativeDocuments", /规范性文件/],
  ["regulations", /规章/],
  ["licensing", /行政许可/],
  ["punishment", /行政处罚/],
  ["coercion", /行政强制/],
  ["fees", /事业性收费/],
  ["procurement", /集中采购|政府采购/],
];

const APPLICATIONS_RULES: readonly Rule<ApplicationsRow>[] = [
  ["otherOverdueCorrection", /逾期不补正/],
  ["otherOverdueFee", /逾期未按收费|缴纳费用/],
  ["deniedStateSecret", /国家秘密/],
  ["deniedLawProhibited", /法律行政法规禁止|禁止公开/],
  ["deniedSecurityStability", /三安全一稳定|危及/],
  ["deniedThirdParty", /第三方合法权益|保护第三方/],
  ["deniedInternalAffairs", /内部事务/],
  ["deniedProcessInfo", /过程性信息|四类过程/],
  ["deniedEnforcementFile", /执法案卷|执法卷宗/],
  ["deniedQueryMatter", /行政查询事项/],
  ["unavailableNotHeld", /不掌握/],
  ["unavailableNeedsCreation", /没有现成信息|另行制作/],
  ["unavailableUnclear", /补正后|仍不明确/],
  ["notProcessedPetition", /信访|举报投诉/],
  ["notProcessedRepeat", /重复申请/],
  ["notProcessedPublication", /出版物/],
  ["notProcessedExcessive", /大量反复/],
  ["notProcessedReconfirm", /重新出具|确认或重新/],
  ["newReceived", /本年度?新收/],
  ["carriedOver", /上一?年度?结转/],
  ["carriedForward", /结转下一?年/],
  ["partiallyGranted", /部分公开/],
  ["granted", /予以公开/],
  ["totalProcessed", new RegExp(`^${NUMBERING}(?:总计|合计)$`)],
  ["otherProcessing", new RegExp(`^${NUMBERING}其他处理$`)],
  // A sub-row of （六）, numbered 1–3 (not （八）其他, a row some reports add after the total).
  ["otherMisc", /^(?:[123一二三][.、]|\([123一二三]\)|[\u2460-\u2462])?其他$/],
];

const REVIEW_RULES: readonly Rule<ReviewGroup>[] = [
  // Exact: header rows name every group in one breath and must not match.
  // Also `行政诉讼（复议后起诉）`.
  ["litigationAfterReview", /^(?:行政诉讼)?\(?(?:经)?复议后起诉\)?$/],
  ["litigationDirect", /^(?:行政诉讼)?\(?未经复议直接起诉\)?$/],
  ["review", /^行政复议(?:情况|案件)?$/],
  ["litigation", /^行政诉讼(?:情况|案件)?$/],
];

// Labels repeat from report to report, so a match is remembered (bounded).
const MEMO_LIMIT = 20_000;

/**
 * A note under or above a table (`注：…`, `说明：行政许可…`) names no row, whatever words it holds,
 * also when a heading above is joined in front of it.
 */
const NOTE = /(?:注|说明)\d*:/;
/** The English of a bilingual label (`（七）总计 Total`), after its Chinese. */
const TRAILING_ENGLISH = /(?<=[\u4e00-\u9fff)])[A-Za-z][A-Za-z .,'/&-]*$/;

function matcher<K>(rules: readonly Rule<K>[]) {
  const memo = new Map<string, K | null>();
  return (label: string): K | null => {
    if (label === "") return null;
    const known = memo.get(label);
    if (known !== undefined) return known;
    let found: K | null = null;
    const chinese = NOTE.test(label) ? "" : label.replace(TRAILING_ENGLISH, "");
    for (const [key, re] of rules) {
      if (chinese !== "" && re.test(chinese)) {
        found = key;
        break;
      }
    }
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(label, found);
    return found;
  };
}

const matchActiveLabel = matcher(ACTIVE_RULES);
/** A header row ("信息内容 | 本年制发件数 …") names no row, whatever words it holds. */
export const matchActiveRow = (label: string): ActiveRow | null => (label.startsWith("信息内容") ? null : matchActiveLabel(label));
export const matchApplicationsRow = matcher(APPLICATIONS_RULES);
export const matchReviewGroup = matcher(REVIEW_RULES);

/** The outcome group (（三）…（六）) a table-三 row belongs to, for the bare "3.其他" row. */
export type OutcomeGroup = "三" | "四" | "五" | "六" | null;

const GROUP_OF_ROW: Partial<Record<ApplicationsRow, OutcomeGroup>> = {
  deniedStateSecret: "三", deniedLawProhibited: "三", deniedSecurityStability: "三", deniedThirdParty: "三",
  deniedInternalAffairs: "三", deniedProcessInfo: "三", deniedEnforcementFile: "三", deniedQueryMatter: "三",
  unavailableNotHeld: "四", unavailableNeedsCreation: "四", unavailableUnclear: "四",
  notProcessedPetition: "五", notProcessedRepeat: "五", notProcessedPublication: "五", notProcessedExcessive: "五",
  notProcessedReconfirm: "五",
  otherProcessing: "六", otherOverdueCorrection: "六", otherOverdueFee: "六", otherMisc: "六",
};

export function groupOfRow(row: ApplicationsRow): OutcomeGroup {
  return GROUP_OF_ROW[row] ?? null;
}

/** The group a heading text opens ("（三）不予公开", "(六)其他处理"), if any. */
export function groupOfHeading(label: string): OutcomeGroup {
  if (label.includes("不予公开")) return "三";
  if (label.includes("无法提供")) return "四";
  if (label.includes("不予处理")) return "五";
  if (label.includes("其他处理")) return "六";
  return null;
}

export const APPLICANT_FIELDS: readonly (keyof ApplicantColumns)[] = [
  "naturalPerson", "commercial", "research", "nonprofit", "legalServices", "otherOrg", "total",
];

export const OUTCOME_FIELDS: readonly (keyof OutcomeColumns)[] = ["upheld", "corrected", "other", "pending", "total"];
