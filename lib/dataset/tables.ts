// The Parquet column schema of the dataset in public/data/: every table's columns
// with their DuckDB type and labels. The build creates its tables from this list
// and the data dictionary is generated from it, so neither can drift.
import { CELLS, type CellDef } from "../model/cells";
import { SOURCE_FORMATS } from "../model/tableShapes";

export type ColumnType = "VARCHAR" | "INTEGER" | "DOUBLE" | "BOOLEAN";
/** The dataset's tables, in the order they are listed and documented. */
export const TABLE_NAMES = ["reports", "cells", "checks", "diagnostics", "failures"] as const;
export type TableName = (typeof TABLE_NAMES)[number];

export interface ColumnDef {
  name: string;
  type: ColumnType;
  zh: string;
  en: string;
  unit?: string;
  /** Set for the reports table's one-column-per-cell part. */
  cell?: CellDef;
}

/** Corpora larger than this are written hive-partitioned by year. */
export const PARTITION_THRESHOLD = 20_000;

/** The tables that are partitioned by year in a large corpus (failures have no year). */
export const PARTITIONED_TABLES: readonly TableName[] = ["reports", "cells", "checks", "diagnostics"];

function col(name: string, type: ColumnType, zh: string, en: string, unit?: string): ColumnDef {
  return unit ? { name, type, zh, en, unit } : { name, type, zh, en };
}

/** A cell column is INTEGER (a count), or DOUBLE where the unit is 万元. */
export function cellColumnType(cell: CellDef): ColumnType {
  return cell.unit === "万元" ? "DOUBLE" : "INTEGER";
}

const REPORT_ID = col("report_id", "VARCHAR", "报告标识", "Report id (first 16 hex digits of sha256 of the path under data/reports)");

export const REPORT_COLUMNS: readonly ColumnDef[] = [
  REPORT_ID,
  col("file", "VARCHAR", "源文件", "Source file"),
  col("agency", "VARCHAR", "机关名称", "Agency"),
  col("agency_source", "VARCHAR", "机关名称来源", "Where the agency name came from (title, text, inferred, manifest)"),
  col("year", "INTEGER", "报告年度", "Year the statistics cover"),
  col("template", "VARCHAR", "表二模板", "Table II template (2019 or 2021)"),
  col("province", "VARCHAR", "省", "Province"),
  col("city", "VARCHAR", "市", "City"),
  col("county", "VARCHAR", "县（区）", "County or district"),
  col("region_code", "VARCHAR", "行政区划代码", "Administrative division code"),
  col("format", "VARCHAR", "源文件格式", `Source format (${SOURCE_FORMATS.join(", ")})`),
  col("sha256", "VARCHAR", "源文件 SHA-256", "SHA-256 of the source file"),
  col("synthetic", "BOOLEAN", "合成数据", "Synthetic report (tests and benchmarks only)"),
  col("diagnostics", "INTEGER", "解析诊断数", "Number of parser diagnostics"),
  ...CELLS.map((cell) => ({
    name: cell.column,
    type: cellColumnType(cell),
    zh: `${cell.rowLabel.zh}：${cell.label.zh}`,
    en: `${cell.rowLabel.en}: ${cell.label.en}`,
    unit: cell.unit,
    cell,
  })),
];

export const CELL_COLUMNS: readonly ColumnDef[] = [
  REPORT_ID,
  col("cell_id", "VARCHAR", "单元格标识", "Cell id (table.row.field)"),
  col("table", "VARCHAR", "表", "Table (active, applications, reviewLitigation)"),
  col("row", "VARCHAR", "行", "Row key"),
  col("field", "VARCHAR", "列", "Field key"),
  col("value", "DOUBLE", "数值", "Value (NULL where the printed cell is blank)", "件 / 项 / 个 / 万元 as the cell"),
  col("raw", "VARCHAR", "原文", "The cell's text as printed"),
  col("line", "INTEGER", "源文件行号", "Line in the source file (Word and OpenDocument files: paragraph or table row, counted from the top)"),
];

/** The report a finding or a diagnostic belongs to (ReportIdentity in rows.ts). */
const OWNER_COLUMNS: readonly ColumnDef[] = [
  REPORT_ID,
  col("file", "VARCHAR", "源文件", "Source file"),
  col("agency", "VARCHAR", "机关名称", "Agency"),
  col("year", "INTEGER", "报告年度", "Year"),
];

export const CHECK_COLUMNS: readonly ColumnDef[] = [
  ...OWNER_COLUMNS,
  col("rule", "VARCHAR", "规则", "Rule id"),
  col("severity", "VARCHAR", "严重程度", "error, warning or unchecked"),
  col("table", "VARCHAR", "表", "Table"),
  col("row", "VARCHAR", "行", "Row key"),
  col("column", "VARCHAR", "列", "Column key"),
  col("expected", "DOUBLE", "应为", "Expected value"),
  col("actual", "DOUBLE", "实际", "Actual value"),
  col("message", "VARCHAR", "说明", "Message"),
  col("cells", "VARCHAR", "涉及单元格", "Cell ids the rule read, comma-joined"),
  col("lines", "VARCHAR", "涉及行号", "Source lines of those cells, comma-joined"),
  col("related_file", "VARCHAR", "相关文件", "The other report of a cross-report rule"),
];

export const DIAGNOSTIC_COLUMNS: readonly ColumnDef[] = [
  ...OWNER_COLUMNS,
  col("code", "VARCHAR", "诊断代码", "Diagnostic code (row-truncated, non-numeric-cell, unknown-row, table-missing, …)"),
  col("severity", "VARCHAR", "严重程度", "error, warning or info"),
  col("table", "VARCHAR", "表", "Table, where the diagnostic is about one"),
  col("row", "VARCHAR", "行", "Row key, where the diagnostic is about one"),
  col("column", "VARCHAR", "列", "Column key, where the diagnostic is about one cell"),
  col("line", "INTEGER", "源文件行号", "Line in the source file (Word and OpenDocument files: paragraph or table row, counted from the top)"),
  col("message", "VARCHAR", "说明", "Message, quoting the printed text"),
];

export const FAILURE_COLUMNS: readonly ColumnDef[] = [
  col("file", "VARCHAR", "源文件", "Source file"),
  col("code", "VARCHAR", "错误代码", "Error code (empty, binary, too-large, not-a-report, unsupported-format, no-text-layer, unreadable)"),
  col("message", "VARCHAR", "说明", "Message"),
];

export const TABLE_COLUMNS: Readonly<Record<TableName, readonly ColumnDef[]>> = {
  reports: REPORT_COLUMNS,
  cells: CELL_COLUMNS,
  checks: CHECK_COLUMNS,
  diagnostics: DIAGNOSTIC_COLUMNS,
  failures: FAILURE_COLUMNS,
};

export const TABLE_DESCRIPTIONS: Readonly<Record<TableName, { zh: string; en: string }>> = {
  reports: { zh: "每份报告一行，每个单元格一列", en: "One row per report, one column per cell" },
  cells: { zh: "长表：报告印出的每个数字单元格一行", en: "Long form: one row per numeric cell the report printed" },
  checks: { zh: "一致性检查结果", en: "Consistency findings" },
  diagnostics: { zh: "解析诊断：解析器未能读取或存疑之处（无法对齐的行、不是数字的单元格、未知的行……）", en: "Parser diagnostics: what the parser could not read or doubted (rows it could not align, cells that are not numbers, unknown rows, …)" },
  failures: { zh: "无法读取的文件", en: "Files that could not be read as a report" },
};
