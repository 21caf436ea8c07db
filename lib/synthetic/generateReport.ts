// A random but plausible report in contract shape whose numbers hold every
// consistency rule, so that a clean synthetic report yields no check findings
// (blank cells aside, which make a rule "unchecked", never broken).
import type {
  Active2019,
  Active2021,
  ApplicantColumns,
  Applications,
  OutcomeColumns,
  ParsedReport,
  Region,
  ReviewLitigation,
  Template,
} from "../model";
import { randomAgency } from "./agencies";
import { createRandom, type Random } from "./random";
import {
  APPLICANT_PARTS,
  OTHER_ROWS,
  OUTCOME_PARTS,
  OUTCOME_ROWS_BEFORE_OTHER,
  REVIEW_GROUPS,
  type ApplicationRow,
  type OtherLayout,
} from "./rows";

/** The ground truth of a generated report: the contract fields a parser must return. */
export type SyntheticReport = Pick<ParsedReport, "meta" | "active" | "applications" | "reviewLitigation">;

export interface GenerateOptions {
  template?: Template;
  otherLayout?: OtherLayout;
  agency?: string;
  region?: Region;
  year?: number;
  /** Probability that a zero cell is printed blank (`null`); default 0.03. */
  blankRate?: number;
}

/** What a series passes from one year to the next. */
export interface Carry {
  carriedForward?: ApplicantColumns;
  inForce?: { regulations: number | null; normativeDocuments: number | null };
}

export function generateReport(seed: number, options: GenerateOptions = {}): SyntheticReport {
  return generateWithCarry(createRandom(seed), options, {});
}

export function generateWithCarry(random: Random, options: GenerateOptions, carry: Carry): SyntheticReport {
  const year = options.year ?? yearFor(random, options.template);
  const template = options.template ?? templateFor(random, year);
  const otherLayout = options.otherLayout ?? (random.chance(0.5) ? "single" : "split");
  const picked = randomAgency(random.fork());
  const agency = options.agency ?? picked.name;
  const region = options.region ?? (options.agency ? { province: null, city: null, county: null, code: null } : picked.region);
  const blanks = new Blanker(random.fork(), options.blankRate ?? 0.03);

  return {
    meta: {
      agency,
      agencySource: "title",
      year,
      template,
      region,
      source: { file: "", format: "text", sha256: "" },
      synthetic: true,
    },
    active: template === "2021" ? active2021(random.fork(), blanks, carry) : active2019(random.fork(), blanks),
    applications: applications(random.fork(), blanks, otherLayout, carry),
    reviewLitigation: reviewLitigation(random.fork(), blanks),
  };
}

function yearFor(random: Random, template: Template | undefined): number {
  if (template === "2019") return random.int(2019, 2020);
  if (template === "2021") return random.int(2020, 2024);
  return random.int(2019, 2024);
}

function templateFor(random: Random, year: number): Template {
  if (year <= 2019) return "2019";
  if (year === 2020) return random.chance(0.5) ? "2019" : "2021";
  return "2021";
}

/** Turns zeros into blanks at the given rate: real reports leave "nothing" cells empty. */
class Blanker {
  constructor(
    private readonly random: Random,
    private readonly rate: number,
  ) {}
  cell(value: number): number | null {
    return value === 0 && this.rate > 0 && this.random.chance(this.rate) ? null : value;
  }
}

/** A count that is zero with probability `zero`, else log-uniform in [1, max]. */
function count(random: Random, max: number, zero: number): number {
  if (random.chance(zero)) return 0;
  return Math.max(1, Math.floor(Math.exp(random.next() * Math.log(max + 1))));
}

/** Money in 万元 with at most two decimals (k/100), zero with probability `zero`. */
function money(random: Random, maxWan: number, zero: number): number {
  if (random.chance(zero)) return 0;
  const cents = Math.max(1, Math.floor(Math.exp(random.next() * Math.log(maxWan * 100))));
  return random.chance(0.3) ? Math.max(1, Math.round(cents / 100)) : cents / 100;
}

/** Splits `total` into parts drawn with the given weights (a multinomial draw). */
function split(random: Random, total: number, weights: readonly number[]): number[] {
  const parts = weights.map(() => 0);
  // Large totals: allocate proportionally with noise, then place the remainder one by one.
  let left = total;
  if (total > 200) {
    const noisy = weights.map((w) => w * (0.5 + random.next()));
    const sum = noisy.reduce((a, b) => a + b, 0);
    for (let i = 0; i < parts.length; i++) {
      parts[i] = Math.floor((total * (noisy[i] ?? 0)) / sum);
      left -= parts[i] ?? 0;
    }
  }
  for (; left > 0; left--) {
    const i = random.weighted(weights);
    parts[i] = (parts[i] ?? 0) + 1;
  }
  return parts;
}

function active2021(random: Random, blanks: Blanker, carry: Carry): Active2021 {
  const documents = (maxMade: number, maxInForce: number, previous: number | null | undefined) => {
    const made = count(random, maxMade, 0.5);
    const base = previous ?? count(random, maxInForce, 0.3);
    const repealed = Math.min(base + made, count(random, Math.max(1, Math.floor(maxMade / 2)), 0.7));
    return { made: blanks.cell(made), repealed: blanks.cell(repealed), inForce: blanks.cell(base + made - repealed) };
  };
  return {
    regulations: documents(2, 20, carry.inForce?.regulations),
    normativeDocuments: documents(15, 150, carry.inForce?.normativeDocuments),
    licensing: { decisions: blanks.cell(count(random, 50000, 0.25)) },
    punishment: { decisions: blanks.cell(count(random, 5000, 0.3)) },
    coercion: { decisions: blanks.cell(count(random, 200, 0.6)) },
    fees: { amount: blanks.cell(money(random, 20000, 0.55)) },
  };
}

