"use client";
// Tables 二, 三 and 四 laid out as the official forms print them (lib/metrics/formLayout).
import {
  activeForm,
  APPLICANT_GROUP,
  APPLICANT_HEADER,
  applicationForm,
  LITIGATION_HEADER,
  ORGANISATION_COLUMNS,
  OUTCOME_FIELDS,
  printsOtherSplit,
  REVIEW_GROUPS,
} from "../../../lib/metrics/index";
import { CELLS_BY_ID, TABLE_LABELS } from "../../../lib/model/cells";
import type { Template } from "../../../lib/model/report";
import { ft } from "../../lib/formMessages";
import type { FormContext } from "./formContext";
import { FormValueCell } from "./FormValueCell";

function fieldHeader(id: string, lang: "zh" | "en"): string {
  const def = CELLS_BY_ID.get(id)!;
  return def.unit === "万元" ? `${def.label[lang]}${lang === "zh" ? "（单位：万元）" : " (10k yuan)"}` : def.label[lang];
}

export function ActiveFormTable({ ctx }: { ctx: FormContext }) {
  const { lang } = ctx;
  const template = (ctx.forms.report.template === "2019" ? "2019" : "2021") as Template;
  const sections = activeForm(template);
  const width = Math.max(...sections.map((s) => s.fields.length));
  return (
    <table className="form-table" data-form="active">
      <caption>
        {TABLE_LABELS.active[lang]}
        <span className="tag">{ft(lang, "templateLabel", { template })}</span>
      </caption>
      <tbody>
        {sections.map((s) => (
          <FormSection key={s.heading.zh} ctx={ctx} heading={s.heading[lang]} fields={s.fields} rows={s.rows} width={width} />
        ))}
      </tbody>
    </table>
  );
}

function FormSection({ ctx, heading, fields, rows, width }: { ctx: FormContext; heading: string; fields: string[]; rows: string[]; width: number }) {
  const { lang } = ctx;
  const span = (i: number) => (i === fields.length - 1 ? width - fields.length + 1 : undefined);
  return (
    <>
      <tr className="form-section">
        <th colSpan={width + 1} scope="colgroup">
          {heading}
        </th>
      </tr>
      <tr>
        <th scope="col">{ft(lang, "infoContent")}</th>
        {fields.map((f, i) => (
          <th key={f} scope="col" colSpan={span(i)}>
            {fieldHeader(`active.${rows[0]}.${f}`, lang)}
          </th>
        ))}
      </tr>
      {rows.map((row) => (
        <tr key={row}>
          <th scope="row">{CELLS_BY_ID.get(`active.${row}.${fields[0]}`)!.rowLabel[lang]}</th>
          {fields.map((f, i) => (
            <FormValueCell key={f} id={`active.${row}.${f}`} ctx={ctx} colSpan={span(i)} />
          ))}
        </tr>
      ))}
    </>
  );
}

export function ApplicationsFormTable({ ctx }: { ctx: FormContext }) {
  const { lang } = ctx;
  const rows = applicationForm(printsOtherSplit(new Set(Object.keys(ctx.forms.cells)), ctx.forms.report.template));
  const label = (column: string) => CELLS_BY_ID.get(`applications.newReceived.${column}`)!.label[lang];
  const columns = ["naturalPerson", ...ORGANISATION_COLUMNS, "total"];
  const groupSize = rows.filter((r) => r.group).length;
  const subgroupSize = (zh: string) => rows.filter((r) => r.subgroup?.zh === zh).length;
  return (
    <table className="form-table" data-form="applications">
      <caption>{TABLE_LABELS.applications[lang]}</caption>
      <thead>
        <tr>
          <th colSpan={3} rowSpan={3} />
          <th colSpan={7} scope="colgroup">
            {APPLICANT_HEADER[lang]}
          </th>
        </tr>
        <tr>
          <th rowSpan={2} scope="col">
            {label("naturalPerson")}
          </th>
          <th colSpan={5} scope="colgroup">
            {APPLICANT_GROUP[lang]}
          </th>
          <th rowSpan={2} scope="col">
            {label("total")}
          </th>
        </tr>
        <tr>
          {ORGANISATION_COLUMNS.map((c) => (
            <th key={c} scope="col">
              {label(c)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => {
          const firstOfGroup = r.group && !rows[i - 1]?.group;
          const firstOfSub = r.subgroup && rows[i - 1]?.subgroup?.zh !== r.subgroup.zh;
          return (
            <tr key={r.row} data-row={r.row}>
              {firstOfGroup ? (
                <th rowSpan={groupSize} scope="rowgroup" className="form-group">
                  {r.group![lang]}
                </th>
              ) : null}
              {firstOfSub ? (
                <th rowSpan={subgroupSize(r.subgroup!.zh)} scope="rowgroup" className="form-subgroup">
                  {r.subgroup![lang]}
                </th>
              ) : null}
              <th scope="row" colSpan={r.group ? (r.subgroup ? 1 : 2) : 3}>
                {r.label[lang]}
              </th>
              {columns.map((c) => (
                <FormValueCell key={c} id={`applications.${r.row}.${c}`} ctx={ctx} />
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function ReviewFormTable({ ctx }: { ctx: FormContext }) {
  const { lang } = ctx;
  const groupLabel = (g: string) => CELLS_BY_ID.get(`reviewLitigation.${g}.total`)!.rowLabel[lang];
  const [review, ...litigation] = REVIEW_GROUPS;
  return (
    <table className="form-table" data-form="reviewLitigation">
      <caption>{TABLE_LABELS.reviewLitigation[lang]}</caption>
      <thead>
        <tr>
          <th colSpan={5} rowSpan={2} scope="colgroup">
            {groupLabel(review!)}
          </th>
          <th colSpan={10} scope="colgroup">
            {LITIGATION_HEADER[lang]}
          </th>
        </tr>
        <tr>
          {litigation.map((g) => (
            <th key={g} colSpan={5} scope="colgroup">
              {groupLabel(g)}
            </th>
          ))}
        </tr>
        <tr>
          {REVIEW_GROUPS.flatMap((g) =>
            OUTCOME_FIELDS.map((f) => (
              <th key={`${g}.${f}`} scope="col">
                {CELLS_BY_ID.get(`reviewLitigation.${g}.${f}`)!.label[lang]}
              </th>
            )),
          )}
        </tr>
      </thead>
      <tbody>
        <tr>
          {REVIEW_GROUPS.flatMap((g) => OUTCOME_FIELDS.map((f) => <FormValueCell key={`${g}.${f}`} id={`reviewLitigation.${g}.${f}`} ctx={ctx} />))}
        </tr>
      </tbody>
    </table>
  );
}
