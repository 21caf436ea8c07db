// A yes/no validity check compiled once from a zod schema's own definition, for the
// parser's hot path. zod's safeParse builds an output copy and an issue list for every
// value, and its compiled parsers (z.compile) still build the copy; this check builds
// nothing. The schema stays the one definition of validity: the check is read from it,
// accepts nothing the schema rejects (schemaCheck.test.ts), and wherever it says no,
// the caller asks zod. Only the kinds the contract uses are compiled; any other kind,
// refinement or coercion throws when the check is built, so the two cannot drift apart.
//
// The check is generated as JavaScript source (like zod's and ajv's compilers): a row
// of cells becomes `typeof v.made === "number"`-style property reads that V8 caches
// per object shape, where a walk over the schema reads every property by a variable key.
// Each object schema is checked by a function of its own, shared by every object schema
// with the same code (the rows of a table): one function for the whole report ran more
// than a thousand lines, and V8 took hundreds of reports to optimise it.
import { safeParse, util, type $ZodType, type $ZodTypes } from "zod/v4/core";

export type Check = (value: unknown) => boolean;

/** Builds the check; where generated code may not run (a page whose CSP forbids eval), zod's safeParse. */
export function compileCheck(schema: $ZodType): Check {
  const code = new CheckCode();
  try {
    return code.compile(code.statements(schema, "value"));
  } catch (error) {
    if (!(error instanceof EvalError)) throw error;
    return (value) => safeParse(schema, value).success;
  }
}

class CheckCode {
  /** Sets of allowed values and the checks of objects and union options, read by the generated code as constants[i]. */
  readonly constants: unknown[] = [];
  /** The checks compiled so far, by their code: object schemas of the same shape share one. */
  private readonly checks = new Map<string, string>();
  private variables = 0;

  private constant(value: unknown): string {
    this.constants.push(value);
    return `constants[${this.constants.length - 1}]`;
  }

  compile(body: string): Check {
    return new Function("constants", "isPlainObject", "hasEnumerableSymbol", `return (value) => {\n${body}\nreturn true;\n};`)(
      this.constants,
      util.isPlainObject,
      hasEnumerableSymbol,
    ) as Check;
  }

  /** A check of its own for `value`, from the statements `generate` writes; the expression that names it. */
  private check(generate: () => string): string {
    const outer = this.variables;
    this.variables = 0;
    const body = generate();
    this.variables = outer;
    let check = this.checks.get(body);
    if (check === undefined) {
      check = this.constant(this.compile(body));
      this.checks.set(body, check);
    }
    return check;
  }

  private variable(): string {
    return `v${this.variables++}`;
  }

  /** Statements that `return false` unless the value in variable `x` is valid. */
  statements(schema: $ZodType, x: string): string {
    const def = (schema as $ZodTypes)._zod.def;
    const checks = def.checks ?? [];
    if (def.type !== "number" && checks.length > 0) throw new Error(`compileCheck: refinements on a ${def.type} are not supported`);
    if ("coerce" in def && def.coerce) throw new Error(`compileCheck: z.coerce.${def.type}() is not supported`);
    switch (def.type) {
      case "string":
      case "boolean":
        return `if (typeof ${x} !== "${def.type}") return false;`;
      case "number":
        // zod 4 rejects NaN and ±Infinity; `.int()` asks for a safe integer.
        return numberFormats(checks).includes("safeint")
          ? `if (!Number.isSafeInteger(${x})) return false;`
          : `if (typeof ${x} !== "number" || !Number.isFinite(${x})) return false;`;
      case "enum":
      case "literal":
        // The very set zod's parser looks the value up in.
        return `if (!${this.constant((schema as { _zod: { values: Set<unknown> } })._zod.values)}.has(${x})) return false;`;
      case "nullable":
        return `if (${x} !== null) {\n${this.statements(def.innerType, x)}\n}`;
      case "optional":
        if (def.innerType._zod.optin !== undefined || schema._zod.traits.has("$ZodExactOptional")) {
          throw new Error("compileCheck: only a plain .optional() is supported");
        }
        return `if (${x} !== undefined) {\n${this.statements(def.innerType, x)}\n}`;
      case "array": {
        // Indexed: a hole is an undefined element to zod.
        const i = this.variable();
        const item = this.variable();
        return `if (!Array.isArray(${x})) return false;\nfor (let ${i} = 0; ${i} < ${x}.length; ${i}++) {\nconst ${item} = ${x}[${i}];\n${this.statements(def.element, item)}\n}`;
      }
      case "union": {
        if (def.inclusive === false || "discriminator" in def) throw new Error("compileCheck: only a plain union is supported");
        const options = def.options.map((option) => `${this.check(() => this.statements(option, "value"))}(${x})`);
        return `if (!(${options.join(" || ")})) return false;`;
      }
      case "object":
        return `if (!${this.check(() => this.object(def.shape, def.catchall, "value"))}(${x})) return false;`;
      case "record":
        return this.record(def.keyType, def.valueType, def.mode, x);
      default:
        throw new Error(`compileCheck: zod type "${def.type}" is not supported`);
    }
  }

