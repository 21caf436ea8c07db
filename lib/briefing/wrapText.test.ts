import { describe, expect, it } from "vitest";
import { textWidth, wrapText } from "./wrapText";

describe("textWidth", () => {
  it("counts a CJK character as one em and a Latin one as 0.6 em", () => {
    expect(textWidth("卫生", 10)).toBe(20);
    expect(textWidth("ab", 10)).toBe(12);
  });
});

describe("wrapText", () => {
  it("keeps short text on one line", () => {
    expect(wrapText("行政处罚 · 2021", 400, 12)).toEqual(["行政处罚 · 2021"]);
  });
  it("breaks Chinese between characters, never before closing punctuation", () => {
    // 5 CJK characters fit in 60 px at 12 px.
    const lines = wrapText("一二三四五，六七八九十", 60, 12);
    expect(lines.join("")).toBe("一二三四五，六七八九十");
    for (const l of lines) expect(textWidth(l, 12)).toBeLessThanOrEqual(60 + 12);
    expect(lines.some((l) => l.startsWith("，"))).toBe(false);
  });
  it("breaks English at spaces and keeps words whole", () => {
    const lines = wrapText("The printed value of decisions in row punishment", 120, 10);
    expect(lines.join(" ")).toBe("The printed value of decisions in row punishment");
    for (const l of lines) expect(textWidth(l, 10)).toBeLessThanOrEqual(120);
    expect(lines).toContain("punishment");
  });
  it("cuts a word longer than the line by characters", () => {
    const lines = wrapText("x".repeat(50), 60, 10);
    expect(lines.join("")).toBe("x".repeat(50));
    expect(lines.length).toBe(5);
  });
  it("ends the last allowed line with an ellipsis", () => {
    const lines = wrapText("一二三四五六七八九十一二三四五六七八九十", 50, 10, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith("…")).toBe(true);
    expect(textWidth(lines[1]!, 10)).toBeLessThanOrEqual(50);
  });
});
