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
import { locateTables, type Region } from "./regions";
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

export function extractTables(doc: SourceDocument): ExtractedTables {
  const regions = locateTables(doc.rows);
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
