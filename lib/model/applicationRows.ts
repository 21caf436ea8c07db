// Table 三's rows and columns in groups, in the forms' order (tableShapes.ts), so that
// checks, metrics and the generator share one list of outcome rows.
import { APPLICANT_CELLS, APPLICATIONS } from "./tableShapes";

export type ApplicationRow = keyof typeof APPLICATIONS;
export type ApplicantColumn = keyof typeof APPLICANT_CELLS;

export const APPLICATION_ROWS = Object.keys(APPLICATIONS) as ApplicationRow[];
export const APPLICANT_COLUMNS = Object.keys(APPLICANT_CELLS) as ApplicantColumn[];
/** The six applicant columns whose sum is `total`. */
export const APPLICANT_PARTS = APPLICANT_COLUMNS.filter((c) => c !== "total");

const rowsStartingWith = (prefix: string) => APPLICATION_ROWS.filter((row) => row.startsWith(prefix));

/** （三）不予公开, （四）无法提供, （五）不予处理: the numbered sub-rows of each. */
export const DENIED_ROWS = rowsStartingWith("denied");
export const UNAVAILABLE_ROWS = rowsStartingWith("unavailable");
export const NOT_PROCESSED_ROWS = rowsStartingWith("notProcessed");
/** （六）其他处理 printed as one row (older reports) … */
export const OTHER_SINGLE_ROWS: ApplicationRow[] = ["otherProcessing"];
/** … or as three sub-rows (newer reports). */
export const OTHER_SPLIT_ROWS = rowsStartingWith("other").filter((row) => row !== "otherProcessing");

/** The outcome rows before （六）; with either （六） layout they add up to `totalProcessed`. */
export const OUTCOME_ROWS_BEFORE_OTHER: ApplicationRow[] = [
  "granted",
  "partiallyGranted",
  ...DENIED_ROWS,
  ...UNAVAILABLE_ROWS,
  ...NOT_PROCESSED_ROWS,
];
