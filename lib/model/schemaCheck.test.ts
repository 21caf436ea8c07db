import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseReport } from "../parse";
import { createRandom, generateReport, renderReport, type Random } from "../synthetic";
import { isValidReport, ParsedReport } from "./report";
import { compileCheck } from "./schemaCheck";

const root = new URL("../../", import.meta.url);
const SEEDS = "data/reports/seeds/";

async function parsed(file: string, bytes: Uint8Array): Promise<ParsedReport> {
  const outcome = await parseReport({ file, bytes, sha256: "0".repeat(64) });
  if (!outcome.ok) throw new Error(outcome.failure.error.message);
  return outcome.report;
}

/** The seeds and generated reports of both templates, with blanks, findings and both （六） layouts. */
async function validReports(): Promise<ParsedReport[]> {
  const seeds = readdirSync(new URL(SEEDS, root)).filter((f) => f.endsWith(".txt"));
  const reports = await Promise.all(seeds.map((f) => parsed(f, new Uint8Array(readFileSync(new URL(SEEDS + f, root))))));
  for (let seed = 0; seed < 12; seed++) {
    const truth = generateReport(7_000 + seed, { blankRate: seed % 3 === 0 ? 0.2 : 0, template: seed % 2 ? "2019" : "2021" });
    const { fileName, bytes } = renderReport(truth, seed % 4 === 0 ? "markdown" : "text-cells");
    reports.push(await parsed(fileName, bytes));
  }
  return reports;
}

class Instance {
  constructor(readonly raw: string) {}
}

// Values a parser bug could put anywhere: wrong types, non-finite and fractional numbers, negatives, containers.
const ODD_VALUES: (() => unknown)[] = [
  () => "3",
  () => "",
  () => Number.NaN,
  () => Number.POSITIVE_INFINITY,
  () => Number.NEGATIVE_INFINITY,
  () => 1.5,
  () => -1,
  () => -0,
  () => 2 ** 53,
  () => 0,
  () => null,
  () => undefined,
  () => true,
  () => ({}),
  () => [],
  () => [1],
  () => ({ raw: "1", line: 1 }),
  () => ({ raw: "1", line: 1.5 }),
  () => new Instance("1"),
  () => new Date(0),
  () => new Map(),
  () => () => 1,
  () => 2021,
  () => "2021",
  () => "error",
  () => "row-total",
  () => "applications",
];
const EXTRA_KEYS = ["extra", "total", "made", "newMade", "raw", "line", "prevItems", "procurement", "newReceived", "0", "constructor"];

type Container = Record<PropertyKey, unknown>;

/** Every object and array inside `value`, with `value` itself. */
function containers(value: unknown, into: Container[] = []): Container[] {
  if (typeof value !== "object" || value === null) return into;
  into.push(value as Container);
  for (const child of Object.values(value)) containers(child, into);
  return into;
}

/** One change a parser bug could make to a report; returns what it did, for the failure message. */
function mutate(report: ParsedReport, random: Random): string {
  const target = random.pick(containers(report));
  const keys = Object.keys(target);
  const key = keys.length > 0 ? random.pick(keys) : "0";
  switch (random.int(0, 8)) {
    case 0:
    case 1:
    case 2: {
      const value = random.pick(ODD_VALUES)();
      target[key] = value;
      return `set ${key} to ${String(value)}`;
    }
    case 3:
      if (Array.isArray(target)) target.splice(Number(key), 1);
      else delete target[key];
      return `removed ${key}`;
    case 4: {
      const extra = random.pick(EXTRA_KEYS);
      Object.defineProperty(target, extra, { value: random.pick(ODD_VALUES)(), enumerable: random.chance(0.8), writable: true, configurable: true });
      return `added ${extra}`;
    }
    case 5:
      Object.defineProperty(target, Symbol("extra"), { value: 1, enumerable: random.chance(0.5) });
      return "added a symbol key";
    case 6:
      if (Array.isArray(target)) {
        target.length += 1;
        return "left a hole at an array's end";
      }
      Object.setPrototypeOf(target, random.pick([null, { inherited: 1 }, { [key]: 1 }, Instance.prototype, Array.prototype]));
      return `changed the prototype of the object holding ${key}`;
    case 7:
      Object.defineProperty(target, "__proto__", { value: random.pick(ODD_VALUES)(), enumerable: true, writable: true, configurable: true });
      return "added an own __proto__ key";
    default: {
      const copy = Object.assign(random.pick([[], new Instance(""), new Date(0), Object.create(null)]) as Container, target);
      const holder = containers(report).find((c) => Object.values(c).includes(target));
      const at = holder && Object.keys(holder).find((k) => holder[k] === target);
      if (holder && at !== undefined) holder[at] = copy;
      return `replaced the container of ${key} by another kind`;
    }
  }
}

