// The three tables of the report laid out like the official forms: which rows and
// columns, in which order, under which headings. Row and column order comes from the
// schema (lib/model), which follows the forms; headings are the forms' own words.
import { APPLICANT_COLUMNS, APPLICATION_ROWS, OTHER_SINGLE_ROWS, OTHER_SPLIT_ROWS, type ApplicantColumn, type ApplicationRow } from "../model/applicationRows";
import { CELLS_BY_ID, type CellDef } from "../model/cells";
import type { Template } from "../model/report";
import { ACTIVE_2019, ACTIVE_2021, OUTCOME_CELLS, REVIEW_LITIGATION, type TableShape } from "../model/tableShapes";

type Label = { zh: string; en: string };

export interface ActiveSection {
  /** 第二十条第（一）项 … */
  heading: Label;
  /** Column cells of the section's first row give the headers; every row has the same fields. */
  fields: string[];
  rows: string[];
}

// Rows of table 二 grouped as the forms group them, with the article each group discloses under.
const ACTIVE_SECTIONS: Record<Template, { item: string; rows: string[] }[]> = {
  "2021": [
    { item: "一", rows: ["regulations", "normativeDocuments"] },
    { item: "五", rows: ["licensing"] },
    { item: "六", rows: ["punishment", "coercion"] },
    { item: "八", rows: ["fees"] },
  ],
  "2019": [
    { item: "一", rows: ["regulations", "normativeDocuments"] },
    { item: "五", rows: ["licensing", "otherServices"] },
    { item: "六", rows: ["punishment", "coercion"] },
    { item: "八", rows: ["fees"] },
    { item: "九", rows: ["procurement"] },
  ],
};
const ITEM_EN: Record<string, string> = { 一: "1", 五: "5", 六: "6", 八: "8", 九: "9" };

function rowFields(template: Template, row: string): string[] {
  const table: TableShape = template === "2021" ? ACTIVE_2021 : ACTIVE_2019;
  const shape = table[row];
  if (!shape) throw new Error(`form layout: table 二 of the ${template} template has no row ${row}`);
  return Object.keys(shape.cells);
}

/** Table 二 of one template. */
export function activeForm(template: Template): ActiveSection[] {
  return ACTIVE_SECTIONS[template].map(({ item, rows }) => ({
    heading: { zh: `第二十条第（${item}）项`, en: `Article 20, item (${ITEM_EN[item]})` },
    fields: rowFields(template, rows[0]!),
    rows,
  }));
}

export interface ApplicationFormRow {
  row: ApplicationRow;
  /** 三、本年度办理结果 for the outcome rows. */
  group: Label | null;
  /** （三）不予公开 for its numbered sub-rows. */
  subgroup: Label | null;
  label: Label;
}

export const APPLICANT_GROUP: Label = { zh: "法人或其他组织", en: "Legal persons or other organisations" };
export const APPLICANT_HEADER: Label = { zh: "申请人情况", en: "Applicants" };
export const OUTCOME_GROUP: Label = { zh: "三、本年度办理结果", en: "3. Outcomes this year" };
/** 自然人 | 商业企业 … 其他 (under 法人或其他组织) | 总计. */
export const ORGANISATION_COLUMNS: ApplicantColumn[] = APPLICANT_COLUMNS.filter((c) => c !== "naturalPerson" && c !== "total");

const SUBGROUP_EN: Record<string, string> = {
  "（三）不予公开": "(3) Denied",
  "（四）无法提供": "(4) Unavailable",
  "（五）不予处理": "(5) Not processed",
  "（六）其他处理": "(6) Other processing",
};

function applicationCell(row: string): CellDef {
  return CELLS_BY_ID.get(`applications.${row}.total`)!;
}

/**
 * Table 三's rows in form order. （六）其他处理 is printed either as one row (older
 * reports) or as three numbered sub-rows: `splitOther` picks the layout.
 */
export function applicationForm(splitOther: boolean): ApplicationFormRow[] {
  const skip = new Set<string>(splitOther ? OTHER_SINGLE_ROWS : OTHER_SPLIT_ROWS);
  const first = APPLICATION_ROWS.indexOf("granted");
  const last = APPLICATION_ROWS.indexOf("totalProcessed");
  return APPLICATION_ROWS.filter((row) => !skip.has(row)).map((row) => {
    const { rowLabel } = applicationCell(row);
    const i = APPLICATION_ROWS.indexOf(row);
    const space = rowLabel.zh.indexOf(" ");
    const sub = space > 0 ? rowLabel.zh.slice(0, space) : null;
    return {
      row,
      group: i >= first && i <= last ? OUTCOME_GROUP : null,
      subgroup: sub ? { zh: sub, en: SUBGROUP_EN[sub] ?? sub } : null,
      label: { zh: sub ? rowLabel.zh.slice(space + 1) : rowLabel.zh, en: rowLabel.en },
    };
  });
}

/** Whether a report printed （六） as sub-rows: from the cells it has, else its template's usual form. */
export function printsOtherSplit(cellIds: ReadonlySet<string>, template: string | null): boolean {
  const has = (rows: readonly string[]) => [...cellIds].some((id) => rows.some((r) => id.startsWith(`applications.${r}.`)));
  if (has(OTHER_SPLIT_ROWS)) return true;
  if (has(OTHER_SINGLE_ROWS)) return false;
  return template !== "2019";
}

/** Table 四: three groups (行政复议; 行政诉讼 未经复议直接起诉 / 复议后起诉) of five outcome columns. */
export const REVIEW_GROUPS = Object.keys(REVIEW_LITIGATION) as (keyof typeof REVIEW_LITIGATION)[];
export const OUTCOME_FIELDS = Object.keys(OUTCOME_CELLS) as (keyof typeof OUTCOME_CELLS)[];
export const LITIGATION_HEADER: Label = { zh: "行政诉讼", en: "Administrative litigation" };
