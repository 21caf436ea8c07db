// The three tables of a report as printed grids (origin cells with rowspan and
// colspan, like a Word or HTML table). Every layout is rendered from these.
import type { Active2019, Active2021, ApplicantColumns, OutcomeColumns, TableId } from "../model";
import type { SyntheticReport } from "./generateReport";
import { formatValue, type ValueKind } from "./format";
import type { Random } from "./random";
import {
  APPLICANT_COLUMNS,
  OUTCOME_COLUMNS,
  REVIEW_GROUPS,
  type ApplicationRow,
} from "./rows";

export type CellRole = "section" | "header" | "label" | "value";

export interface GridCell {
  role: CellRole;
  /** Printed text; for a blank value cell, "". */
  text: string;
  rowspan: number;
  colspan: number;
  /** For value cells: the cell is blank (`null` in the truth). */
  blank?: boolean;
}

export interface Grid {
  table: TableId;
  width: number;
  /** Origin cells only, in reading order, as in an HTML `<tr>`. */
  rows: GridCell[][];
}

/** One position of the expanded grid: the origin cell that covers it and how. */
export interface Slot {
  cell: GridCell;
  origin: boolean;
  /** Covered by a rowspan from a row above (not the origin row). */
  belowOrigin: boolean;
  /** Covered by a colspan from a column to the left. */
  rightOfOrigin: boolean;
}

const cell = (role: CellRole, text: string, rowspan = 1, colspan = 1): GridCell => ({ role, text, rowspan, colspan });

export interface LabelStyle {
  ascii: boolean;
  spaceAfterNumber: boolean;
}

export function randomLabelStyle(random: Random): LabelStyle {
  return { ascii: random.chance(0.15), spaceAfterNumber: random.chance(0.15) };
}

/** Applies a report's label habits: `(一) 予以公开` vs `（一）予以公开`, `1. 属于` vs `1.属于`. */
function styled(label: string, style: LabelStyle): string {
  let text = label;
  if (style.ascii) text = text.replace(/（([一二三四五六七八九十]+)）/g, "($1) ").replace(/（/g, "(").replace(/）/g, ")");
  if (style.spaceAfterNumber) text = text.replace(/^(\d)\./, "$1. ");
  return text;
}

function value(v: number | null | undefined, kind: ValueKind, random: Random, colspan = 1): GridCell {
  if (v === null || v === undefined) return { role: "value", text: "", rowspan: 1, colspan, blank: true };
  return cell("value", formatValue(v, kind, random), 1, colspan);
}

