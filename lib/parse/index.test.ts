import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MAX_BYTES, parseReport } from "./index";

const encode = (text: string) => new TextEncoder().encode(text);
const parse = (file: string, bytes: Uint8Array) => parseReport({ file, bytes, sha256: "0".repeat(64) });
const failureOf = async (file: string, bytes: Uint8Array) => {
  const outcome = await parse(file, bytes);
  if (outcome.ok) throw new Error(`${file} parsed`);
  return outcome.failure;
};

describe("parseReport: inputs that are not reports", () => {
  it("fails an empty or whitespace-only file as empty, naming it", async () => {
    expect(await failureOf("r/empty.txt", new Uint8Array())).toEqual({
      file: "r/empty.txt",
      error: { code: "empty", message: "r/empty.txt: the file is empty" },
    });
    expect((await failureOf("r/blank.txt", encode(" \n\t\n　\n"))).error.code).toBe("empty");
  });

  it("fails binary data, an image named as text (saying what it is) and files over 20 MB", async () => {
    const binary = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    expect((await failureOf("r/program.txt", binary)).error).toMatchObject({ code: "binary", message: expect.stringContaining("r/program.txt") });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    expect((await failureOf("r/image.txt", png)).error).toMatchObject({ code: "unsupported-format", message: expect.stringMatching(/^r\/image\.txt: an image \(PNG\)/) });
    const big = new Uint8Array(MAX_BYTES + 1).fill(0x41);
    expect((await failureOf("r/big.txt", big)).error).toMatchObject({ code: "too-large", message: expect.stringContaining("r/big.txt") });
  });

  it("fails an unrelated document as not-a-report", async () => {
    const text = "关于做好2021年春节期间安全生产工作的通知\n各单位：请做好值班安排。\n行政复议 0 0 0 0 0\n";
    const f = await failureOf("r/notice.txt", encode(text));
    expect(f.error.code).toBe("not-a-report");
    expect(f.error.message).toMatch(/^r\/notice\.txt: /);
    expect(f.error.message).toContain("not a 政府信息公开工作年度报告");
  });

  it("tells a report from before the 2019 template, or one whose tables are not in its text, from an unrelated document", async () => {
    const old = "宁波市鄞州区卫生局2016年政府信息公开工作年度报告\n一、概述\n2016年，我局主动公开政府信息1234条。\n";
    const early = await failureOf("r/2016.txt", encode(old));
    expect(early.error.code).toBe("not-a-report");
    expect(early.error.message).toContain("a 2016 report, from before the national template of 2019, has no standard tables");
    const imaged = "<html><head><title>杭州市西湖区民政局2022年度政府信息公开工作年度报告</title></head><body><p>一、总体情况</p><img src=t.png></body></html>";
    const noTables = await failureOf("r/2022.html", encode(imaged));
    expect(noTables.error.message).toContain("names itself a 2022 政府信息公开工作年度报告, but its tables are not in its text");
  });

  it("names a broken PDF or Word file instead of returning an empty report", async () => {
    expect((await failureOf("r/a.pdf", encode("%PDF-1.4\n%âãÏÓ\n"))).error).toMatchObject({ code: "unsupported-format", message: expect.stringContaining("r/a.pdf") });
    const docx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...encode("\x14\x00word/document.xml")]);
    expect((await failureOf("r/a.docx", docx)).error).toMatchObject({ code: "unsupported-format", message: expect.stringContaining("r/a.docx") });
  });

  it("says a scanned PDF has no text layer and needs OCR", async () => {
    const bytes = new Uint8Array(readFileSync(new URL("../../data/fixtures/pdf/scanned.pdf", import.meta.url)));
    const f = await failureOf("r/scanned.pdf", bytes);
    expect(f.error.code).toBe("no-text-layer");
    expect(f.error.message).toMatch(/^r\/scanned\.pdf: .*OCR/);
  });
});

