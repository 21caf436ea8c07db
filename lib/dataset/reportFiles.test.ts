import { describe, expect, it } from "vitest";
import { isReportFile, manifestEntryFor } from "./reportFiles";

describe("isReportFile", () => {
  it("takes every file, whatever its name, and skips manifests, hidden files and the system's and Office's own", () => {
    for (const f of ["a.txt", "x/b.HTML", "d.md", "f.docx", "g.wps", "表.xlsx", "scan.jpg", "a.json", "notes.csv", "README"]) expect(isReportFile(f)).toBe(true);
    for (const f of ["manifest.csv", "x/Manifest.CSV", ".a.txt", ".hidden/a.txt", "x/.y/b.txt", ".txt", "x/Thumbs.db", "desktop.ini", "~$报告.docx"]) {
      expect(isReportFile(f)).toBe(false);
    }
  });
});

describe("manifestEntryFor", () => {
  const manifests = new Map([
    ["", new Map([["a/b/c.txt", "root"], ["top.txt", "root-top"]])],
    ["a/b", new Map([["c.txt", "nearest"]])],
    ["a", new Map([["b/d.txt", "middle"]])],
  ]);
  it("prefers the nearest manifest that names the file, and looks upwards", () => {
    expect(manifestEntryFor("a/b/c.txt", manifests)).toBe("nearest");
    expect(manifestEntryFor("a/b/d.txt", manifests)).toBe("middle");
    expect(manifestEntryFor("top.txt", manifests)).toBe("root-top");
    expect(manifestEntryFor("a/b/e.txt", manifests)).toBeUndefined();
  });
  it("never applies a manifest to a file outside its folder", () => {
    expect(manifestEntryFor("other/c.txt", new Map([["a/b", new Map([["c.txt", "x"]])]]))).toBeUndefined();
  });
});
