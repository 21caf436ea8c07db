// The row and column keys of table 三 in print order, shared by the generator,
// the renderers and the error injector.
import type { ApplicantColumns, Applications, OutcomeColumns, ReviewLitigation } from "../model";

export type ApplicationRow = keyof Applications;
export type ApplicantColumn = keyof ApplicantColumns;
export type OutcomeColumn = keyof OutcomeColumns;
export type ReviewGroup = keyof ReviewLitigation;

/** The six applicant columns that add up to `total`. */
export const APPLICANT_PARTS = [
  "naturalPerson",
  "commercial",
  "research",
  "nonprofit",
  "legalServices",
  "otherOrg",
] as const satisfies readonly ApplicantColumn[];
export const APPLICANT_COLUMNS = [...APPLICANT_PARTS, "total"] as const satisfies readonly ApplicantColumn[];

/** Outcome rows before （六）, which add up (with （六）) to `totalProcessed`. */
export const OUTCOME_ROWS_BEFORE_OTHER = [
  "granted",
  "partiallyGranted",
  "deniedStateSecret",
  "deniedLawProhibited",
  "deniedSecurityStability",
  "deniedThirdParty",
  "deniedInternalAffairs",
  "deniedProcessInfo",
  "deniedEnforcementFile",
  "deniedQueryMatter",
  "unavailableNotHeld",
  "unavailableNeedsCreation",
  "unavailableUnclear",
  "notProcessedPetition",
  "notProcessedRepeat",
  "notProcessedPublication",
  "notProcessedExcessive",
  "notProcessedReconfirm",
] as const satisfies readonly ApplicationRow[];

export type OtherLayout = "single" | "split";

export const OTHER_ROWS: Record<OtherLayout, readonly ApplicationRow[]> = {
  single: ["otherProcessing"],
  split: ["otherOverdueCorrection", "otherOverdueFee", "otherMisc"],
};

export function outcomeRows(layout: OtherLayout): ApplicationRow[] {
  return [...OUTCOME_ROWS_BEFORE_OTHER, ...OTHER_ROWS[layout]];
}

/** All printed rows of table 三 in order. */
export function applicationRows(layout: OtherLayout): ApplicationRow[] {
  return ["newReceived", "carriedOver", ...outcomeRows(layout), "totalProcessed", "carriedForward"];
}

export const OUTCOME_PARTS = ["upheld", "corrected", "other", "pending"] as const satisfies readonly OutcomeColumn[];
export const OUTCOME_COLUMNS = [...OUTCOME_PARTS, "total"] as const satisfies readonly OutcomeColumn[];
export const REVIEW_GROUPS = ["review", "litigationDirect", "litigationAfterReview"] as const satisfies readonly ReviewGroup[];

/** Which （六） layout a report uses, read from the rows it has. */
export function otherLayoutOf(applications: Applications): OtherLayout {
  return applications.otherProcessing ? "single" : "split";
}
