import { describe, expect, it } from "vitest";
import { parseCsv, parseManifestCsv } from "./manifest";

describe("parseManifestCsv", () => {
  it("reads every column, in any order, keyed by the normalised path", () => {
    const csv = [
      "year,file,agency,province,city,county,code,synthetic",
      '2021,./zhejiang/yinzhou.html,"宁波市鄞州区卫生健康局",浙江省,宁波市,鄞州区,330212,false',
      "2020,zhejiang\\haiyan.txt,海盐县卫生健康局,,,,,",
      ",gen/0001.md,,,,,,是",
    ].join("\r\n");
    const { entries, diagnostics } = parseManifestCsv(csv, "data/reports/manifest.csv");
    expect(diagnostics).toEqual([]);
    expect([...entries.keys()]).toEqual(["zhejiang/yinzhou.html", "zhejiang/haiyan.txt", "gen/0001.md"]);
    expect(entries.get("zhejiang/yinzhou.html")).toEqual({
      file: "zhejiang/yinzhou.html", agency: "宁波市鄞州区卫生健康局", year: 2021,
      province: "浙江省", city: "宁波市", county: "鄞州区", code: "330212", synthetic: false,
    });
    expect(entries.get("zhejiang/haiyan.txt")).toEqual({ file: "zhejiang/haiyan.txt", agency: "海盐县卫生健康局", year: 2020 });
    expect(entries.get("gen/0001.md")).toEqual({ file: "gen/0001.md", synthetic: true });
  });

  it("accepts just a file column and RFC 4180 quoting with commas, quotes and newlines", () => {
    const csv = 'file,agency\n"a,b.txt","某某局""试点""\n办公室"\nc.txt,\n';
    const { entries, diagnostics } = parseManifestCsv(csv, "m.csv");
    expect(diagnostics).toEqual([]);
    expect(entries.get("a,b.txt")).toEqual({ file: "a,b.txt", agency: '某某局"试点"办公室' });
    expect(entries.get("c.txt")).toEqual({ file: "c.txt" });
  });

  it("reports bad rows with the manifest's name and the row's line, and keeps the good ones", () => {
    const csv = [
      "file,year,code,synthetic",
      '"multi',
      'line.txt",2021,330212,no',
      "bad-year.txt,21,,",
      "bad-code.txt,2021,33021,",
      "bad-flag.txt,2021,,maybe",
      ",2021,,",
      "../outside.txt,2021,,",
      "extra.txt,2021,,,surplus",
      '"multi\nline.txt",2019,,',
    ].join("\n");
    const { entries, diagnostics } = parseManifestCsv(csv, "data/reports/manifest.csv");
    expect([...entries.keys()]).toEqual(["multi\nline.txt"]);
    expect(diagnostics.map((d) => [d.line, d.severity])).toEqual([
      [4, "error"], [5, "error"], [6, "error"], [7, "error"], [8, "error"], [9, "error"], [10, "error"],
    ]);
    expect(diagnostics[0]!.message).toBe('data/reports/manifest.csv:4: year "21" is not a year between 2000 and 2100; row ignored');
    expect(diagnostics[1]!.message).toContain('code "33021" is not a 6-digit division code');
    expect(diagnostics[3]!.message).toContain("the file column is empty");
    expect(diagnostics[4]!.message).toContain('"../outside.txt" is not a path inside');
    expect(diagnostics[5]!.message).toBe("data/reports/manifest.csv:9: 5 fields but the header has 4; row ignored");
    expect(diagnostics[6]!.message).toContain('"multi\nline.txt" is listed again');
  });

  it("flags a missing file column, unknown columns, duplicates and an unclosed quote", () => {
    expect(parseManifestCsv("agency,year\nX局,2021\n", "m.csv").diagnostics[0]!.message).toBe(
      'm.csv:1: the header has no "file" column (found: agency, year)',
    );
    const { entries, diagnostics } = parseManifestCsv('file,notes\na.txt,x\na.txt,y\n"b.txt,z\n', "m.csv");
    expect([...entries.keys()]).toEqual(["a.txt"]);
    expect(diagnostics.map((d) => [d.line, d.severity, d.message])).toEqual([
      [4, "error", "m.csv:4: quoted field is never closed; the rest of the file is ignored"],
      [1, "warning", 'm.csv:1: unknown column "notes" is ignored'],
      [3, "error", 'm.csv:3: "a.txt" is listed again; the first row is used'],
    ]);
    expect(parseManifestCsv("", "m.csv").diagnostics[0]!.message).toBe("m.csv: the manifest is empty");
  });
});

describe("parseCsv", () => {
  it("tracks the line each record starts on", () => {
    const { records } = parseCsv('a,b\r\n"x\ny",z\n\nlast');
    expect(records.map((r) => [r.line, r.fields])).toEqual([
      [1, ["a", "b"]],
      [2, ["x\ny", "z"]],
      [4, [""]],
      [5, ["last"]],
    ]);
  });
});
