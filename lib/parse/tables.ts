// All three tables of one document, plus the rows they did not use (the narrative).
import type {
  Active2019,
  Active2021,
  Applications,
  CellSource,
  Diagnostic,
  NarrativeLine,
  ReviewLitigation,
  SourceDocument,
  SourceRow,
  TableId,
  Template,
} from "../model";
import { parseActiveTable } from "./activeTable";
import { parseApplicationsTable } from "./applicationsTable";
import { locateTables, rowText, type Region } from "./regions";
import { parseReviewLitigationTable } from "./reviewLitigationTable";
import { diagnostic, firstLine } from "./rows";
import type { CellSink } from "./provenance";

export interface ExtractedTables {
  active?: Active2019 | Active2021;
  applications?: Applications;
  reviewLitigation?: ReviewLitigation;
  template: Template | null;
  provenance: Record<string, CellSource>;
  diagnostics: Diagnostic[];
  narrative: NarrativeLine[];
  /** False when neither table 二 nor table 三 has an anchor: not a disclosure report. */
  hasAnchors: boolean;
}

const TABLE_NAMES: Record<TableId, string> = {
  active: "table 二 (主动公开政府信息情况)",
  applications: "table 三 (收到和处理政府信息公开申请情况)",
  reviewLitigation: "table 四 (行政复议、行政诉讼情况)",
};

// A long single-cell row inside a table's region is running text that strayed in.
const PROSE_LENGTH = 40;

/** Rows of the statistics form that reports used before the 2019 template (政府信息公开情况统计表). */
const PRE_2019_FORM = ["统计指标", "主动公开政府信息数", "收到申请数", "申请办结数", "当面申请数", "网络申请数", "信函申请数", "传真申请数"];

/**
 * The first row of the form used before 2019 when the document has at least two of its
 * rows: its figures (统计指标 / 单位 / 统计数) are none of the contract's cells.
 */
function pre2019FormLine(rows: readonly SourceRow[]): number | null {
  const found = new Set<string>();
  let line: number | null = null;
  for (const row of rows) {
    const text = rowText(row);
    const mark = PRE_2019_FORM.find((m) => text.includes(m));
    if (!mark) continue;
    found.add(mark);
    line ??= firstLine(row);
    if (found.size >= 2) return line;
  }
  return null;
}

export function extractTables(doc: SourceDocument): ExtractedTables {
  const { regions, repeats } = locateTables(doc.rows);
  // Only a document without table 三 is searched for the old form: reports of the templates have it.
  const oldForm = regions.applications ? null : pre2019FormLine(doc.rows);
  if (oldForm !== null) return pre2019Report(doc, oldForm);
  const sink: CellSink = { provenance: {}, diagnostics: [] };
  const slice = (region: Region | undefined) => (region ? doc.rows.slice(region.start, region.end) : []);

  const { active, template } = regions.active
    ? parseActiveTable(slice(regions.active), regions.active.start, sink)
    : { active: undefined, template: null };
  const applications = regions.applications
    ? parseApplicationsTable(slice(regions.applications), regions.applications.start, sink)
    : undefined;
  const reviewLitigation = regions.reviewLitigation
    ? parseReviewLitigationTable(slice(regions.reviewLitigation), regions.reviewLitigation.start, sink)
    : undefined;

  const found = { active, applications, reviewLitigation };
  for (const id of ["active", "applications", "reviewLitigation"] as const) {
    if (found[id] === undefined) {
      const region = regions[id];
      const line = region ? firstLine(doc.rows[region.start] as SourceRow) : null;
      const why = region ? "its heading is there but no row of it could be read" : "it was not found";
      sink.diagnostics.push(diagnostic(id, "table-missing", `${TABLE_NAMES[id]}: ${why}`, line, { severity: "error" }));
    }
  }

  for (const repeat of repeats) {
    const first = regions[repeat.table]!;
    const again = repeatedTable(repeat.table, slice(repeat.region), repeat.region.start);
    if (!again) continue;
    const same = JSON.stringify(again) === JSON.stringify(found[repeat.table]);
    const line = firstLine(doc.rows[repeat.region.start] as SourceRow);
    const message = `${TABLE_NAMES[repeat.table]} appears again at line ${line ?? "?"}${same ? ", with the same values" : ", with other values"}: the document holds it twice (a page with two copies of the report?); the first, at line ${firstLine(doc.rows[first.start] as SourceRow) ?? "?"}, is read`;
    sink.diagnostics.push(diagnostic(repeat.table, "table-repeated", message, line, { severity: same ? "info" : "warning" }));
  }

  const out: ExtractedTables = {
    template,
    provenance: sink.provenance,
    diagnostics: sink.diagnostics,
    narrative: narrativeOf(doc.rows, Object.values(regions)),
    hasAnchors: regions.active !== undefined || regions.applications !== undefined,
  };
  if (active) out.active = active;
  if (applications) out.applications = applications;
  if (reviewLitigation) out.reviewLitigation = reviewLitigation;
  return out;
}

/** A table's later copy, read apart (its cells and diagnostics kept out of the report); null when it holds no value, as a heading mentioned again in the text does not. */
function repeatedTable(table: TableId, rows: readonly SourceRow[], start: number): object | null {
  const scratch: CellSink = { provenance: {}, diagnostics: [] };
  const parsed =
    table === "active"
      ? parseActiveTable(rows, start, scratch).active
      : table === "applications"
        ? parseApplicationsTable(rows, start, scratch)
        : parseReviewLitigationTable(rows, start, scratch);
  return parsed && Object.keys(scratch.provenance).length > 0 ? parsed : null;
}

/** A report on the form used before 2019: its metadata and narrative, no table, and why. */
function pre2019Report(doc: SourceDocument, line: number | null): ExtractedTables {
  const message =
    "the tables follow the statistics form used before the 2019 template (统计指标 / 单位 / 统计数), whose figures are not the contract's cells; no table was read";
  return {
    template: null,
    provenance: {},
    diagnostics: [{ code: "template-unsupported", severity: "error", message, line }],
    narrative: narrativeOf(doc.rows, []),
    hasAnchors: true,
  };
}

function narrativeOf(rows: readonly SourceRow[], regions: readonly Region[]): NarrativeLine[] {
  const inTable = new Uint8Array(rows.length);
  const starts = new Set<number>();
  for (const region of regions) {
    inTable.fill(1, region.start + 1, region.end);
    starts.add(region.start);
  }
  const lines: NarrativeLine[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (inTable[i] && (row.fromTable || row.cells.length > 1)) continue;
    const text = joinedText(row);
    if (text === "") continue;
    if (inTable[i] && (row.fromTable || row.cells.length > 1 || text.length < PROSE_LENGTH)) continue;
    // A region's first row is its heading when it is a lone line of text.
    if (starts.has(i) && (row.fromTable || row.cells.length > 1)) continue;
    lines.push({ text, line: firstLine(row) });
  }
  return lines;
}

/** The row's non-empty cells joined with spaces; built without arrays, as most rows have one cell. */
function joinedText(row: SourceRow): string {
  let text = "";
  for (const cell of row.cells) {
    if (cell.text === "") continue;
    text = text === "" ? cell.text : `${text} ${cell.text}`;
  }
  return text;
}
