import { describe, expect, it } from "vitest";
import type { Active2021, ParsedReport } from "../model";
import { agencySeries, seriesSteps } from "./agencySeries";
import { checkCorpus } from "./index";
import { buildReport, consistentApplications, type Values } from "./testing/buildReport";

const AGENCY = "示例市卫生健康局";
const region = { province: "浙江省", city: "示例市", county: null, code: "330100" };
const active2019 = {
  regulations: { newMade: 0, newPublished: 0, totalPublished: 0 },
  normativeDocuments: { newMade: 1, newPublished: 1, totalPublished: 20 },
};
const active2021 = (regulations: [number, number, number], normative: [number, number, number]): Active2021 => ({
  regulations: { made: regulations[0], repealed: regulations[1], inForce: regulations[2] },
  normativeDocuments: { made: normative[0], repealed: normative[1], inForce: normative[2] },
});

function report(file: string, year: number, options: { active?: ParsedReport["active"]; carriedOver?: Values; template?: "2019" | "2021" } = {}) {
  const template = options.template ?? (year >= 2021 ? "2021" : "2019");
  const applications = consistentApplications();
  if (options.carriedOver) applications.carriedOver = options.carriedOver;
  return buildReport({
    file,
    sha256: `sha-${file}`,
    meta: { agency: AGENCY, year, template, region },
    active: options.active ?? (template === "2019" ? active2019 : active2021([0, 0, 0], [3, 1, 24])),
    applications,
    lines: { carriedOver: { line: 50, stride: 1 } },
  });
}

// One agency: 2019 and 2020 in the 2019 template, 2021 onward in 2021's; 2022
// printed twice (a: wrong 上年结转 and 规章 现行有效, b: right); no 2023.
const r2019 = report("a/2019.txt", 2019);
const r2020 = report("a/2020.txt", 2020);
const r2021 = report("a/2021.txt", 2021, { active: active2021([0, 0, 0], [3, 1, 24]) });
const r2022a = report("a/2022.txt", 2022, { active: active2021([1, 0, 0], [2, 0, 26]), carriedOver: [2, 0, 0, 0, 0, 0, 2] });
const r2022b = report("b/2022.txt", 2022, { active: active2021([1, 0, 1], [2, 0, 26]) });
const r2024 = report("a/2024.txt", 2024, { active: active2021([0, 0, 1], [0, 0, 26]) });
const series = [r2024, r2022b, r2020, r2022a, r2019, r2021];

const summary = (findings: ReturnType<typeof checkCorpus>) =>
  findings.map(({ file, finding: f }) => [file, f.rule, f.severity, f.row, f.column, f.expected, f.actual, f.message, f.relatedFile]);

describe("agencySeries", () => {
  it("orders one agency's reports by year and pairs each with the previous year present", () => {
    const [only, ...rest] = agencySeries(series);
    expect(rest).toEqual([]);
    expect(only?.reports.map((r) => r.meta.source.file)).toEqual([
      "a/2019.txt",
      "a/2020.txt",
      "a/2021.txt",
      "a/2022.txt",
      "b/2022.txt",
      "a/2024.txt",
    ]);
    expect(seriesSteps(only!).map((s) => [s.current.meta.source.file, s.previous.meta.source.file, s.missingYears])).toEqual([
      ["a/2020.txt", "a/2019.txt", []],
      ["a/2021.txt", "a/2020.txt", []],
      ["a/2022.txt", "a/2021.txt", []],
      ["b/2022.txt", "a/2021.txt", []],
      ["a/2024.txt", "a/2022.txt", [2023]],
    ]);
  });

  it("keeps same-named agencies of different regions apart, and joins a report without a code to a name with one", () => {
    const other = (file: string, year: number, code: string | null) =>
      buildReport({ file, meta: { agency: "区 卫生健康局", year, region: { ...region, code } } });
    const groups = agencySeries([other("x/2020", 2020, "110101"), other("y/2021", 2021, "310101"), other("z/2021", 2021, null)]);
    expect(groups.map((g) => [g.code, g.reports.map((r) => r.meta.source.file)])).toEqual([
      ["110101", ["x/2020"]],
      ["310101", ["y/2021"]],
      [null, ["z/2021"]],
    ]);
    const joined = agencySeries([other("x/2020", 2020, "110101"), other("z/2021", 2021, null)]);
    expect(joined.map((g) => g.reports.length)).toEqual([2]);
  });

  it("never mixes synthetic and real reports", () => {
    const synthetic = buildReport({ file: "s/2020", meta: { agency: AGENCY, year: 2020, region, synthetic: true } });
    expect(agencySeries([r2019, synthetic])).toHaveLength(2);
  });
});