describe("compileCheck(ParsedReport)", () => {
  const check = compileCheck(ParsedReport);

  it("agrees with ParsedReport.safeParse on valid reports and on thousands of broken copies", async () => {
    const reports = await validReports();
    const random = createRandom(20_261_124);
    let rejected = 0;
    let tried = 0;
    for (const report of reports) {
      expect(check(report)).toBe(true);
      expect(ParsedReport.safeParse(report).success).toBe(true);
      for (let n = 0; n < 150; n++) {
        const copy = structuredClone(report);
        const changes = Array.from({ length: random.int(1, 3) }, () => mutate(copy, random));
        const zod = ParsedReport.safeParse(copy).success;
        expect({ changes, check: check(copy) }).toEqual({ changes, check: zod });
        expect(isValidReport(copy)).toBe(zod);
        tried++;
        if (!zod) rejected++;
      }
    }
    // Most changes break the report; many (a cell set to another number, an optional row removed) must pass both.
    expect(tried).toBeGreaterThan(2_000);
    expect(rejected).toBeGreaterThan(tried / 2);
    expect(tried - rejected).toBeGreaterThan(tried / 5);
  });
});

describe("compileCheck", () => {
  it("checks each kind as zod does", () => {
    const holey = [1, 2];
    holey.length = 3;
    const cases: [z.ZodType, unknown[]][] = [
      [z.number(), [1, -1, 0.5, Number.NaN, Number.POSITIVE_INFINITY, "1", null, undefined]],
      [z.number().int(), [1, -1, 0.5, 2 ** 53, -(2 ** 53), 2 ** 53 - 1, Number.NaN, "1"]],
      [z.number().nullable(), [null, undefined, 1, Number.NaN]],
      [z.string().optional(), [undefined, "", null, 1]],
      [z.enum(["a", "b"]), ["a", "c", undefined]],
      [z.literal(1), [1, "1", true]],
      [z.boolean(), [true, 0, "true"]],
      [z.array(z.number()), [[], [1, 2], [1, "2"], {}, holey]],
      [z.union([z.strictObject({ a: z.number() }), z.strictObject({ b: z.string() })]), [{ a: 1 }, { b: "x" }, { a: 1, b: "x" }, { a: "x" }, {}]],
      [z.object({ a: z.number(), b: z.string().optional() }), [{ a: 1 }, { a: 1, b: undefined }, { a: 1, c: 2 }, { b: "x" }, [], null]],
      [z.object({ a: z.union([z.number(), z.literal(undefined)]) }), [{}, { a: undefined }, { a: 1 }, { a: null }]],
      [z.strictObject({ a: z.number() }), [{ a: 1 }, { a: 1, c: 2 }, Object.create({ a: 1 }), Object.create({ c: 2 }, { a: { value: 1, enumerable: true } })]],
      [z.record(z.string(), z.number()), [{}, { a: 1 }, { a: "1" }, [], Object.create(null), Object.create({ a: "1" }), new Map(), { [Symbol("s")]: 1 }]],
    ];
    for (const [schema, values] of cases) {
      const check = compileCheck(schema);
      for (const value of values) expect({ value, check: check(value) }).toEqual({ value, check: schema.safeParse(value).success });
    }
  });

  it("refuses what it cannot check as zod does, when it is built", () => {
    const refused = [
      z.string().min(1),
      z.number().positive(),
      z.coerce.number(),
      z.looseObject({ a: z.number() }),
      z.number().default(1).optional(),
      z.string().transform((s) => s.length),
      z.discriminatedUnion("k", [z.object({ k: z.literal("a") }), z.object({ k: z.literal("b") })]),
      z.xor([z.string(), z.number()]),
      z.record(z.enum(["a"]), z.number()),
      z.object({ a: z.number() }).refine((o) => o.a > 0),
    ];
    for (const schema of refused) expect(() => compileCheck(schema)).toThrow(/compileCheck/);
  });
});
