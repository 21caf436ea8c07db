import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { declaredCharset, decodeBytes, decodeChunks } from "./decode";

// Fixtures were produced with Debian's iconv from UTF-8 source text.
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./testdata/${name}`, import.meta.url)));

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(out.buffer);
  let offset = 0;
  if (bom) {
    view.setUint16(0, 0xfeff, littleEndian);
    offset = 2;
  }
  for (let i = 0; i < text.length; i++) view.setUint16(offset + i * 2, text.charCodeAt(i), littleEndian);
  return out;
}

describe("decodeBytes", () => {
  it("reads GB2312 declared by http-equiv as GB18030", () => {
    const { text, encoding } = decodeBytes(fixture("gbk-meta-http-equiv.html"));
    expect(encoding).toBe("gb18030");
    expect(text).toContain("<title>海盐县卫生健康局2020年度政府信息公开工作年度报告</title>");
    expect(text).toContain("（三）不予公开　1.属于国家秘密");
  });

  it("reads <meta charset=gbk>, including a character outside GB2312", () => {
    const { text, encoding } = decodeBytes(fixture("gbk-meta-charset.html"));
    expect(encoding).toBe("gb18030");
    expect(text).toContain("<p>鄞州区卫生健康局 镕</p>");
  });

  it("reads the encoding of an XML declaration", () => {
    const { text, encoding } = decodeBytes(fixture("gb2312-xml-decl.html"));
    expect(encoding).toBe("gb18030");
    expect(text).toContain("<p>乐清市卫生健康局</p>");
  });

  it("detects undeclared GBK text", () => {
    const { text, encoding } = decodeBytes(fixture("gbk-undeclared.txt"));
    expect(encoding).toBe("gb18030");
    expect(text.split("\n")[0]).toBe("慈溪市卫生健康局2019年政府信息公开工作年度报告");
    expect(text).toContain("本年新收政府信息公开申请数量\t3");
  });

  it("decodes GB18030 four-byte sequences", () => {
    const { text } = decodeBytes(fixture("gb18030-four-byte.txt"));
    expect(text).toBe("<p>𠀀 䶮 临渭区</p>\n");
  });

  it("trusts valid UTF-8 over a wrong gb2312 declaration", () => {
    const { text, encoding } = decodeBytes(fixture("utf8-declared-gb2312.html"));
    expect(encoding).toBe("utf-8");
    expect(text).toContain("<p>临渭区卫生健康局</p>");
  });

  it("reads plain UTF-8 and strips a UTF-8 BOM", () => {
    const plain = new TextEncoder().encode("一、总体情况\n");
    expect(decodeBytes(plain)).toEqual({ text: "一、总体情况\n", encoding: "utf-8" });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    expect(decodeBytes(withBom)).toEqual({ text: "一、总体情况\n", encoding: "utf-8" });
  });

  it("keeps a UTF-8 file whose last character was cut off", () => {
    const bytes = new TextEncoder().encode("总计12");
    const cut = new Uint8Array([...bytes, 0xe5, 0xb9]);
    expect(decodeBytes(cut)).toEqual({ text: "总计12\uFFFD", encoding: "utf-8" });
  });

  it("reads a page declared GBK as UTF-8 when its first non-ASCII character is any valid UTF-8, however near the limits", () => {
    const declared = new TextEncoder().encode('<meta charset="gbk"><p>');
    // U+0080, U+07FF, U+0800, U+D7FF, U+E000, U+10000 and U+10FFFF: the edges of each sequence length.
    for (const char of ["\u0080", "\u07ff", "\u0800", "\ud7ff", "\ue000", "\u{10000}", "\u{10ffff}"]) {
      const bytes = new Uint8Array([...declared, ...new TextEncoder().encode(`${char}一`)]);
      expect(decodeBytes(bytes)).toEqual({ text: `<meta charset="gbk"><p>${char}一`, encoding: "utf-8" });
    }
  });

  it("reads a page declared GBK as GBK when its first non-ASCII bytes only look like the start of UTF-8", () => {
    const declared = new TextEncoder().encode('<meta charset="gbk"><p>');
    // ED A0 80 would be a surrogate; E0 80 80 and F0 80 80 80 overlong; F4 90 80 80 past U+10FFFF.
    for (const start of [[0xed, 0xa0, 0x80], [0xe0, 0x80, 0x80], [0xf0, 0x80, 0x80, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xc1, 0xbf], [0xd5, 0xfe]]) {
      const bytes = new Uint8Array([...declared, ...start]);
      expect(decodeBytes(bytes).encoding).toBe("gb18030");
    }
    // The first character cut off by the end is left to the decoder, which tolerates it.
    expect(decodeBytes(new Uint8Array([...declared, 0xe4, 0xb8]))).toEqual({ text: '<meta charset="gbk"><p>\uFFFD', encoding: "utf-8" });
  });

  it("reads UTF-16 with and without a BOM", () => {
    const text = "<p>2021年政府信息公开工作年度报告</p>";
    expect(decodeBytes(utf16(text, true, true))).toEqual({ text, encoding: "utf-16le" });
    expect(decodeBytes(utf16(text, false, true))).toEqual({ text, encoding: "utf-16be" });
    expect(decodeBytes(utf16(text, true, false))).toEqual({ text, encoding: "utf-16le" });
  });

  it("falls back to detection when a page declares UTF-8 but is GBK", () => {
    const gbk = fixture("gbk-undeclared.txt");
    const bytes = new Uint8Array([...new TextEncoder().encode('<meta charset="utf-8">'), ...gbk]);
    const { text, encoding } = decodeBytes(bytes);
    expect(encoding).toBe("gb18030");
    expect(text).toContain("慈溪市卫生健康局");
  });

  it.each(["iso-8859-1", "us-ascii"])("detects GBK under a template's default %s declaration, and reads UTF-8 under it", (label) => {
    const meta = new TextEncoder().encode(`<meta http-equiv="Content-Type" content="text/html; charset=${label}">`);
    const gbk = decodeBytes(new Uint8Array([...meta, ...fixture("gbk-undeclared.txt")]));
    expect(gbk.encoding).toBe("gb18030");
    expect(gbk.text).toContain("慈溪市卫生健康局");
    expect(decodeBytes(new Uint8Array([...meta, ...new TextEncoder().encode("慈溪市卫生健康局")])).text).toContain("慈溪市卫生健康局");
  });
});

describe("decodeChunks", () => {
  // Every piece stays under 64 K code units (V8's large-object threshold is 128 KB);
  // joined, they are exactly the one-shot decoding, even where a character's bytes
  // straddle two chunks.
  const long = "<p>" + "一、总体情况 12 ".repeat(9000) + "</p>";
  const maxPiece = (chunks: string[]) => Math.max(...chunks.map((c) => c.length));

  it("splits long UTF-8, GB18030 and UTF-16 text without changing it", () => {
    const utf8 = new TextEncoder().encode(long);
    const gb = new Uint8Array([...new TextEncoder().encode('<meta charset="gbk">'), ...fixture("gbk-undeclared.txt")]);
    for (const bytes of [utf8, utf16(long, true, true), utf16(long, false, true)]) {
      const { chunks } = decodeChunks(bytes);
      expect(chunks.length).toBeGreaterThan(2);
      expect(maxPiece(chunks)).toBeLessThanOrEqual(32 * 1024);
      expect(chunks.join("")).toBe(long);
    }
    const gbChunks = decodeChunks(new Uint8Array(Array.from({ length: 1000 }, () => [...gb]).flat()));
    expect(gbChunks.encoding).toBe("gb18030");
    expect(gbChunks.chunks.length).toBeGreaterThan(1);
    expect(gbChunks.chunks.join("")).toBe(decodeBytes(gb).text.repeat(1000));
  });

  it("still rejects invalid UTF-8 found in a later chunk", () => {
    const bytes = new Uint8Array([...new TextEncoder().encode(long), 0xff, 0x41]);
    expect(decodeChunks(bytes).encoding).not.toBe("utf-8");
  });
});

describe("declaredCharset", () => {
  const ascii = (s: string) => new TextEncoder().encode(s);
  it("normalises labels to decoder names", () => {
    expect(declaredCharset(ascii("<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=GBK'>"))).toBe("gb18030");
    expect(declaredCharset(ascii('<meta charset="UTF-8">'))).toBe("utf-8");
    expect(declaredCharset(ascii("<meta charset=big5>"))).toBe("big5");
    expect(declaredCharset(ascii("<meta charset=utf-16>"))).toBe("utf-8");
  });
  it("ignores unknown labels and text without a declaration", () => {
    expect(declaredCharset(ascii("<meta charset=klingon>"))).toBeNull();
    expect(declaredCharset(ascii("charset=gbk in running text"))).toBeNull();
  });
  it("takes a <meta> declaration over an earlier <?xml> one and skips tags that only start alike", () => {
    expect(declaredCharset(ascii('<?xml version="1.0" encoding="big5"?><html><metadata charset=utf-8><meta charset=gbk>'))).toBe("gb18030");
    expect(declaredCharset(ascii('<?XML version="1.0" encoding="GB2312"?><meta name=x><p>charset=utf-8</p>'))).toBe("gb18030");
    expect(declaredCharset(ascii("<p>a</p><meta name=x content='y'><title>charset=gbk</title>"))).toBeNull();
  });
  it("reads a declaration cut off by the end of the sniffed head", () => {
    expect(declaredCharset(ascii(`${" ".repeat(4070)}<meta charset=gbk`))).toBe("gb18030");
    expect(declaredCharset(ascii(`${" ".repeat(4096)}<meta charset=gbk>`))).toBeNull();
  });
});
