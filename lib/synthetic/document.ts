// A generated report as a sequence of blocks (title, headings, paragraphs,
// tables) that every layout prints in its own way. The running text names the
// agency and year, and only states figures that agree with the tables.
import { SYNTHETIC_MARKER } from "../model";
import type { SyntheticReport } from "./generateReport";
import { activeGrid, applicationsGrid, randomLabelStyle, reviewGrid, type Grid } from "./grid";
import type { Random } from "./random";

export type Block =
  | { kind: "title"; text: string }
  | { kind: "heading"; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "table"; grid: Grid };

export function reportTitle(report: SyntheticReport, random: Random): string {
  const { agency, year } = report.meta;
  return `${SYNTHETIC_MARKER}${agency ?? ""}${year ?? ""}${random.chance(0.3) ? "年度" : "年"}政府信息公开工作年度报告`;
}

export function reportBlocks(report: SyntheticReport, random: Random): Block[] {
  const { agency, year } = report.meta;
  const received = report.applications?.newReceived?.total;
  const style = randomLabelStyle(random);
  const applicationsSentence =
    received === null || received === undefined
      ? "本机关依法办理政府信息公开申请，做到依法、及时、规范答复。"
      : received === 0
        ? `${year}年，本机关未收到政府信息公开申请。`
        : `${year}年，本机关共收到政府信息公开申请${received}件，均在法定期限内答复。`;
  return [
    { kind: "title", text: reportTitle(report, random) },
    {
      kind: "paragraph",
      text:
        `本报告由${agency}根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和有关规定编制。` +
        `全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。` +
        `本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`,
    },
    { kind: "heading", text: "一、总体情况" },
    {
      kind: "paragraph",
      text: `${year}年，${agency}认真贯彻落实《条例》，坚持以公开为常态、不公开为例外，持续加强政府信息公开工作，保障公众的知情权、参与权、表达权和监督权。`,
    },
    { kind: "heading", text: "（一）主动公开情况" },
    { kind: "paragraph", text: "通过政府门户网站、政务新媒体等渠道及时公开机构职能、政策文件、财政预决算、行政执法等信息。" },
    { kind: "heading", text: "（二）依申请公开情况" },
    { kind: "paragraph", text: applicationsSentence },
    { kind: "heading", text: "二、主动公开政府信息情况" },
    { kind: "table", grid: activeGrid(report, random) },
    { kind: "heading", text: "三、收到和处理政府信息公开申请情况" },
    { kind: "table", grid: applicationsGrid(report, random, style) },
    { kind: "heading", text: "四、政府信息公开行政复议、行政诉讼情况" },
    { kind: "table", grid: reviewGrid(report, random) },
    { kind: "heading", text: "五、存在的主要问题及改进情况" },
    {
      kind: "paragraph",
      text: "政府信息公开工作仍存在公开内容不够全面、政策解读形式较为单一等问题。下一步，将进一步健全工作机制，加强业务培训，提升公开质量。",
    },
    { kind: "heading", text: "六、其他需要报告的事项" },
    { kind: "paragraph", text: random.chance(0.5) ? "本年度未收取信息处理费。无其他需要报告的事项。" : "无。" },
  ];
}