export function activeGrid(report: SyntheticReport, random: Random): Grid {
  const rows: GridCell[][] = [];
  const section = (text: string) => rows.push([cell("section", text, 1, 4)]);
  if (report.meta.template === "2021") {
    const a = (report.active ?? {}) as Active2021;
    const variant = random.chance(0.1);
    section("第二十条第（一）项");
    rows.push([
      cell("header", "信息内容"),
      cell("header", variant ? "本年制作件数量" : "本年制发件数"),
      cell("header", "本年废止件数"),
      cell("header", variant ? "现行有效件数量" : "现行有效件数"),
    ]);
    for (const [label, docs] of [
      ["规章", a.regulations],
      [random.chance(0.6) ? "行政规范性文件" : "规范性文件", a.normativeDocuments],
    ] as const) {
      rows.push([cell("label", label), value(docs?.made, "count", random), value(docs?.repealed, "count", random), value(docs?.inForce, "count", random)]);
    }
    section("第二十条第（五）项");
    rows.push([cell("header", "信息内容"), cell("header", "本年处理决定数量", 1, 3)]);
    rows.push([cell("label", "行政许可"), value(a.licensing?.decisions, "count", random, 3)]);
    section("第二十条第（六）项");
    rows.push([cell("header", "信息内容"), cell("header", "本年处理决定数量", 1, 3)]);
    rows.push([cell("label", "行政处罚"), value(a.punishment?.decisions, "count", random, 3)]);
    rows.push([cell("label", "行政强制"), value(a.coercion?.decisions, "count", random, 3)]);
    section("第二十条第（八）项");
    rows.push([cell("header", "信息内容"), cell("header", "本年收费金额（单位：万元）", 1, 3)]);
    rows.push([cell("label", "行政事业性收费"), value(a.fees?.amount, "money", random, 3)]);
  } else {
    const a = (report.active ?? {}) as Active2019;
    section("第二十条第（一）项");
    rows.push([cell("header", "信息内容"), cell("header", "本年新制作数量"), cell("header", "本年新公开数量"), cell("header", "对外公开总数量")]);
    for (const [label, docs] of [
      ["规章", a.regulations],
      ["规范性文件", a.normativeDocuments],
    ] as const) {
      rows.push([cell("label", label), value(docs?.newMade, "count", random), value(docs?.newPublished, "count", random), value(docs?.totalPublished, "count", random)]);
    }
    const itemsHeader = () => [cell("header", "信息内容"), cell("header", "上一年项目数量"), cell("header", "本年增/减"), cell("header", "处理决定数量")];
    const items = (label: string, row: Active2019["licensing"]) => [
      cell("label", label),
      value(row?.prevItems, "count", random),
      value(row?.change, "change", random),
      value(row?.decisions, "count", random),
    ];
    section("第二十条第（五）项");
    rows.push(itemsHeader());
    rows.push(items("行政许可", a.licensing));
    rows.push(items("其他对外管理服务事项", a.otherServices));
    section("第二十条第（六）项");
    rows.push(itemsHeader());
    rows.push(items("行政处罚", a.punishment));
    rows.push(items("行政强制", a.coercion));
    section("第二十条第（八）项");
    rows.push([cell("header", "信息内容"), cell("header", "上一年项目数量"), cell("header", "本年增/减", 1, 2)]);
    rows.push([cell("label", "行政事业性收费"), value(a.fees?.prevItems, "count", random), value(a.fees?.change, "change", random, 2)]);
    section("第二十条第（九）项");
    rows.push([cell("header", "信息内容"), cell("header", "采购项目数量"), cell("header", "采购总金额", 1, 2)]);
    rows.push([cell("label", "政府集中采购"), value(a.procurement?.projects, "count", random), value(a.procurement?.amount, "money", random, 2)]);
  }
  return { table: "active", width: 4, rows };
}

