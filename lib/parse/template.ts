// Which national template table 二 follows, read from its column headers: the 2021
// template has 本年制发/废止/现行有效 and 收费金额, the 2019 template 新制作/新公开/
// 对外公开总数, 上一年项目数量/增减 and 政府集中采购. Headers may come broken into
// single characters (PDF), so the whole region is read as one whitespace-free text.
import type { SourceRow, Template } from "../model";
import { rowText } from "./regions";

const MARKS_2021 = ["制发", "废止", "现行有效", "收费金额"];
const MARKS_2019 = ["新制作", "新公开", "对外公开总数", "上一年项目数量", "本年增/减", "增/减", "其他对外管理服务", "采购"];

export function detectTemplate(rows: readonly SourceRow[]): { template: Template | null; evidence: string } {
  let text = "";
  for (const row of rows) text += rowText(row);
  const found2021 = MARKS_2021.filter((m) => text.includes(m));
  const found2019 = MARKS_2019.filter((m) => text.includes(m));
  if (found2021.length > found2019.length) return { template: "2021", evidence: found2021.join("、") };
  if (found2019.length > found2021.length) return { template: "2019", evidence: found2019.join("、") };
  return { template: null, evidence: "" };
}
