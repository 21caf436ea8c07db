// Table 二 (主动公开政府信息情况): its rows and columns depend on the template
// (template.ts); where the headers do not tell, the shape of the rows does.
import type { Active2019, Active2021, SourceCell, SourceRow, Template } from "../model";
import { matchActiveRow, type ActiveRow } from "./labels";
import { normalizeLabel } from "./normalize";
import { nullRow, readRowValues, type CellSink } from "./provenance";
import { columnAnchors, describeValues, diagnostic, fitValues, rowsEndInEmptyCell, placeRow, walkRows, type WalkEvent } from "./rows";
import { detectTemplate } from "./template";

const FIELDS: Record<Template, Partial<Record<ActiveRow, readonly string[]>>> = {
  "2021": {
    regulations: ["made", "repealed", "inForce"],
    normativeDocuments: ["made", "repealed", "inForce"],
    licensing: ["decisions"],
    punishment: ["decisions"],
    coercion: ["decisions"],
    fees: ["amount"],
  },
  "2019": {
    regulations: ["newMade", "newPublished", "totalPublished"],
    normativeDocuments: ["newMade", "newPublished", "totalPublished"],
    licensing: ["prevItems", "change", "decisions"],
    otherServices: ["prevItems", "change", "decisions"],
    punishment: ["prevItems", "change", "decisions"],
    coercion: ["prevItems", "change", "decisions"],
    fees: ["prevItems", "change"],
    procurement: ["projects", "amount"],
  },
};

type Event = WalkEvent<ActiveRow>;

/** Template from the rows' shape: 2019-only rows, or how many values 行政许可 etc. carry. */
function templateFromShape(events: readonly Event[]): Template | null {
  let votes2019 = 0;
  let votes2021 = 0;
  for (const e of events) {
    if (e.kind !== "data" || e.key === null) continue;
    if (e.key === "otherServices" || e.key === "procurement") votes2019++;
    if (e.key === "licensing" || e.key === "punishment" || e.key === "coercion" || e.key === "fees") {
      const printed = e.values.filter((c: SourceCell) => c.text !== "").length;
      if (printed === 1 && e.key !== "fees") votes2021++;
      if (printed >= 2) votes2019++;
    }
  }
  if (votes2019 === votes2021) return null;
  return votes2019 > votes2021 ? "2019" : "2021";
}

/**
 * Column offsets of the fields named by each "信息内容 | 字段 | 字段 …" header row,
 * relative to its first cell. Grid rows are padded to the table's width, so a data
 * row's values are found at the header's columns, not by dropping empty cells.
 */
function headerColumns(rows: readonly SourceRow[]): (number[] | undefined)[] {
  const out: (number[] | undefined)[] = new Array(rows.length);
  let current: number[] | undefined;
  rows.forEach((row, i) => {
    out[i] = current;
    const cells = row.cells.filter((c) => !c.spanned);
    const first = cells.findIndex((c) => c.text !== "");
    if (first < 0 || cells.length < 2 || !normalizeLabel((cells[first] as SourceCell).text).startsWith("信息内容")) return;
    current = [];
    for (let j = first + 1; j < cells.length; j++) if ((cells[j] as SourceCell).text !== "") current.push(j - first);
    out[i] = current;
  });
  return out;
}

/**
 * Per row, whether the header above it gives money in 元 rather than 万元: `信息内容 | 本年收费金额（单位：元）`,
 * or a unit on a line of its own just above or below the 信息内容 row (`单位：元`, `（单位：元）`).
 */
function moneyInYuan(rows: readonly SourceRow[]): boolean[] {
  let inYuan = false;
  let above: boolean | null = null;
  return rows.map((row) => {
    const text = normalizeLabel(row.cells.map((c) => c.text).join(""));
    const unit = statedUnit(text);
    if (text.includes("信息内容")) inYuan = unit ?? above ?? false;
    else if (unit !== null && !/\d/.test(text)) inYuan = unit;
    above = unit;
    return inYuan;
  });
}

/** The money unit a header states: true for 元, false for 万元, null when it states none. */
function statedUnit(text: string): boolean | null {
  if (!text.includes("元")) return null;
  if (text.includes("万元")) return false;
  return /单位[:：]?元|[（(]元[)）]|金额[^万]*元/.test(text) ? true : null;
}

