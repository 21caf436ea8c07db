import { describe, expect, it } from "vitest";
import { rankingWindow } from "./rankingWindow";

const rows = (values: (number | null)[]) => values.map((value, i) => ({ id: i, value }));

describe("rankingWindow", () => {
  it("draws the N highest and N lowest and counts the rest", () => {
    const w = rankingWindow(rows([9, 8, 7, 6, 5, 4, 3, null]), 2);
    expect(w.top.map((r) => r.value)).toEqual([9, 8]);
    expect(w.bottom.map((r) => r.value)).toEqual([4, 3]);
    expect(w.hidden).toBe(3);
  });
  it("draws everything when there are at most 2N values, or N is 0", () => {
    expect(rankingWindow(rows([3, 2, 1, null]), 2)).toEqual({ top: rows([3, 2, 1]), bottom: [], hidden: 0 });
    expect(rankingWindow(rows([5, 4, 3, 2, 1]), 0).top).toHaveLength(5);
  });
});
