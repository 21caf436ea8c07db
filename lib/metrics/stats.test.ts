import { describe, expect, it } from "vitest";
import { outlierSide, quantile, spreadOf } from "./stats";

describe("quantile", () => {
  it("interpolates linearly like quantile_cont", () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantile([7], 0.75)).toBe(7);
  });
});

describe("spreadOf / outlierSide", () => {
  it("ignores blanks and finds 1.5×IQR outliers", () => {
    const s = spreadOf([143, 430, 570, 1193, 1315, null, 9000]);
    expect(s).toEqual({ count: 6, q1: 465, median: 881.5, q3: 1284.5, lowerFence: 465 - 1.5 * 819.5, upperFence: 1284.5 + 1.5 * 819.5 });
    expect(outlierSide(9000, s)).toBe("high");
    expect(outlierSide(1315, s)).toBeNull();
    expect(outlierSide(null, s)).toBeNull();
  });
  it("has no spread without values and calls no outliers below four values", () => {
    expect(spreadOf([null])).toBeNull();
    expect(outlierSide(100, spreadOf([1, 2, 100]))).toBeNull();
  });
});
