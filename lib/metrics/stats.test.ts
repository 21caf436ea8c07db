import { describe, expect, it } from "vitest";
import { outlierSide, quantile, spreadOfSorted } from "./stats";

describe("quantile", () => {
  it("interpolates linearly like quantile_cont", () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantile([7], 0.75)).toBe(7);
  });
});

describe("spreadOfSorted / outlierSide", () => {
  it("finds 1.5×IQR outliers", () => {
    const s = spreadOfSorted([143, 430, 570, 1193, 1315, 9000]);
    expect(s).toEqual({ count: 6, q1: 465, median: 881.5, q3: 1284.5, lowerFence: 465 - 1.5 * 819.5, upperFence: 1284.5 + 1.5 * 819.5 });
    expect(outlierSide(9000, s)).toBe("high");
    expect(outlierSide(1315, s)).toBeNull();
    expect(outlierSide(null, s)).toBeNull();
  });
  it("has no spread without values and calls no outliers below four values", () => {
    expect(spreadOfSorted([])).toBeNull();
    expect(outlierSide(100, spreadOfSorted([1, 2, 100]))).toBeNull();
  });
});
