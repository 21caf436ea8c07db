// The intermediate form every input format is read into before the tables are
// recognised: rows of cells in reading order, each cell with its source line.
// Narrative text is a row with one cell; a table row is a row with many.
import type { SourceFormat } from "./report";

export interface SourceCell {
  text: string;
  /** 1-based line in the decoded source text; null where the format has no lines. */
  line: number | null;
  /**
   * True for a cell that only exists because a merged cell spans it (HTML/DOCX
   * rowspan/colspan, PDF columns). It repeats the merged cell's text for rowspan
   * and is empty for colspan; it is layout, never a blank value.
   */
  spanned?: boolean;
  /**
   * For a value of a line of laid-out text (`pdftotext -layout`, columns kept by runs of spaces):
   * the character offset of its middle in the line. A row that leaves cells blank prints fewer
   * values than columns; these offsets place them (rows.ts, placeByColumn).
   */
  column?: number;
}

export interface SourceRow {
  cells: SourceCell[];
  /** True for a row that came from a real table (`<tr>`, a pipe row, a PDF grid). */
  fromTable?: boolean;
}

export interface SourceDocument {
  format: SourceFormat;
  rows: SourceRow[];
  /** The document's title where the format declares one (`<title>`, a first heading). */
  title?: string;
}

/** A line of the report's running text, for metadata and narrative checks. */
export interface NarrativeLine {
  text: string;
  line: number | null;
}

/** Written into every generated report's title so that it can never pass as real. */
export const SYNTHETIC_MARKER = "【合成数据】";
