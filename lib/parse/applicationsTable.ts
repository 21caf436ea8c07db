// Table 三 (收到和处理政府信息公开申请情况): 26 possible rows of seven columns.
// （六）其他处理 is either one row or three sub-rows; the bare "3.其他" sub-row is
// recognised only inside group （六）.
import type { Applications, Diagnostic, SourceCell, SourceRow } from "../model";
import {
  APPLICANT_FIELDS,
  groupOfHeading,
  groupOfRow,
  matchApplicationsRow,
  type ApplicationsRow,
  type OutcomeGroup,
} from "./labels";
import { nullRow, readRowValues, type CellSink } from "./provenance";
import { columnAnchors, describeValues, diagnostic, fitValues, rowsEndInEmptyCell, placeRow, strayValueDiagnostic, walkRows, type RowMatcher, type WalkEvent } from "./rows";

const SPLIT_OTHER: readonly ApplicationsRow[] = ["otherOverdueCorrection", "otherOverdueFee", "otherMisc"];
const ALWAYS: readonly ApplicationsRow[] = [
  "newReceived", "carriedOver", "granted", "partiallyGranted",
  "deniedStateSecret", "deniedLawProhibited", "deniedSecurityStability", "deniedThirdParty",
  "deniedInternalAffairs", "deniedProcessInfo", "deniedEnforcementFile", "deniedQueryMatter",
  "unavailableNotHeld", "unavailableNeedsCreation", "unavailableUnclear",
  "notProcessedPetition", "notProcessedRepeat", "notProcessedPublication", "notProcessedExcessive",
  "notProcessedReconfirm", "totalProcessed", "carriedForward",
];
// Also its pieces where a page break cut the merged label: `三、本年` above the break, `度办理结果` below.
const RESULTS_PREFIX = /^(?:[三3][、.])?(?:本年度|年度|度)?办理结果|^[三3][、.]本年度?(?=[(（])/;
// A group heading glued in front of a sub-row label ("(六)其他处理3.其他").
const GROUP_PREFIX = /^(?:[三3]、)?(?:本年度办理结果)?(?:\(([三四五六])\))?(不予公开|无法提供|不予处理|其他处理)?/;

/** What a label says whatever group it sits in. */
interface LabelReading {
  /** The row the label names by itself (a merged 三、本年度办理结果 in front dropped). */
  direct: ApplicationsRow | null;
  /** The row named after a group heading glued in front ("(六)其他处理3.其他"), and that heading's group. */
  afterHeading: ApplicationsRow | null;
  heading: OutcomeGroup;
}

// Labels recur from report to report, so their reading is remembered (bounded):
// two regular expressions per label and candidate were a hot spot.
const READINGS_LIMIT = 20_000;
const readings = new Map<string, LabelReading>();

function readLabel(full: string): LabelReading {
  let reading = readings.get(full);
  if (reading) return reading;
  const label = full.replace(RESULTS_PREFIX, "");
  reading = { direct: matchApplicationsRow(label), afterHeading: null, heading: null };
  const prefix = GROUP_PREFIX.exec(label);
  if (prefix && prefix[0] !== "" && prefix[0].length < label.length) {
    reading.afterHeading = matchApplicationsRow(label.slice(prefix[0].length));
    reading.heading = groupOfHeading(prefix[0]);
  }
  if (readings.size >= READINGS_LIMIT) readings.clear();
  readings.set(full, reading);
  return reading;
}

function applicationsMatcher(): RowMatcher<ApplicationsRow> {
  let group: OutcomeGroup = null;
  const match = (full: string): ApplicationsRow | null => {
    const { direct, afterHeading, heading } = readLabel(full);
    if (direct !== null && direct !== "otherMisc") return direct;
    // The bare "3.其他" names a row only inside group （六）.
    if (direct === "otherMisc") return group === "六" ? direct : null;
    if (afterHeading === "otherMisc") return heading === "六" || group === "六" ? afterHeading : null;
    return afterHeading;
  };
  return {
    match,
    isHeadingOf: (pending, next) => pending === "otherProcessing" && SPLIT_OTHER.includes(next),
    observe(label, key) {
      group = key !== null ? groupOfRow(key) ?? (label.includes("其他处理") ? "六" : null) : groupOfHeading(label) ?? group;
    },
  };
}

export function parseApplicationsTable(rows: readonly SourceRow[], offset: number, sink: CellSink): Applications | undefined {
  const endIsLayout = () => rowsEndInEmptyCell(rows);
  // A Map while rows arrive in any order; the result is built in ORDER at the end.
  const table = new Map<ApplicationsRow, Record<string, number | null>>();
  const put = (key: ApplicationsRow, values: Record<string, number | null>, line: number | null) => {
    if (table.has(key)) {
      sink.diagnostics.push(
        diagnostic("applications", "row-duplicate", `row ${key} appears again; the first one is kept`, line, { row: key }),
      );
      return;
    }
    table.set(key, values);
  };
  let dataRows = 0;
  const events: WalkEvent<ApplicationsRow>[] = [];
  walkRows(rows, offset, applicationsMatcher(), (event) => events.push(event));
  const threeColumns = hasThreeApplicantColumns(rows, events);
  const totalFirst = printsTotalFirst(rows);
  if (totalFirst) {
    sink.diagnostics.push(
      diagnostic("applications", "total-column-first", "the header prints 总计 before 自然人: each row's first value is read as its total", null, {
        severity: "info",
      }),
    );
  }
  const anchors = columnAnchors(
    events.flatMap((e) => (e.kind === "data" ? [e.values] : [])),
    APPLICANT_FIELDS.length,
  );
  for (const event of events) {
    if (event.kind === "no-values") {
      sink.diagnostics.push(
        diagnostic("applications", "row-truncated", `row ${event.key} has a label but no values; read as blank (null)`, event.line, {
          row: event.key,
        }),
      );
      put(event.key, nullRow(APPLICANT_FIELDS), event.line);
      continue;
    }
    dataRows++;
    if (event.key === null) {
      if (event.label === "" && event.values.length === 1) {
        sink.diagnostics.push(
          strayValueDiagnostic("applications", event.values[0], event.line),
        );
        continue;
      }
      sink.diagnostics.push(
        diagnostic(
          "applications",
          "unknown-row",
          `unknown row "${event.label || "(no label)"}" with values ${describeValues(event.values)}`,
          event.line,
        ),
      );
      continue;
    }
    if (threeColumns && event.values.length === 3) {
      const [natural, organisations, total] = event.values as [SourceCell, SourceCell, SourceCell];
      const read = readRowValues(sink, "applications", event.key, THREE_COLUMN_FIELDS, [natural, total]);
      put(event.key, { ...nullRow(APPLICANT_FIELDS), ...read }, event.line);
      sink.diagnostics.push(
        diagnostic(
          "applications",
          "organisations-subtotal",
          `row ${event.key}: 法人或其他组织 printed as one column, "${organisations.text}"; the five kinds of organisation are not printed and stay blank (null)`,
          organisations.line,
          { row: event.key, severity: "info" },
        ),
      );
      continue;
    }
    const fitted =
      fitValues(event.values, APPLICANT_FIELDS.length, endIsLayout) ?? placeRow("applications", event.key, event.values, () => anchors, sink.diagnostics);
    if (!fitted) {
      const few = event.values.filter((c) => c.text !== "").length < APPLICANT_FIELDS.length;
      sink.diagnostics.push(
        diagnostic(
          "applications",
          few ? "row-truncated" : "row-misaligned",
          `row ${event.key} has ${event.values.length} value cells (${describeValues(event.values)}), expected 7; read as blank (null)`,
          event.line,
          { row: event.key },
        ),
      );
      put(event.key, nullRow(APPLICANT_FIELDS), event.line);
      continue;
    }
    const ordered = totalFirst ? [...fitted.slice(1), fitted[0]!] : fitted;
    put(event.key, readRowValues(sink, "applications", event.key, APPLICANT_FIELDS, ordered), event.line);
  }

  if (dataRows === 0 && table.size === 0) return undefined;
  reportMissingRows(table, sink.diagnostics);
  const ordered: Record<string, Record<string, number | null>> = {};
  for (const key of ORDER) {
    const values = table.get(key);
    if (values) ordered[key] = values;
  }
  return ordered as Applications;
}

/** The columns read when the applicants are printed as 自然人 / 法人或其他组织 / 总计 alone. */
const THREE_COLUMN_FIELDS = ["naturalPerson", "total"] as const;
const ORGANISATION_KINDS = /商业企业|科研机构|社会公益组织|法律服务机构/;
const FIRST_DATA_ROW = /新收|本年度办理结果/;
/** The share of rows with three values that makes a table of three applicant columns. */
const THREE_COLUMN_SHARE = 0.8;

/** The header's rows: those above the first data row. */
function headerRows(rows: readonly SourceRow[]): SourceRow[] {
  const header: SourceRow[] = [];
  for (let i = 0; i < Math.min(rows.length, 12); i++) {
    if (FIRST_DATA_ROW.test(rows[i]!.cells.map((c) => c.text).join(" "))) break;
    header.push(rows[i]!);
  }
  return header;
}

function headerText(rows: readonly SourceRow[]): string {
  return headerRows(rows)
    .map((row) => ` ${row.cells.map((c) => c.text).join(" ")}`)
    .join("");
}

/**
 * A header row that puts the 总计 column before 自然人 (`总计 | 自然人 | 法人或其他组织…`), as some
 * reports lay table 三 out. (The template's 总计 may stand in the row above 自然人, at the right.)
 */
function printsTotalFirst(rows: readonly SourceRow[]): boolean {
  return headerRows(rows).some((row) => {
    const text = row.cells.map((c) => c.text).join(" ");
    const total = text.indexOf("总计");
    return total >= 0 && total < text.indexOf("自然人");
  });
}

/**
 * Some reports print the applicants in three columns, 自然人, 法人或其他组织 (one column, not
 * its five kinds) and 总计: the header above the first data row names the two groups and
 * none of the kinds, and nearly every row has three values (read as 自然人 and 总计). A header
 * whose kinds a PDF broke into single characters does not pass for it: its rows have seven.
 */
function hasThreeApplicantColumns(rows: readonly SourceRow[], events: readonly WalkEvent<ApplicationsRow>[]): boolean {
  const withValues = events.filter((e) => e.kind === "data" && e.key !== null);
  const threes = withValues.filter((e) => e.kind === "data" && e.values.length === 3).length;
  if (withValues.length === 0 || threes < withValues.length * THREE_COLUMN_SHARE) return false;
  const header = headerText(rows);
  return header.includes("自然人") && header.includes("法人或其他组织") && !ORGANISATION_KINDS.test(header);
}

const ORDER: readonly ApplicationsRow[] = [
  ...ALWAYS.slice(0, 20), "otherProcessing", ...SPLIT_OTHER, "totalProcessed", "carriedForward",
];

function reportMissingRows(table: ReadonlyMap<ApplicationsRow, unknown>, diagnostics: Diagnostic[]) {
  const missing: ApplicationsRow[] = ALWAYS.filter((key) => !table.has(key));
  const split = SPLIT_OTHER.filter((key) => table.has(key));
  if (!table.has("otherProcessing")) {
    if (split.length === 0) missing.push("otherProcessing");
    else missing.push(...SPLIT_OTHER.filter((key) => !table.has(key)));
  }
  for (const key of missing) {
    diagnostics.push(diagnostic("applications", "row-missing", `row ${key} is not in the table`, null, { row: key }));
  }
}
