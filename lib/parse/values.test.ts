import { describe, expect, it } from "vitest";
import { isValueText, readCell } from "./values";

describe("readCell", () => {
  it("reads printed numbers, keeping zero apart from blank", () => {
    expect(readCell("0")).toEqual({ value: 0, kind: "number" });
    expect(readCell("0 ")).toEqual({ value: 0, kind: "number" });
    expect(readCell("　0")).toEqual({ value: 0, kind: "number" });
    expect(readCell("１２５８１")).toEqual({ value: 12581, kind: "number" });
    expect(readCell("12,581")).toEqual({ value: 12581, kind: "number" });
    expect(readCell("12 581")).toEqual({ value: 12581, kind: "number" });
    expect(readCell("1 0 2").kind).toBe("text");
    expect(readCell("")).toEqual({ value: null, kind: "blank" });
    expect(readCell("   ")).toEqual({ value: null, kind: "blank" });
  });

  it("reads through zero-width characters and soft hyphens that editors leave in cells", () => {
    expect(readCell("\u200b1315")).toEqual({ value: 1315, kind: "number" });
    expect(readCell("1\u00ad315\ufeff")).toEqual({ value: 1315, kind: "number" });
    expect(readCell("\u200b")).toEqual({ value: null, kind: "blank" });
  });

  it("keeps the sign of 本年增/减", () => {
    expect(readCell("+21").value).toBe(21);
    expect(readCell("-3").value).toBe(-3);
    expect(readCell("－3").value).toBe(-3);
    expect(readCell("＋5").value).toBe(5);
    expect(readCell("-0").value).toBe(0);
    expect(readCell("增3").value).toBe(3);
    expect(readCell("减少2").value).toBe(-2);
    expect(readCell("新增2")).toEqual({ value: 2, kind: "number" });
    expect(["–3", "负3", "↓3", "↑21"].map((t) => readCell(t).value)).toEqual([-3, -3, -3, 21]);
  });

  it("reads a count printed in 万 as the count it states, and 〇 as zero", () => {
    expect(readCell("1.26万")).toEqual({ value: 12600, kind: "scaled" });
    expect(readCell("0.5037万")).toEqual({ value: 5037, kind: "scaled" });
    expect(readCell("1.26万", true)).toEqual({ value: 1.26, kind: "number" });
    expect(readCell("〇")).toEqual({ value: 0, kind: "number" });
    expect(isValueText("〇")).toBe(true);
    expect(["12581件次", "1315起", "1315宗"].map((t) => readCell(t).value)).toEqual([12581, 1315, 1315]);
  });

  it("normalises money to 万元 only for money cells", () => {
    expect(readCell("3568.64（万元）", true).value).toBe(3568.64);
    expect(readCell("925万元", true).value).toBe(925);
    expect(readCell("251000元", true).value).toBe(25.1);
    expect(["￥5000元", "5000元整", "5千元", "¥ 5000元"].map((t) => readCell(t, true).value)).toEqual([0.5, 0.5, 0.5, 0.5]);
    expect(readCell("12.5", true).value).toBe(12.5);
    expect(readCell("12件").value).toBe(12);
    expect(readCell("5（件）").value).toBe(5);
    expect(readCell("3 (项)").value).toBe(3);
    expect(readCell("3条").value).toBe(3);
  });

  it("turns placeholders and stray text into null, telling them apart", () => {
    for (const text of ["—", "--", "/", "／", "无", "不适用", "空", "×", "——"]) {
      expect(readCell(text), text).toEqual({ value: null, kind: "placeholder" });
    }
    expect(readCell("见附件")).toEqual({ value: null, kind: "text" });
    expect(readCell("3件左右")).toEqual({ value: null, kind: "text" });
  });

  it("reads a number with a note after it as the number, marked annotated", () => {
    expect(["3*", "1①", "24²", "1315[1]", "3（其中2件已办结）", "0（免收）"].map((t) => readCell(t))).toEqual([
      { value: 3, kind: "annotated" },
      { value: 1, kind: "annotated" },
      { value: 24, kind: "annotated" },
      { value: 1315, kind: "annotated" },
      { value: 3, kind: "annotated" },
      { value: 0, kind: "annotated" },
    ]);
    expect(readCell("925万元（含追加）", true)).toEqual({ value: 925, kind: "annotated" });
    expect(readCell("3568.64（万元）", true)).toEqual({ value: 3568.64, kind: "number" });
    expect(readCell("1.属于国家秘密").kind).toBe("text");
    expect(readCell("6 注")).toEqual({ value: 6, kind: "annotated" });
  });

  it("tells values from labels", () => {
    expect(isValueText("0")).toBe(true);
    expect(isValueText("—")).toBe(true);
    expect(isValueText("1.属于国家秘密")).toBe(false);
    expect(isValueText("1.")).toBe(false);
    expect(isValueText("")).toBe(false);
    expect(isValueText("（一）予以公开")).toBe(false);
    expect(isValueText("(二)部分公开")).toBe(false);
    expect(isValueText("１２")).toBe(true);
  });
});
