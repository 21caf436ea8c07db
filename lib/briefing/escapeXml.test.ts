import { describe, expect, it } from "vitest";
import { escapeXml } from "./escapeXml";

describe("escapeXml", () => {
  it("escapes markup and quotes from report text", () => {
    expect(escapeXml(`<script>alert("x")</script> & 'y'`)).toBe("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;y&apos;");
  });
  it("drops characters XML 1.0 forbids, keeps CJK, tabs and surrogate pairs", () => {
    expect(escapeXml("卫生\u0000健康\u0008局\t\uFFFF")).toBe("卫生健康局\t");
    expect(escapeXml("a\uD800b")).toBe("ab");
    expect(escapeXml("𠀀")).toBe("𠀀");
  });
  it("prints null as empty and numbers as text", () => {
    expect(escapeXml(null)).toBe("");
    expect(escapeXml(1315)).toBe("1315");
  });
});