/** The values under the header's columns, when the row is a grid row that the header fits. */
function alignToHeader(values: readonly SourceCell[], columns: readonly number[] | undefined, count: number): SourceCell[] | null {
  if (!columns || columns.length !== count) return null;
  const last = columns[columns.length - 1] as number;
  if (values.length < last) return null;
  const picked = columns.map((c) => values[c - 1] as SourceCell);
  // Anything printed outside the header's columns means the row does not fit it.
  for (let i = 0; i < values.length; i++) {
    if (!columns.includes(i + 1) && (values[i] as SourceCell).text !== "") return null;
  }
  return picked;
}

export function parseActiveTable(
  rows: readonly SourceRow[],
  offset: number,
  sink: CellSink,
): { active?: Active2019 | Active2021; template: Template | null } {
  const endIsLayout = () => rowsEndInEmptyCell(rows);
  const events: Event[] = [];
  walkRows(rows, offset, { match: matchActiveRow }, (e) => events.push(e));
  if (!events.some((e) => e.kind === "data" && e.key !== null)) return { template: null };

  let { template } = detectTemplate(rows);
  if (!template) {
    template = templateFromShape(events);
    if (!template) {
      template = "2021";
      sink.diagnostics.push(
        diagnostic("active", "template-guessed", "neither the headers nor the rows of table 二 tell the template; read as 2021", null),
      );
    }
  }
  const fieldsOf = FIELDS[template];
  const headers = headerColumns(rows);
  const inYuan = moneyInYuan(rows);
  // Column positions in laid-out text, per width of row (table 二 mixes rows of one and of three values).
  const anchors = new Map<number, number[] | null>();
  const anchorsOf = (count: number) => {
    if (!anchors.has(count)) {
      const full = events.flatMap((e) => (e.kind === "data" && e.key !== null && fieldsOf[e.key]?.length === count ? [e.values] : []));
      anchors.set(count, columnAnchors(full, count));
    }
    return anchors.get(count)!;
  };
  const table: Record<string, Record<string, number | null>> = {};
  for (const e of events) {
    if (e.key === null) {
      if (e.kind === "data") {
        sink.diagnostics.push(
          diagnostic("active", "unknown-row", `unknown row "${e.label || "(no label)"}" with values ${describeValues(e.values)}`, e.line),
        );
      }
      continue;
    }
    const fields = fieldsOf[e.key];
    if (!fields) {
      sink.diagnostics.push(
        diagnostic("active", "unknown-row", `row ${e.key} does not belong to the ${template} template of table 二`, e.line, { row: e.key }),
      );
      continue;
    }
    if (e.key in table) {
      sink.diagnostics.push(diagnostic("active", "row-duplicate", `row ${e.key} appears again; the first one is kept`, e.line, { row: e.key }));
      continue;
    }
    if (e.kind === "no-values") {
      sink.diagnostics.push(
        diagnostic("active", "row-truncated", `row ${e.key} has a label but no values; read as blank (null)`, e.line, { row: e.key }),
      );
      table[e.key] = nullRow(fields);
      continue;
    }
    const fitted =
      alignToHeader(e.values, headers[e.rowIndex - offset], fields.length) ??
      fitValues(e.values, fields.length, endIsLayout) ??
      placeRow("active", e.key, e.values, () => anchorsOf(fields.length), sink.diagnostics);
    if (!fitted) {
      sink.diagnostics.push(
        diagnostic(
          "active",
          e.values.length < fields.length ? "row-truncated" : "row-misaligned",
          `row ${e.key} has ${e.values.length} value cells (${describeValues(e.values)}), expected ${fields.length}; read as blank (null)`,
          e.line,
          { row: e.key },
        ),
      );
      table[e.key] = nullRow(fields);
      continue;
    }
    table[e.key] = readRowValues(sink, "active", e.key, fields, fitted, inYuan[e.rowIndex - offset]);
  }
  const ordered: Record<string, Record<string, number | null>> = {};
  for (const key of Object.keys(fieldsOf)) {
    if (table[key]) ordered[key] = table[key];
    else sink.diagnostics.push(diagnostic("active", "row-missing", `row ${key} is not in table 二`, null, { row: key }));
  }
  return { active: ordered as Active2019 | Active2021, template };
}
