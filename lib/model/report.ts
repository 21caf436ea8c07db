// The data contract (../shared/spec/report-model.md) as a zod schema: the single
// source of the report's types. Its three tables are built from tableShapes.ts, the
// plain data that also gives the cell catalogue (cells.ts), the Parquet columns and
// the data dictionary their names, labels and units.
import { z } from "zod";
import { compileCheck, type Check } from "./schemaCheck";
import { ACTIVE_2019, ACTIVE_2021, APPLICANT_CELLS, APPLICATIONS, OUTCOME_CELLS, REVIEW_LITIGATION, SOURCE_FORMATS, type CellShapes, type TableShape } from "./tableShapes";

export const SCHEMA_VERSION = 1;

/** A row's cells, each a number or `null` (a blank or unreadable cell, never a zero). */
type CellsSchema<C extends CellShapes> = z.ZodObject<{ [K in keyof C]: z.ZodNullable<z.ZodNumber> }, z.core.$strict>;
/** A table's rows, each present only where the report prints it. */
type TableSchema<T extends TableShape> = z.ZodObject<{ [K in keyof T]: z.ZodOptional<CellsSchema<T[K]["cells"]>> }, z.core.$strict>;

function cellsSchema<C extends CellShapes>(cells: C): CellsSchema<C> {
  return z.strictObject(Object.fromEntries(Object.keys(cells).map((id) => [id, z.number().nullable()]))) as unknown as CellsSchema<C>;
}

function tableSchema<T extends TableShape>(table: T): TableSchema<T> {
  return z.strictObject(Object.fromEntries(Object.entries(table).map(([id, row]) => [id, cellsSchema(row.cells).optional()]))) as unknown as TableSchema<T>;
}

export const Active2021 = tableSchema(ACTIVE_2021);
export const Active2019 = tableSchema(ACTIVE_2019);
export const ApplicantColumns = cellsSchema(APPLICANT_CELLS);
export const Applications = tableSchema(APPLICATIONS);
export const OutcomeColumns = cellsSchema(OUTCOME_CELLS);
export const ReviewLitigation = tableSchema(REVIEW_LITIGATION);

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
  /** Extension: a count that is negative or not a whole number. */
  "count-value",
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

export const SourceFormat = z.enum(SOURCE_FORMATS);
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

let reportCheck: Check | undefined;

/**
 * `ParsedReport.safeParse(report).success`, cheaper: the check compiled from the
 * schema (schemaCheck.ts) answers for a report without copying it, and zod decides
 * wherever that check says no. Built on first use: pages that load the schema for
 * its types never pay for it.
 */
export function isValidReport(report: unknown): report is ParsedReport {
  reportCheck ??= compileCheck(ParsedReport);
  return reportCheck(report) || ParsedReport.safeParse(report).success;
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
