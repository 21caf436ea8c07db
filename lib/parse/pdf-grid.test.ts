import { describe, expect, it } from "vitest";
import { regionText } from "./pdf-grid";

/** One run of a cell, on running line `line`. */
const run = (text: string, line: number, x = 100) => ({ text, line, x, top: line * 12, width: text.length * 6, size: 10 });

describe("regionText", () => {
  it("joins the lines of a number too wide for its ruled cell into the number", () => {
    expect(regionText([run("31", 1), run("4", 2), run("0", 3), run("3", 4)])).toBe("31403");
    expect(regionText([run("１０", 1), run("１３", 2)])).toBe("１０１３");
    expect(regionText([run("+2", 1), run("1", 2)])).toBe("+21");
    expect(regionText([run("7", 1)])).toBe("7");
  });

  it("keeps a space between lines of words and numbers, and joins wrapped CJK text", () => {
    expect(regionText([run("3568.64", 1), run("万元", 2)])).toBe("3568.64万元");
    expect(regionText([run("12", 1), run("(5)", 2)])).toBe("12(5)");
    expect(regionText([run("2", 1), run("件", 2)])).toBe("2件");
    expect(regionText([run("ABC", 1), run("12", 2)])).toBe("ABC 12");
    expect(regionText([run("行政规范性", 1), run("文件", 2)])).toBe("行政规范性文件");
  });
});
