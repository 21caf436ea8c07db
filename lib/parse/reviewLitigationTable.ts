// Table 四 (行政复议、行政诉讼情况): fifteen values, five per group (行政复议,
// 未经复议直接起诉, 复议后起诉). Usually one label-less row of fifteen cells; also
// one labelled row per group, or the fifteen values wrapped over several lines.
// Empty leading cells are blank values (seed 001), not layout.
import type { OutcomeColumns, ReviewLitigation, SourceCell, SourceRow } from "../model";
import { matchReviewGroup, OUTCOME_FIELDS, type ReviewGroup } from "./labels";
import { nullRow, readRowValues, type CellSink } from "./provenance";
import { describeValues, diagnostic, fitValues, hasValue, rowsEndInEmptyCell, strayValueDiagnostic, walkRows } from "./rows";

type Group = keyof ReviewLitigation;
const GROUPS: readonly Group[] = ["review", "litigationDirect", "litigationAfterReview"];
const TOTAL = GROUPS.length * OUTCOME_FIELDS.length;

const SLOTS: Record<ReviewGroup, readonly Group[]> = {
  review: ["review"],
  litigationDirect: ["litigationDirect"],
  litigationAfterReview: ["litigationAfterReview"],
  litigation: ["litigationDirect", "litigationAfterReview"],
};

export function parseReviewLitigationTable(
  rows: readonly SourceRow[],
  offset: number,
  sink: CellSink,
): ReviewLitigation | undefined {
  const endIsLayout = () => rowsEndInEmptyCell(rows);
  const result: Partial<Record<Group, OutcomeColumns>> = {};
  let buffer: SourceCell[] = [];
  let bufferLine: number | null = null;
  let seen = false;

  const assign = (groups: readonly Group[], cells: readonly SourceCell[] | null, line: number | null, printed: string) => {
    for (const [i, group] of groups.entries()) {
      if (group in result) {
        sink.diagnostics.push(
          diagnostic("reviewLitigation", "row-duplicate", `group ${group} appears again; the first one is kept`, line, { row: group }),
        );
        continue;
      }
      if (!cells) {
        sink.diagnostics.push(
          diagnostic(
            "reviewLitigation",
            "row-truncated",
            `group ${group}: values ${printed} cannot be aligned to ${OUTCOME_FIELDS.length} columns; read as blank (null)`,
            line,
            { row: group },
          ),
        );
        result[group] = nullRow(OUTCOME_FIELDS) as OutcomeColumns;
        continue;
      }
      const part = cells.slice(i * OUTCOME_FIELDS.length, (i + 1) * OUTCOME_FIELDS.length);
      result[group] = readRowValues(sink, "reviewLitigation", group, OUTCOME_FIELDS, part) as OutcomeColumns;
    }
  };
  /** The groups whose name heads the rows below (`行政复议⇥⇥⇥⇥` over its five columns). */
  let heading: readonly Group[] = [];
  const flushBuffer = () => {
    if (buffer.length === 0) return;
    const headed = heading.filter((g) => !(g in result));
    const free = headed.length > 0 && fitValues(buffer, headed.length * OUTCOME_FIELDS.length, endIsLayout) ? headed : GROUPS.filter((g) => !(g in result));
    const fitted = fitValues(buffer, free.length * OUTCOME_FIELDS.length, endIsLayout);
    assign(free, fitted, bufferLine, describeValues(buffer));
    buffer = [];
  };

  walkRows(rows, offset, { match: matchReviewGroup }, (event) => {
    if (event.kind === "no-values") return;
    // `行政复议⇥⇥⇥⇥`: a group's name over its columns, padded with its merged cells, heads the group
    // (with as many empty cells as it has values, `复议后起诉⇥⇥⇥⇥⇥`, it is the group's blank row).
    if (event.key !== null && !hasValue(event.values) && !fitValues(event.values, SLOTS[event.key].length * OUTCOME_FIELDS.length, endIsLayout)) {
      flushBuffer();
      heading = SLOTS[event.key];
      return;
    }
    seen = true;
    if (event.key !== null) {
      flushBuffer();
      const groups = SLOTS[event.key];
      assign(groups, fitValues(event.values, groups.length * OUTCOME_FIELDS.length, endIsLayout), event.line, describeValues(event.values));
      return;
    }
    if (event.label !== "") {
      // Table 四 has one kind of row: one that fills every open group (`数量（件）` and fifteen values) is its values' row.
      const free = GROUPS.filter((g) => !(g in result));
      const fitted = buffer.length === 0 && free.length > 0 ? fitValues(event.values, free.length * OUTCOME_FIELDS.length, endIsLayout) : null;
      if (fitted) {
        sink.diagnostics.push(
          diagnostic("reviewLitigation", "row-label-ignored", `row "${event.label}" names no group; its ${fitted.length} values fill the groups in order`, event.line, { severity: "info" }),
        );
        assign(free, fitted, event.line, describeValues(event.values));
        return;
      }
      sink.diagnostics.push(
        diagnostic("reviewLitigation", "unknown-row", `unknown row "${event.label}" with values ${describeValues(event.values)}`, event.line),
      );
      return;
    }
    if (buffer.length === 0 && event.values.length === 1) {
      sink.diagnostics.push(
        strayValueDiagnostic("reviewLitigation", event.values[0], event.line),
      );
      return;
    }
    if (buffer.length === 0) bufferLine = event.line;
    buffer.push(...event.values);
    const free = GROUPS.filter((g) => !(g in result)).length * OUTCOME_FIELDS.length;
    if (buffer.filter((c) => c.text !== "").length >= free || buffer.length >= TOTAL) flushBuffer();
  });
  flushBuffer();

  if (!seen) return undefined;
  const ordered: Partial<Record<Group, OutcomeColumns>> = {};
  for (const group of GROUPS) {
    if (result[group]) ordered[group] = result[group];
    else sink.diagnostics.push(diagnostic("reviewLitigation", "row-missing", `group ${group} is not in table 四`, null, { row: group }));
  }
  return ordered;
}
