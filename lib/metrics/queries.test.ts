import { describe, expect, it } from "vitest";
import { METRICS_BY_ID } from "./catalogue";
import { agencyTypeSql } from "./agencyType";
import {
  agencyReportsQuery,
  coverageQuery,
  diagnosticsByCodeQuery,
  filterConditions,
  findingsByRuleQuery,
  findingsQuery,
  headlineQuery,
  latestYearQuery,
  metricValuesQuery,
  reportCellsQuery,
  reportDiagnosticsQuery,
  rosterQuery,
  reportFindingsQuery,
  trendQuery,
} from "./queries";

const punishment = METRICS_BY_ID.get("active_punishment_decisions")!;
const fees = METRICS_BY_ID.get("active_fees_amount")!;
const grant = METRICS_BY_ID.get("grant-rate")!;

describe("rosterQuery and metricValuesQuery", () => {
  it("read one year's reports under the same filter, in the same order, row for row", () => {
    expect(rosterQuery(2021, { province: "浙江省" })).toBe(
      [
        "SELECT report_id, agency, province, city, county, template, synthetic",
        "FROM reports",
        "WHERE year = 2021",
        "  AND province = '浙江省'",
        "  AND NOT synthetic",
        "ORDER BY report_id",
      ].join("\n"),
    );
    expect(metricValuesQuery(punishment, 2021, { province: "浙江省" })).toBe(
      ['SELECT "active_punishment_decisions" AS value', "FROM reports", "WHERE year = 2021", "  AND province = '浙江省'", "  AND NOT synthetic", "ORDER BY report_id"].join("\n"),
    );
  });
  it("never joins the fee amount with the 2019 item counts: its one template is what rankOrder keeps", () => {
    expect(fees.templates).toEqual(["2021"]);
  });
  it("quotes filter values and rejects a malformed region code", () => {
    expect(filterConditions({ city: "x' OR 1=1 --", includeSynthetic: true })).toEqual(["city = 'x'' OR 1=1 --'"]);
    expect(() => filterConditions({ regionCode: "33' OR 1" })).toThrow("not 2–6 digits");
    expect(filterConditions({ regionCode: "3302" })).toEqual(["starts_with(region_code, '3302')", "NOT synthetic"]);
  });
  it("rejects a year that is not an integer", () => {
    expect(() => rosterQuery(Number.NaN)).toThrow("not an integer");
    expect(() => metricValuesQuery(punishment, Number.NaN)).toThrow("not an integer");
  });
});

describe("latestYearQuery", () => {
  it("finds the latest year of the reports the filter keeps, synthetic ones left out unless asked", () => {
    expect(latestYearQuery()).toBe(["SELECT max(year) AS year", "FROM reports", "WHERE year IS NOT NULL", "  AND NOT synthetic"].join("\n"));
    expect(latestYearQuery({ includeSynthetic: true })).toBe("SELECT max(year) AS year\nFROM reports\nWHERE year IS NOT NULL");
  });
});

describe("trendQuery", () => {
  it("unions one select per metric in long form", () => {
    expect(trendQuery([punishment, grant], ["乐清市卫生健康局", "O'Hare"], { from: 2019 })).toBe(
      [
        "SELECT 'active_punishment_decisions' AS metric, report_id, agency, year, template, CASE WHEN template IN ('2019', '2021') THEN \"active_punishment_decisions\" END AS value",
        "FROM reports",
        "WHERE agency IN ('乐清市卫生健康局', 'O''Hare')",
        "  AND year >= 2019",
        "  AND NOT synthetic",
        "UNION ALL",
        `SELECT 'grant-rate' AS metric, report_id, agency, year, template, CASE WHEN template IN ('2019', '2021') THEN ${grant.sql} END AS value`,
        "FROM reports",
        "WHERE agency IN ('乐清市卫生健康局', 'O''Hare')",
        "  AND year >= 2019",
        "  AND NOT synthetic",
        "ORDER BY metric, agency, year, report_id",
      ].join("\n"),
    );
  });
  it("needs a metric and an agency", () => {
    expect(() => trendQuery([], ["a"])).toThrow("no metric");
    expect(() => trendQuery([grant], [])).toThrow("no agency");
  });
});