  /**
   * z.object reads every key of its shape, own or inherited (a missing one reads as
   * `undefined`, which only an optional field takes) and, strict, fails on any key
   * `for…in` lists that the shape lacks.
   */
  private object(shape: Readonly<Record<string, $ZodType>>, catchall: $ZodType | undefined, x: string): string {
    if (Object.getOwnPropertySymbols(shape).length > 0) throw new Error("compileCheck: symbol keys in a shape are not supported");
    const strict = catchall !== undefined;
    if (strict && catchall._zod.def.type !== "never") throw new Error("compileCheck: only strict or stripping objects are supported");
    const keys = Object.keys(shape);
    const lines = [`if (typeof ${x} !== "object" || ${x} === null || Array.isArray(${x})) return false;`];
    for (const key of keys) {
      const field = shape[key] as $ZodType;
      const name = JSON.stringify(key);
      const value = this.variable();
      lines.push(`const ${value} = ${x}[${name}];`);
      // zod rejects a missing key that is not optional even where its schema would take `undefined`.
      if (field._zod.optin === undefined && takesUndefined(field)) lines.push(`if (!(${name} in ${x})) return false;`);
      lines.push(this.statements(field, value));
    }
    if (strict) {
      const key = this.variable();
      const known = keys.length > 0 ? keys.map((k) => `${key} !== ${JSON.stringify(k)}`).join(" && ") : "true";
      lines.push(`for (const ${key} in ${x}) if (${known}) return false;`);
    }
    return lines.join("\n");
  }

  /**
   * z.record(z.string(), …): a plain object whose own enumerable string keys' values
   * are valid (but `__proto__`, which zod leaves out) and with no enumerable symbol key.
   */
  private record(keyType: $ZodType, valueType: $ZodType, mode: string | undefined, x: string): string {
    const keyDef = (keyType as $ZodTypes)._zod.def;
    if (keyDef.type !== "string" || (keyDef.checks ?? []).length > 0 || mode === "loose") {
      throw new Error("compileCheck: only z.record(z.string(), …) is supported");
    }
    const keys = this.variable();
    const i = this.variable();
    const value = this.variable();
    return [
      `if (!isPlainObject(${x}) || hasEnumerableSymbol(${x})) return false;`,
      `const ${keys} = Object.keys(${x});`,
      `for (let ${i} = 0; ${i} < ${keys}.length; ${i}++) {`,
      `if (${keys}[${i}] === "__proto__") continue;`,
      `const ${value} = ${x}[${keys}[${i}]];`,
      this.statements(valueType, value),
      `}`,
    ].join("\n");
  }
}

function hasEnumerableSymbol(object: object): boolean {
  return Object.getOwnPropertySymbols(object).some((symbol) => Object.prototype.propertyIsEnumerable.call(object, symbol));
}

function numberFormats(checks: readonly { _zod: { def: { check: string } } }[]): string[] {
  return checks.map((check) => {
    const { def } = check._zod as { def: { check: string; format?: string } };
    if (def.check !== "number_format" || def.format !== "safeint") throw new Error(`compileCheck: number check "${def.check}" is not supported`);
    return def.format;
  });
}

/** Whether the schema accepts `undefined` (of the kinds compiled here). */
function takesUndefined(schema: $ZodType): boolean {
  const def = (schema as $ZodTypes)._zod.def;
  switch (def.type) {
    case "optional":
      return true;
    case "nullable":
      return takesUndefined(def.innerType);
    case "union":
      return def.options.some(takesUndefined);
    case "enum":
    case "literal":
      return (schema as { _zod: { values: Set<unknown> } })._zod.values.has(undefined);
    default:
      return false;
  }
}
