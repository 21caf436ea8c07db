// Table 二 (主动公开政府信息情况): its rows and columns depend on the template
// (template.ts); where the headers do not tell, the shape of the rows does.
import type { Active2019, Active2021, SourceCell, SourceRow, Template } from "../model";
import { matchActiveRow, type ActiveRow } from "./labels";
import { describeValues, nullRow, readRowValues, type CellSink } from "./provenance";
import { diagnostic, fitValues, walkRows, type WalkEvent } from "./rows";
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

export function parseActiveTable(
  rows: readonly SourceRow[],
  offset: number,
  sink: CellSink,
): { active?: Active2019 | Active2021; template: Template | null } {
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
    const fitted = fitValues(e.values, fields.length);
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
    table[e.key] = readRowValues(sink, "active", e.key, fields, fitted);
  }
  const ordered: Record<string, Record<string, number | null>> = {};
  for (const key of Object.keys(fieldsOf)) {
    if (table[key]) ordered[key] = table[key];
    else sink.diagnostics.push(diagnostic("active", "row-missing", `row ${key} is not in table 二`, null, { row: key }));
  }
  return { active: ordered as Active2019 | Active2021, template };
}
