import { describe, expect, it } from "vitest";
import { linesAreParagraphs, SOURCE_FORMATS } from "./tableShapes";

describe("what a source line is", () => {
  it("counts paragraphs and table rows in Word and OpenDocument files, lines in every other format", () => {
    expect(SOURCE_FORMATS.filter(linesAreParagraphs)).toEqual(["docx", "doc", "wordml", "odt"]);
  });
});