/** Row labels of table 三 below the 三、本年度办理结果 column, as (group, item) pairs. */
const OUTCOME_LABELS: Record<string, [string | null, string]> = {
  granted: [null, "（一）予以公开"],
  partiallyGranted: [null, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"],
  deniedStateSecret: ["（三）不予公开", "1.属于国家秘密"],
  deniedLawProhibited: ["（三）不予公开", "2.其他法律行政法规禁止公开"],
  deniedSecurityStability: ["（三）不予公开", "3.危及“三安全一稳定”"],
  deniedThirdParty: ["（三）不予公开", "4.保护第三方合法权益"],
  deniedInternalAffairs: ["（三）不予公开", "5.属于三类内部事务信息"],
  deniedProcessInfo: ["（三）不予公开", "6.属于四类过程性信息"],
  deniedEnforcementFile: ["（三）不予公开", "7.属于行政执法案卷"],
  deniedQueryMatter: ["（三）不予公开", "8.属于行政查询事项"],
  unavailableNotHeld: ["（四）无法提供", "1.本机关不掌握相关政府信息"],
  unavailableNeedsCreation: ["（四）无法提供", "2.没有现成信息需要另行制作"],
  unavailableUnclear: ["（四）无法提供", "3.补正后申请内容仍不明确"],
  notProcessedPetition: ["（五）不予处理", "1.信访举报投诉类申请"],
  notProcessedRepeat: ["（五）不予处理", "2.重复申请"],
  notProcessedPublication: ["（五）不予处理", "3.要求提供公开出版物"],
  notProcessedExcessive: ["（五）不予处理", "4.无正当理由大量反复申请"],
  notProcessedReconfirm: ["（五）不予处理", "5.要求行政机关确认或重新出具已获取信息"],
  otherProcessing: [null, "（六）其他处理"],
  otherOverdueCorrection: ["（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"],
  otherOverdueFee: ["（六）其他处理", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"],
  otherMisc: ["（六）其他处理", "3.其他"],
  totalProcessed: [null, "（七）总计"],
};

export function applicationsGrid(report: SyntheticReport, random: Random, style: LabelStyle): Grid {
  const apps = report.applications;
  if (!apps) throw new Error("applicationsGrid: the report has no table 三");
  const values = (row: ApplicantColumns | undefined) => APPLICANT_COLUMNS.map((c) => value(row?.[c], "count", random));
  const rows: GridCell[][] = [
    [cell("header", "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3), cell("header", "申请人情况", 1, 7)],
    [cell("header", "自然人", 2), cell("header", "法人或其他组织", 1, 5), cell("header", "总计", 2)],
    ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"].map((t) => cell("header", t)),
    [cell("label", styled("一、本年新收政府信息公开申请数量", style), 1, 3), ...values(apps.newReceived)],
    [cell("label", styled("二、上年结转政府信息公开申请数量", style), 1, 3), ...values(apps.carriedOver)],
  ];
  // Only the （六） rows the report prints: one row or three.
  const outcomeKeys = (Object.keys(OUTCOME_LABELS) as ApplicationRow[]).filter((k) => apps[k] !== undefined);
  const groupSize = (group: string) => outcomeKeys.filter((k) => OUTCOME_LABELS[k]?.[0] === group).length;
  let previousGroup: string | null = null;
  outcomeKeys.forEach((key, index) => {
    const [group, item] = OUTCOME_LABELS[key] ?? [null, key];
    const row: GridCell[] = [];
    if (index === 0) row.push(cell("label", styled("三、本年度办理结果", style), outcomeKeys.length));
    if (group === null) row.push(cell("label", styled(item, style), 1, 2));
    else {
      if (group !== previousGroup) row.push(cell("label", styled(group, style), groupSize(group)));
      row.push(cell("label", styled(item, style)));
    }
    previousGroup = group;
    rows.push([...row, ...values(apps[key])]);
  });
  rows.push([cell("label", styled("四、结转下年度继续办理", style), 1, 3), ...values(apps.carriedForward)]);
  return { table: "applications", width: 10, rows };
}

export function reviewGrid(report: SyntheticReport, random: Random): Grid {
  const review = report.reviewLitigation;
  if (!review) throw new Error("reviewGrid: the report has no table 四");
  const parts = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
  const values = REVIEW_GROUPS.flatMap((g) => OUTCOME_COLUMNS.map((c) => value((review[g] as OutcomeColumns | undefined)?.[c], "count", random)));
  return {
    table: "reviewLitigation",
    width: 15,
    rows: [
      [cell("header", "行政复议", 1, 5), cell("header", "行政诉讼", 1, 10)],
      [...parts.map((p) => cell("header", p, 2)), cell("header", "未经复议直接起诉", 1, 5), cell("header", "复议后起诉", 1, 5)],
      [...parts, ...parts].map((p) => cell("header", p)),
      values,
    ],
  };
}

/** The grid with every position filled, for layouts that print merged cells as empty slots. */
export function expand(grid: Grid): Slot[][] {
  const matrix: (Slot | undefined)[][] = grid.rows.map(() => new Array<Slot | undefined>(grid.width));
  grid.rows.forEach((row, r) => {
    let c = 0;
    for (const origin of row) {
      while (matrix[r]?.[c] !== undefined) c++;
      for (let dr = 0; dr < origin.rowspan; dr++) {
        for (let dc = 0; dc < origin.colspan; dc++) {
          const target = matrix[r + dr];
          if (target === undefined) throw new Error(`grid ${grid.table}: rowspan past the last row`);
          target[c + dc] = { cell: origin, origin: dr === 0 && dc === 0, belowOrigin: dr > 0, rightOfOrigin: dc > 0 };
        }
      }
      c += origin.colspan;
    }
  });
  return matrix.map((row, r) =>
    Array.from({ length: grid.width }, (_, c) => {
      const slot = row[c];
      if (!slot) throw new Error(`grid ${grid.table}: row ${r} has no cell at column ${c}`);
      return slot;
    }),
  );
}
