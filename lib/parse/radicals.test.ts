import { describe, expect, it } from "vitest";
import { normalizeLabel } from "./normalize";
import { unifyRadicals } from "./radicals";

describe("radicals printed for ideographs", () => {
  it("reads Kangxi and supplement radicals as the ideographs they print, and leaves other text alone", () => {
    // ⾏ U+2F8F, ⽂ U+2F42, ⽣ U+2F63 (Kangxi); ⺠ U+2EA0, ⻔ U+2ED4 (supplement): as Chromium's PDFs extract them.
    expect(unifyRadicals("⾏政规范性⽂件")).toBe("行政规范性文件");
    expect(unifyRadicals("卫⽣健康局、⺠政局、⻔户")).toBe("卫生健康局、民政局、门户");
    expect(unifyRadicals("行政许可 12581")).toBe("行政许可 12581");
  });

  it("lets row labels printed with radicals match", () => {
    expect(normalizeLabel("⾏政许可")).toBe("行政许可");
    expect(normalizeLabel("4.⽆正当理由⼤量反复申请")).toBe("4.无正当理由大量反复申请");
  });
});