describe("checkCorpus", () => {
  const findings = checkCorpus(series);

  it("checks 上年结转 against last year's 结转下年度, and says why a gap year is not checked", () => {
    expect(summary(findings.filter((f) => f.finding.rule === "carry-chain"))).toEqual([
      [
        "a/2022.txt",
        "carry-chain",
        "error",
        "carriedOver",
        "naturalPerson",
        1,
        2,
        "二、上年结转 2 ≠ 2021 年报告 四、结转下年度继续办理 1（自然人）",
        "a/2021.txt",
      ],
      ["a/2022.txt", "carry-chain", "error", "carriedOver", "total", 1, 2, "二、上年结转 2 ≠ 2021 年报告 四、结转下年度继续办理 1（总计）", "a/2021.txt"],
      [
        "a/2024.txt",
        "carry-chain",
        "unchecked",
        "carriedOver",
        "*",
        null,
        null,
        "缺少 2023 年报告（上一份为 2022 年），上年结转衔接无法核对",
        "a/2022.txt",
      ],
    ]);
  });

  it("gives chain findings this report's lines and both reports' cells", () => {
    const first = findings.find((f) => f.finding.rule === "carry-chain");
    expect(first?.finding.cells).toEqual(["applications.carriedOver.naturalPerson", "applications.carriedForward.naturalPerson"]);
    expect(first?.finding.lines).toEqual([50]);
  });

  it("checks 现行有效件数 within the 2021 template and skips the template change with a reason", () => {
    expect(summary(findings.filter((f) => f.finding.rule === "in-force-chain"))).toEqual([
      [
        "a/2021.txt",
        "in-force-chain",
        "unchecked",
        "*",
        "inForce",
        null,
        null,
        "模板变更（2019 → 2021），2020 年报告没有可衔接的现行有效件数，现行有效件数衔接无法核对",
        "a/2020.txt",
      ],
      ["a/2022.txt", "in-force-chain", "error", "regulations", "inForce", 1, 0, "规章：现行有效件数 0 ≠ 2021 年 0 + 制发 1 − 废止 0 = 1", "a/2021.txt"],
      [
        "a/2024.txt",
        "in-force-chain",
        "unchecked",
        "*",
        "inForce",
        null,
        null,
        "缺少 2023 年报告（上一份为 2022 年），现行有效件数衔接无法核对",
        "a/2022.txt",
      ],
    ]);
  });

  it("flags both reports of a duplicated agency and year", () => {
    expect(summary(findings.filter((f) => f.finding.rule === "duplicate-report"))).toEqual([
      ["a/2022.txt", "duplicate-report", "warning", "*", "*", null, null, "示例市卫生健康局 2022 年另有一份报告：b/2022.txt", "b/2022.txt"],
      ["b/2022.txt", "duplicate-report", "warning", "*", "*", null, null, "示例市卫生健康局 2022 年另有一份报告：a/2022.txt", "a/2022.txt"],
    ]);
  });

  it("reports blank chain cells as one unchecked finding per step", () => {
    const blank = report("a/2020.txt", 2020, { carriedOver: [1, null, 0, 0, 0, 0, null] });
    expect(summary(checkCorpus([r2019, blank]))).toEqual([
      [
        "a/2020.txt",
        "carry-chain",
        "unchecked",
        "carriedOver",
        "*",
        null,
        null,
        "上年结转衔接无法核对（商业企业、总计）：本报告 二、上年结转政府信息公开申请数量（商业企业、总计）空白",
        "a/2019.txt",
      ],
    ]);
  });

  it("names blank cells of last year's report as such", () => {
    const previous = buildReport({
      file: "a/2019.txt",
      meta: { agency: AGENCY, year: 2019, template: "2019", region },
      applications: { ...consistentApplications(), carriedForward: [1, 0, 0, 0, 0, 0, null] },
    });
    expect(checkCorpus([previous, r2020]).map((f) => f.finding.message)).toEqual([
      "上年结转衔接无法核对（总计）：2019 年报告 四、结转下年度继续办理（总计）空白",
    ]);
  });

  it("finds nothing in a consistent series, and a same file given twice is no duplicate", () => {
    expect(checkCorpus([r2019, r2020, r2019])).toEqual([]);
  });
});
