import { describe, expect, it } from "vitest";
import { sameYearReports, templateBoundary, yearOverYear } from "./yearOverYear";

const row = (key: string, year: number, value: number | null, template = "2021") => ({ key, year, value, template });

describe("yearOverYear", () => {
  it("compares each series with its own previous year", () => {
    const rows = [row("A", 2020, 100), row("A", 2021, 130), row("B", 2021, 5), row("B", 2020, 10)];
    expect(yearOverYear(rows, true)).toEqual([
      { previous: null, change: null, ratio: null },
      { previous: 100, change: 30, ratio: 0.3 },
      { previous: 10, change: -5, ratio: -0.5 },
      { previous: null, change: null, ratio: null },
    ]);
  });
  it("skips a gap year instead of comparing with an older one", () => {
    expect(yearOverYear([row("A", 2019, 1), row("A", 2021, 2)], true)[1]).toEqual({ previous: null, change: null, ratio: null });
  });
  it("leaves blanks and a zero base without a ratio", () => {
    const out = yearOverYear([row("A", 2020, 0), row("A", 2021, 4), row("A", 2022, null)], true);
    expect(out[1]).toEqual({ previous: 0, change: 4, ratio: null });
    expect(out[2]).toEqual({ previous: 4, change: null, ratio: null });
  });
  it("never compares across the template change for a metric that is not comparable", () => {
    const rows = [row("A", 2020, 3, "2019"), row("A", 2021, 7, "2021")];
    expect(yearOverYear(rows, false)[1]).toEqual({ previous: null, change: null, ratio: null });
    expect(yearOverYear(rows, true)[1]).toEqual({ previous: 3, change: 4, ratio: 4 / 3 });
  });
});

describe("templateBoundary", () => {
  it("is the last 2019-template year and the first 2021-template year shown", () => {
    expect(templateBoundary([row("A", 2019, 1, "2019"), row("A", 2020, 1, "2019"), row("A", 2021, 1), row("A", 2022, 1)])).toEqual({ lastOld: 2020, firstNew: 2021 });
  });
  it("is null when only one template is shown", () => {
    expect(templateBoundary([row("A", 2021, 1), row("B", 2022, 1)])).toBeNull();
    expect(templateBoundary([])).toBeNull();
  });
  it("reports overlapping years as they are", () => {
    expect(templateBoundary([row("A", 2021, 1, "2019"), row("B", 2020, 1, "2021")])).toEqual({ lastOld: 2021, firstNew: 2020 });
  });
});

describe("sameYearReports", () => {
  it("lists each series-year with more than one report, with the first report and the count", () => {
    const rows = [row("A", 2021, 1), row("B", 2021, 5), row("A", 2021, 2), row("A", 2022, 3), row("A", 2021, 4)];
    expect(sameYearReports(rows)).toEqual([{ row: rows[0], count: 3 }]);
    expect(sameYearReports([row("A", 2021, 1), row("A", 2022, 1)])).toEqual([]);
  });
});
