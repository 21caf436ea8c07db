// Table 四 (行政复议、行政诉讼情况): fifteen values, five per group (行政复议,
// 未经复议直接起诉, 复议后起诉). Usually one label-less row of fifteen cells; also
// one labelled row per group, or the fifteen values wrapped over several lines.
// Empty leading cells are blank values (seed 001), not layout.
import type { OutcomeColumns, ReviewLitigation, SourceCell, SourceRow } from "../model";
import { matchReviewGroup, OUTCOME_FIELDS, type ReviewGroup } from "./labels";
import { normalizeLabel } from "./normalize";
import { nullRow, readRowValues, type CellSink } from "./provenance";
import { describeValues, diagnostic, fitValues, hasValue, rowsEndInEmptyCell, strayValueDiagnostic, walkRows, type WalkEvent } from "./rows";
import { isValueText } from "./values";

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
  /** Table 四 printed down the page, one value per row: each group's values by outcome. */
  const vertical = new Map<Group, Map<Outcome, SourceCell>>();
  let lastVertical: Group | null = null;
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
    const cell = verticalCell(event, lastVertical);
    if (cell) {
      lastVertical = cell.group;
      const fields = vertical.get(cell.group) ?? new Map<Outcome, SourceCell>();
      if (fields.has(cell.field)) {
        sink.diagnostics.push(diagnostic("reviewLitigation", "row-duplicate", `${cell.group}.${cell.field} appears again; the first one is kept`, event.line, { row: cell.group }));
      } else fields.set(cell.field, cell.value);
      vertical.set(cell.group, fields);
      return;
    }
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
  for (const [group, fields] of vertical) {
    if (group in result) continue;
    const line = fields.values().next().value?.line ?? null;
    assign([group], OUTCOME_FIELDS.map((f) => fields.get(f) ?? { text: "", line }), line, "");
  }

  if (!seen) return undefined;
  const ordered: Partial<Record<Group, OutcomeColumns>> = {};
  for (const group of GROUPS) {
    if (result[group]) ordered[group] = result[group];
    else sink.diagnostics.push(diagnostic("reviewLitigation", "row-missing", `group ${group} is not in table 四`, null, { row: group }));
  }
  return ordered;
}

type Outcome = keyof OutcomeColumns;

/** A row's last words naming an outcome, the column it fills in a table 四 printed down the page. */
const OUTCOME_ENDINGS: readonly [RegExp, Outcome][] = [
  [/(?:结果)?维持$/, "upheld"],
  [/(?:结果)?纠正$/, "corrected"],
  [/其他(?:结果)?$/, "other"],
  [/尚未审结$/, "pending"],
  [/(?:总计|合计)$/, "total"],
];

/**
 * One cell of table 四 printed down the page: a row of one value whose words name an outcome, after
 * its group (`行政复议—结果维持 3`), or under a group named by a merged cell or by the cell before
 * (`行政复议 | 结果维持 | 3`, then `结果纠正 | 1`).
 */
function verticalCell(
  event: Extract<WalkEvent<ReviewGroup>, { kind: "data" }>,
  previous: Group | null,
): { group: Group; field: Outcome; value: SourceCell } | null {
  const printed = event.values.filter((c) => c.text !== "");
  const value = printed[printed.length - 1];
  if (!value || !isValueText(value.text) || printed.slice(0, -1).some((c) => isValueText(c.text))) return null;
  const words = event.label + printed.slice(0, -1).map((c) => normalizeLabel(c.text)).join("");
  const field = OUTCOME_ENDINGS.find(([ending]) => ending.test(words))?.[1];
  if (!field) return null;
  const group: Group | null = /直接起诉/.test(words)
    ? "litigationDirect"
    : /复议后起诉/.test(words)
      ? "litigationAfterReview"
      : /行政复议/.test(words)
        ? "review"
        : event.key !== null && event.key !== "litigation"
          ? event.key
          : previous;
  return group ? { group, field, value } : null;
}
