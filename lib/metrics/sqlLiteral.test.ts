import { describe, expect, it } from "vitest";
import { sqlIdentifier, sqlInteger, sqlNumber, sqlString } from "./sqlLiteral";

describe("sqlString", () => {
  it("doubles single quotes", () => {
    expect(sqlString("O'Brien")).toBe("'O''Brien'");
    expect(sqlString("x'); DROP TABLE reports; --")).toBe("'x''); DROP TABLE reports; --'");
  });
  it("keeps Chinese text and backslashes as they are", () => {
    expect(sqlString("宁波市鄞州区卫生健康局")).toBe("'宁波市鄞州区卫生健康局'");
    expect(sqlString("a\\b")).toBe("'a\\b'");
  });
  it("rejects NUL", () => {
    expect(() => sqlString("a\u0000b")).toThrow("NUL");
  });
});

describe("sqlNumber / sqlInteger", () => {
  it("prints finite numbers", () => {
    expect(sqlNumber(2021)).toBe("2021");
    expect(sqlNumber(-1.5)).toBe("-1.5");
    expect(sqlInteger(2021)).toBe("2021");
  });
  it("rejects what is not a number", () => {
    expect(() => sqlNumber(Number.NaN)).toThrow("not a finite number");
    expect(() => sqlNumber(Infinity)).toThrow("not a finite number");
    expect(() => sqlNumber("1; DROP" as unknown as number)).toThrow("not a finite number");
    expect(() => sqlInteger(2021.5)).toThrow("not an integer");
  });
});

describe("sqlIdentifier", () => {
  it("quotes plain names and rejects others", () => {
    expect(sqlIdentifier("active_punishment_decisions")).toBe('"active_punishment_decisions"');
    expect(() => sqlIdentifier('a"b')).toThrow("not a plain identifier");
    expect(() => sqlIdentifier("grant-rate")).toThrow("not a plain identifier");
  });
});