describe("coverage and findings", () => {
  it("counts reports per agency and year", () => {
    expect(coverageQuery({ includeSynthetic: true })).toBe(
      [
        "SELECT agency, year, count(*) AS reports, bool_or(synthetic) AS synthetic, string_agg(DISTINCT template, ',' ORDER BY template) AS templates",
        "FROM reports",
        "GROUP BY agency, year",
        "ORDER BY agency, year",
      ].join("\n"),
    );
  });
  it("counts the headline figures of the filtered reports", () => {
    expect(headlineQuery()).toBe(
      [
        "WITH r AS (SELECT report_id, agency, year, synthetic FROM reports WHERE NOT synthetic)",
        "SELECT count(*) AS reports, count(DISTINCT agency) AS agencies, count(DISTINCT year) AS years,",
        "  min(year) AS first_year, max(year) AS last_year, count(*) FILTER (WHERE synthetic) AS synthetic,",
        "  (SELECT count(*) FROM checks WHERE severity IN ('error', 'warning') AND report_id IN (SELECT report_id FROM r)) AS findings",
        "FROM r",
      ].join("\n"),
    );
  });
  it("lists findings errors first with filters", () => {
    expect(findingsQuery({ severities: ["error"], agency: "临渭区卫生健康局", limit: 5 })).toBe(
      [
        'SELECT report_id, file, agency, year, rule, severity, "table", "row", "column", expected, actual, message',
        "FROM checks",
        "WHERE severity IN ('error')",
        "  AND agency = '临渭区卫生健康局'",
        "ORDER BY CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, year DESC, agency, rule",
        "LIMIT 5",
      ].join("\n"),
    );
    expect(findingsByRuleQuery()).toContain("GROUP BY rule, severity");
    expect(findingsQuery({ excludeSynthetic: true })).toContain("WHERE report_id IN (SELECT report_id FROM reports WHERE NOT synthetic)\nORDER BY");
  });
  it("selects an agency's reports with catalogue columns", () => {
    expect(agencyReportsQuery("a'b", [punishment])).toBe(
      [
        "SELECT report_id, file, format, agency, year, template, province, city, county, synthetic, diagnostics,",
        '  "active_punishment_decisions" AS "active_punishment_decisions"',
        "FROM reports",
        "WHERE agency = 'a''b'",
        "ORDER BY year, file",
      ].join("\n"),
    );
  });
});

describe("agency type filter", () => {
  it("filters on the CASE over the name's ending", () => {
    expect(filterConditions({ agencyType: "health", includeSynthetic: true })).toEqual([`${agencyTypeSql()} = 'health'`]);
    expect(filterConditions({ agencyType: "other" })).toEqual([`${agencyTypeSql()} = 'other'`, "NOT synthetic"]);
  });
  it("rejects a type that is not in the list", () => {
    expect(() => filterConditions({ agencyType: "x' OR 1=1" })).toThrow('agency type "x\' OR 1=1" is not known');
  });
});

describe("reportDiagnosticsQuery / diagnosticsByCodeQuery", () => {
  it("reads one report's parser diagnostics, errors first, then by source line", () => {
    expect(reportDiagnosticsQuery("a'b")).toBe(
      [
        'SELECT code, severity, "table", "row", "column", line, message',
        "FROM diagnostics",
        "WHERE report_id = 'a''b'",
        "ORDER BY CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, line NULLS FIRST, code",
      ].join("\n"),
    );
  });
  it("counts diagnostics by code and severity, errors first", () => {
    expect(diagnosticsByCodeQuery()).toBe(
      [
        "SELECT code, severity, count(*) AS diagnostics, count(DISTINCT report_id) AS reports",
        "FROM diagnostics",
        "GROUP BY code, severity",
        "ORDER BY CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, diagnostics DESC, code",
      ].join("\n"),
    );
  });
});

describe("reportCellsQuery / reportFindingsQuery", () => {
  it("reads the cells of the reports asked for, with raw text and line", () => {
    expect(reportCellsQuery(["d4271121fd143202", "a'b"])).toBe(
      ["SELECT report_id, cell_id, value, raw, line", "FROM cells", "WHERE report_id IN ('d4271121fd143202', 'a''b')", "ORDER BY report_id, cell_id"].join("\n"),
    );
    expect(() => reportCellsQuery([])).toThrow("no report");
  });
  it("reads one report's findings with their cells, errors first", () => {
    expect(reportFindingsQuery("d4271121fd143202")).toBe(
      [
        'SELECT rule, severity, "table", "row", "column", expected, actual, message, cells, lines',
        "FROM checks",
        "WHERE report_id = 'd4271121fd143202'",
        `ORDER BY CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, rule, "table", "row", "column"`,
      ].join("\n"),
    );
  });
});
