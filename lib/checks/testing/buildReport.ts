// Builds a ParsedReport by hand for the checks' tests: rows as arrays in the
// contract's column order, and the source line of each row's first cell.
import { SCHEMA_VERSION, type ParsedReport, type ReportMeta } from "../../model";
import { APPLICANT_COLUMNS, OUTCOME_PARTS } from "../cells";

export type Values = readonly (number | null)[];

/** Where a row's cells are in the source: first cell's line, and lines between cells (0: one line). */
export interface RowLines {
  line: number;
  stride: number;
}

export interface BuildOptions {
  file?: string;
  meta?: Partial<Omit<ReportMeta, "source">>;
  sha256?: string;
  active?: ParsedReport["active"];
  /** Table 三 rows in column order 自然人…其他, 总计; omit the option to leave the table out. */
  applications?: Record<string, Values>;
  /** Table 四 groups in column order 维持, 纠正, 其他, 尚未审结, 总计. */
  reviewLitigation?: Record<string, Values>;
  lines?: Record<string, RowLines>;
}

const REVIEW_COLUMNS = [...OUTCOME_PARTS, "total"] as const;

export function buildReport(options: BuildOptions): ParsedReport {
  const file = options.file ?? "test.txt";
  const provenance: ParsedReport["provenance"] = {};
  const table = (id: "applications" | "reviewLitigation", rows: Record<string, Values>, columns: readonly string[]) => {
    const out: Record<string, Record<string, number | null>> = {};
    for (const [row, values] of Object.entries(rows)) {
      if (values.length !== columns.length) throw new Error(`buildReport: ${id}.${row} needs ${columns.length} values`);
      out[row] = Object.fromEntries(columns.map((c, i) => [c, values[i] ?? null]));
      const at = options.lines?.[row];
      if (!at) continue;
      columns.forEach((c, i) => {
        const value = values[i];
        if (value !== null && value !== undefined) provenance[`${id}.${row}.${c}`] = { raw: String(value), line: at.line + i * at.stride };
      });
    }
    return out;
  };
  return {
    schemaVersion: SCHEMA_VERSION,
    meta: {
      agency: "测试局",
      agencySource: "text",
      year: 2021,
      template: "2021",
      region: { province: null, city: null, county: null, code: null },
      synthetic: false,
      ...options.meta,
      source: { file, format: "text", sha256: options.sha256 ?? file },
    },
    active: options.active,
    applications: options.applications && (table("applications", options.applications, APPLICANT_COLUMNS) as ParsedReport["applications"]),
    reviewLitigation:
      options.reviewLitigation && (table("reviewLitigation", options.reviewLitigation, REVIEW_COLUMNS) as ParsedReport["reviewLitigation"]),
    provenance,
    diagnostics: [],
    checks: [],
  };
}

export const ZERO_7: Values = [0, 0, 0, 0, 0, 0, 0];
export const ZERO_5: Values = [0, 0, 0, 0, 0];

/** A table 三 that holds every rule (single-row （六）), to break one cell at a time. */
export function consistentApplications(): Record<string, Values> {
  return {
    newReceived: [2, 1, 0, 0, 0, 0, 3],
    carriedOver: [1, 0, 0, 0, 0, 0, 1],
    granted: [1, 1, 0, 0, 0, 0, 2],
    partiallyGranted: ZERO_7,
    deniedStateSecret: ZERO_7,
    deniedLawProhibited: ZERO_7,
    deniedSecurityStability: ZERO_7,
    deniedThirdParty: ZERO_7,
    deniedInternalAffairs: ZERO_7,
    deniedProcessInfo: ZERO_7,
    deniedEnforcementFile: ZERO_7,
    deniedQueryMatter: ZERO_7,
    unavailableNotHeld: [1, 0, 0, 0, 0, 0, 1],
    unavailableNeedsCreation: ZERO_7,
    unavailableUnclear: ZERO_7,
    notProcessedPetition: ZERO_7,
    notProcessedRepeat: ZERO_7,
    notProcessedPublication: ZERO_7,
    notProcessedExcessive: ZERO_7,
    notProcessedReconfirm: ZERO_7,
    otherProcessing: ZERO_7,
    totalProcessed: [2, 1, 0, 0, 0, 0, 3],
    carriedForward: [1, 0, 0, 0, 0, 0, 1],
  };
}

/** A table 四 that holds every rule. */
export function consistentReviewLitigation(): Record<string, Values> {
  return { review: [1, 0, 0, 1, 2], litigationDirect: [0, 1, 0, 0, 1], litigationAfterReview: ZERO_5 };
}
