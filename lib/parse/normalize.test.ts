import { describe, expect, it } from "vitest";
import { normalizeLabel, toHalfWidth } from "./normalize";

describe("toHalfWidth", () => {
  it("converts full-width forms wherever they start, and leaves other text as it is", () => {
    expect(toHalfWidth("１２，３４５")).toBe("12,345");
    expect(toHalfWidth("12，345")).toBe("12,345");
    expect(toHalfWidth("3568.64（万元）")).toBe("3568.64(万元)");
    expect(toHalfWidth("万元　")).toBe("万元 ");
    expect(toHalfWidth("予以公开")).toBe("予以公开");
  });
});

describe("normalizeLabel", () => {
  it("drops whitespace, makes brackets half-width and quotes straight, the same on every call", () => {
    for (let i = 0; i < 2; i++) {
      expect(normalizeLabel("（三）不予公开 3.危及“三安全一稳定”")).toBe('(三)不予公开3.危及"三安全一稳定"');
      expect(normalizeLabel("结果 维持")).toBe("结果维持");
      expect(normalizeLabel("规章")).toBe("规章");
      expect(normalizeLabel("行政\u00ad许可\u200d")).toBe("行政许可");
    }
  });

  it("normalises long texts too (they are not remembered)", () => {
    const long = "（一）予以公开 ".repeat(20);
    expect(normalizeLabel(long)).toBe("(一)予以公开".repeat(20));
  });
});
