import { describe, expect, it } from "vitest";
import { buildDate, sourceLines } from "./sourceLines";

describe("sourceLines", () => {
  const base = { builtAt: "2026-11-23T21:52:36.931Z", reports: 5, syntheticShown: 0, syntheticInDataset: 0 };
  it("names the source, the number of reports and the build day in Beijing", () => {
    expect(buildDate(base.builtAt)).toBe("2026-11-24");
    expect(sourceLines({ ...base, lang: "zh" })).toEqual(["来源：各单位政府信息公开工作年度报告（5 份报告）；数据生成于 2026-11-24"]);
    expect(sourceLines({ ...base, lang: "en" })[0]).toBe(
      "Source: the agencies' annual government information disclosure reports (各单位政府信息公开工作年度报告); 5 reports; data built 2026-11-24",
    );
  });
  it("says when synthetic reports are in the chart", () => {
    const lines = sourceLines({ ...base, lang: "zh", syntheticShown: 2, syntheticInDataset: 3 });
    expect(lines[1]).toBe("注意：图中含 2 份合成报告（【合成数据】，仅供测试，并非真实报告）。");
  });
  it("says when the dataset holds synthetic reports the chart leaves out", () => {
    expect(sourceLines({ ...base, lang: "zh", syntheticInDataset: 3 })[1]).toBe("数据集另含 3 份合成报告（仅供测试），未计入本图。");
    expect(sourceLines({ ...base, lang: "en", syntheticInDataset: 3 })[1]).toMatch(/^The dataset also holds 3 synthetic reports/);
  });
  it("says so when the chart includes synthetic reports it cannot count", () => {
    expect(sourceLines({ ...base, lang: "zh", syntheticShown: null, syntheticInDataset: 4 })[1]).toBe(
      "注意：本图未排除合成报告（数据集含 4 份【合成数据】，仅供测试，并非真实报告）。",
    );
    expect(sourceLines({ ...base, lang: "zh", syntheticShown: null })).toHaveLength(1);
  });
  it("keeps an unreadable date as written", () => {
    expect(buildDate("unknown")).toBe("unknown");
  });
});
