// One agency over several years: this year's 上年结转 is last year's 结转下年度,
// and (2021 template) 现行有效件数 follows last year's plus 制发 minus 废止.
import type { Active2021, Template } from "../model";
import { randomAgency } from "./agencies";
import { generateWithCarry, type Carry, type GenerateOptions, type SyntheticReport } from "./generateReport";
import { createRandom } from "./random";

export interface SeriesOptions {
  agency?: string;
  /** Consecutive or not, in order; default 2019–2024. */
  years?: number[];
  /** First year printed in the 2021 template; earlier years use 2019's. Default 2021. */
  templateChangeAt?: number;
  otherLayout?: GenerateOptions["otherLayout"];
  blankRate?: number;
}

export function generateSeries(seed: number, options: SeriesOptions = {}): SyntheticReport[] {
  const random = createRandom(seed);
  const years = options.years ?? [2019, 2020, 2021, 2022, 2023, 2024];
  const changeAt = options.templateChangeAt ?? 2021;
  const picked = randomAgency(random.fork());
  const agency = options.agency ?? picked.name;
  const region = options.agency ? { province: null, city: null, county: null, code: null } : picked.region;
  const reports: SyntheticReport[] = [];
  let carry: Carry = {};
  for (const year of years) {
    const template: Template = year >= changeAt ? "2021" : "2019";
    const report = generateWithCarry(
      random.fork(),
      { agency, region, year, template, otherLayout: options.otherLayout, blankRate: options.blankRate },
      carry,
    );
    reports.push(report);
    carry = carryFrom(report);
  }
  return reports;
}

/**
 * Series of distinct agencies, seed after seed: a seed whose agency an earlier
 * series already has is skipped, so that a large corpus holds no two unrelated
 * series under one name (they would read as duplicates and broken year chains).
 */
export function* distinctSeries(options: Omit<SeriesOptions, "agency"> = {}): Generator<SyntheticReport[]> {
  const used = new Set<string>();
  for (let seed = 0; ; seed++) {
    const series = generateSeries(seed, options);
    const agency = series[0]?.meta.agency;
    if (agency === undefined || agency === null || used.has(agency)) continue;
    used.add(agency);
    yield series;
  }
}

function carryFrom(report: SyntheticReport): Carry {
  const carry: Carry = { carriedForward: report.applications?.carriedForward };
  if (report.meta.template === "2021") {
    const active = report.active as Active2021;
    // A blank 现行有效件数 printed for "none" counts as zero for next year's chain.
    carry.inForce = {
      regulations: active.regulations?.inForce ?? 0,
      normativeDocuments: active.normativeDocuments?.inForce ?? 0,
    };
  }
  return carry;
}