describe("parseReport: reports", () => {
  it("reads a PDF-text report into a valid ParsedReport with narrative and diagnostics", async () => {
    const bytes = new Uint8Array(readFileSync(new URL("../../data/fixtures/pdf-text/report.txt", import.meta.url)));
    const outcome = await parse("data/fixtures/pdf-text/report.txt", bytes);
    if (!outcome.ok) throw new Error(outcome.failure.error.message);
    const { report, narrative } = outcome;
    expect(report.meta).toMatchObject({ agency: "宁波市鄞州区卫生健康局", year: 2021, template: "2021", synthetic: false });
    expect(report.meta.source).toEqual({ file: "data/fixtures/pdf-text/report.txt", format: "text", sha256: "0".repeat(64) });
    expect(report.applications?.granted?.total).toBe(1);
    expect(report.reviewLitigation?.review?.upheld).toBe(1);
    expect(report.diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(["non-numeric-cell", "row-truncated"]));
    expect(narrative[0]?.text).toContain("2021年政府信息公开工作年度报告");
  });

  it("reads a report that lacks table 四 and says so", async () => {
    const text = [
      "某县卫生健康局2021年政府信息公开工作年度报告",
      "二、主动公开政府信息情况",
      "信息内容\t本年制发件数\t本年废止件数\t现行有效件数",
      "规章\t0\t0\t0",
      "行政许可\t5",
      "三、收到和处理政府信息公开申请情况",
      "一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1",
      "五、存在的主要问题及改进情况",
    ].join("\n");
    const outcome = await parse("r/partial.txt", encode(text));
    if (!outcome.ok) throw new Error(outcome.failure.error.message);
    expect(outcome.report.reviewLitigation).toBeUndefined();
    expect("reviewLitigation" in outcome.report).toBe(false);
    expect(outcome.report.applications?.newReceived?.total).toBe(1);
    expect(outcome.report.applications?.carriedOver).toBeUndefined();
    expect(outcome.report.diagnostics).toContainEqual(expect.objectContaining({ code: "table-missing", table: "reviewLitigation" }));
    expect(outcome.report.diagnostics).toContainEqual(expect.objectContaining({ code: "row-missing", table: "applications", row: "carriedOver" }));
  });

  it("reads a report on the statistics form used before 2019 without tables, saying why", async () => {
    const text = [
      "某县财政局2017年政府信息公开工作年度报告",
      "二、主动公开政府信息情况",
      "附表：政府信息公开情况统计表",
      "统计指标\t单位\t统计数",
      "（一）主动公开政府信息数\t条\t156",
      "制发规范性文件总数\t件\t3",
      "（一）收到申请数\t件\t12",
      "1.当面申请数\t件\t2",
    ].join("\n");
    const outcome = await parse("r/2017.txt", encode(text));
    if (!outcome.ok) throw new Error(outcome.failure.error.message);
    expect(outcome.report.meta).toMatchObject({ agency: "某县财政局", year: 2017, template: null });
    expect(["active", "applications", "reviewLitigation"].filter((t) => t in outcome.report)).toEqual([]);
    expect(outcome.report.diagnostics).toContainEqual(expect.objectContaining({ code: "template-unsupported", severity: "error", line: 4 }));
  });

  it("reads an HTML report through the HTML reader", async () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>某县卫生健康局2021年政府信息公开工作年度报告</title></head><body>
<p>二、主动公开政府信息情况</p>
<table><tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
<tr><td>规章</td><td>1</td><td></td><td>3</td></tr></table>
<p>三、收到和处理政府信息公开申请情况</p>
<table><tr><td colspan="2">一、本年新收政府信息公开申请数量</td><td>2</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>2</td></tr></table>
</body></html>`;
    const outcome = await parse("r/report.html", encode(html));
    if (!outcome.ok) throw new Error(outcome.failure.error.message);
    expect(outcome.report.meta.source.format).toBe("html");
    expect(outcome.report.active).toMatchObject({ regulations: { made: 1, repealed: null, inForce: 3 } });
    expect(outcome.report.applications?.newReceived).toEqual({
      naturalPerson: 2, commercial: 0, research: 0, nonprofit: 0, legalServices: 0, otherOrg: 0, total: 2,
    });
  });
});