function active2019(random: Random, blanks: Blanker): Active2019 {
  const documents = (maxMade: number, maxTotal: number) => {
    const newMade = count(random, maxMade, 0.5);
    const newPublished = random.chance(0.8) ? newMade : random.int(0, newMade);
    const totalPublished = newPublished + count(random, maxTotal, 0.3);
    return {
      newMade: blanks.cell(newMade),
      newPublished: blanks.cell(newPublished),
      totalPublished: blanks.cell(totalPublished),
    };
  };
  const items = (maxItems: number, maxDecisions: number) => {
    const prevItems = count(random, maxItems, 0.2);
    const change = random.chance(0.5) ? 0 : random.int(-Math.min(prevItems, 20), 60);
    return {
      prevItems: blanks.cell(prevItems),
      change: blanks.cell(change),
      decisions: blanks.cell(count(random, maxDecisions, 0.25)),
    };
  };
  const feeItems = count(random, 30, 0.4);
  return {
    regulations: documents(2, 20),
    normativeDocuments: documents(15, 150),
    licensing: items(300, 50000),
    otherServices: items(100, 5000),
    punishment: items(3000, 5000),
    coercion: items(50, 200),
    fees: {
      prevItems: blanks.cell(feeItems),
      change: blanks.cell(random.chance(0.6) ? 0 : random.int(-Math.min(feeItems, 5), 5)),
    },
    procurement: { projects: blanks.cell(count(random, 50, 0.4)), amount: blanks.cell(money(random, 50000, 0.4)) },
  };
}

const APPLICANT_WEIGHTS = [70, 15, 2, 2, 5, 6];
const OUTCOME_WEIGHTS_BEFORE_OTHER = [40, 10, 0.3, 1, 0.5, 2, 2, 2, 1, 2, 25, 3, 3, 3, 2, 0.5, 0.5, 0.5];
const OTHER_WEIGHTS: Record<OtherLayout, number[]> = { single: [4], split: [2, 0.3, 2] };

function applications(random: Random, blanks: Blanker, layout: OtherLayout, carry: Carry): Applications {
  const scale = [0, 10, 100, 2000][random.weighted([25, 40, 25, 10])] ?? 0;
  const newTotal = scale === 0 ? 0 : random.int(1, scale);
  const newReceived = split(random, newTotal, APPLICANT_WEIGHTS);
  const carriedOver =
    carry.carriedForward !== undefined
      ? APPLICANT_PARTS.map((c) => carry.carriedForward?.[c] ?? 0)
      : newReceived.map((n) => (random.chance(0.7) ? 0 : random.int(0, Math.ceil(n / 10))));
  const carriedForward = newReceived.map((n, i) => {
    const available = n + (carriedOver[i] ?? 0);
    return random.chance(0.7) ? 0 : random.int(0, Math.min(available, Math.ceil(available / 8)));
  });
  const outcomes = [...OUTCOME_ROWS_BEFORE_OTHER, ...OTHER_ROWS[layout]];
  const weights = [...OUTCOME_WEIGHTS_BEFORE_OTHER, ...OTHER_WEIGHTS[layout]];
  const byOutcome: number[][] = outcomes.map(() => []);
  const processed: number[] = [];
  APPLICANT_PARTS.forEach((_, c) => {
    const total = (newReceived[c] ?? 0) + (carriedOver[c] ?? 0) - (carriedForward[c] ?? 0);
    processed.push(total);
    split(random, total, weights).forEach((n, r) => byOutcome[r]?.push(n));
  });

  const row = (values: number[]): ApplicantColumns => {
    const cells = Object.fromEntries(APPLICANT_PARTS.map((c, i) => [c, blanks.cell(values[i] ?? 0)]));
    return { ...cells, total: blanks.cell(values.reduce((a, b) => a + b, 0)) } as ApplicantColumns;
  };
  const result: Partial<Record<ApplicationRow, ApplicantColumns>> = {
    newReceived: row(newReceived),
    carriedOver: row(carriedOver),
  };
  outcomes.forEach((key, r) => (result[key] = row(byOutcome[r] ?? [])));
  result.totalProcessed = row(processed);
  result.carriedForward = row(carriedForward);
  return result as Applications;
}

function reviewLitigation(random: Random, blanks: Blanker): ReviewLitigation {
  const group = (): OutcomeColumns => {
    const quiet = random.chance(0.55);
    const parts = OUTCOME_PARTS.map(() => (quiet ? 0 : count(random, 8, 0.5)));
    const cells = Object.fromEntries(OUTCOME_PARTS.map((c, i) => [c, blanks.cell(parts[i] ?? 0)]));
    return { ...cells, total: blanks.cell(parts.reduce((a, b) => a + b, 0)) } as OutcomeColumns;
  };
  return Object.fromEntries(REVIEW_GROUPS.map((g) => [g, group()])) as ReviewLitigation;
}
