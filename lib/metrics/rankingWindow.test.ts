import { describe, expect, it } from "vitest";
import { rankingWindow } from "./rankingWindow";

describe("rankingWindow", () => {
  it("draws the N highest and N lowest and counts the rest", () => {
    // Seven values (9 … 3), N = 2: 9, 8 at the top, 4, 3 at the bottom, 7, 6, 5 hidden.
    expect(rankingWindow(7, 2)).toEqual({ top: 2, bottom: 2, hidden: 3 });
  });
  it("draws everything when there are at most 2N values, or N is 0", () => {
    expect(rankingWindow(3, 2)).toEqual({ top: 3, bottom: 0, hidden: 0 });
    expect(rankingWindow(4, 2)).toEqual({ top: 4, bottom: 0, hidden: 0 });
    expect(rankingWindow(5, 0)).toEqual({ top: 5, bottom: 0, hidden: 0 });
  });
});
