// The row and column keys of table 三 in print order, shared by the generator,
// the renderers and the error injector.
import { OTHER_SINGLE_ROWS, OTHER_SPLIT_ROWS, OUTCOME_ROWS_BEFORE_OTHER, type ApplicantColumns, type Applications, type OutcomeColumns, type ReviewLitigation } from "../model";

export type ApplicationRow = keyof Applications;
export type ApplicantColumn = keyof ApplicantColumns;
export type OutcomeColumn = keyof OutcomeColumns;
export type ReviewGroup = keyof ReviewLitigation;

export { APPLICANT_COLUMNS, APPLICANT_PARTS, OUTCOME_ROWS_BEFORE_OTHER } from "../model";

export type OtherLayout = "single" | "split";

export const OTHER_ROWS: Record<OtherLayout, readonly ApplicationRow[]> = { single: OTHER_SINGLE_ROWS, split: OTHER_SPLIT_ROWS };

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
