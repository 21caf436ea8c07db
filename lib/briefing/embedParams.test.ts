import { describe, expect, it } from "vitest";
import { embedHref, embedSearch, iframeSnippet } from "./embedParams";

describe("embedSearch", () => {
  it("compare: metric, year and filters, defaults left out", () => {
    expect(embedSearch({ chart: "compare", metric: "active_punishment_decisions", year: 2021, theme: "light", lang: "zh", legend: true })).toBe(
      "chart=compare&metric=active_punishment_decisions&year=2021",
    );
    expect(embedSearch({ chart: "compare", metric: "grant-rate", year: 2020, province: "浙江省", city: "宁波市", synthetic: true, theme: "dark", lang: "en", legend: false, height: 420.4 })).toBe(
      "chart=compare&metric=grant-rate&year=2020&province=%E6%B5%99%E6%B1%9F%E7%9C%81&city=%E5%AE%81%E6%B3%A2%E5%B8%82&synthetic=true&theme=dark&lang=en&legend=off&height=420",
    );
  });
  it("a city without a province is dropped, as in the view", () => {
    expect(embedSearch({ chart: "compare", year: 2021, city: "宁波市" })).toBe("chart=compare&year=2021");
  });
  it("trend: agencies joined by | with a | inside a name escaped as nuqs does", () => {
    const q = new URLSearchParams(embedSearch({ chart: "trend", metric: "grant-rate", agencies: ["甲局", "乙|丙局"] }));
    expect(q.get("agencies")).toBe("甲局|乙%7C丙局");
    expect(q.get("agencies")!.split("|").map((s) => s.replaceAll("%7C", "|"))).toEqual(["甲局", "乙|丙局"]);
  });
  it("agency and quality keep only their own parameters", () => {
    expect(embedSearch({ chart: "agency", name: "乐清市卫生健康局", metric: "grant-rate", year: 2021, agencies: ["x"] })).toBe(
      `chart=agency&name=${encodeURIComponent("乐清市卫生健康局")}&metric=grant-rate`,
    );
    expect(embedSearch({ chart: "quality", metric: "grant-rate", synthetic: true })).toBe("chart=quality");
  });
});

describe("embedHref and iframeSnippet", () => {
  it("puts the embed page below the site root, with or without a base path", () => {
    expect(embedHref("http://127.0.0.1:3000", { chart: "quality" })).toBe("http://127.0.0.1:3000/embed/?chart=quality");
    expect(embedHref("https://example.org/sub/", { chart: "quality" })).toBe("https://example.org/sub/embed/?chart=quality");
  });
  it("escapes attribute values", () => {
    const s = iframeSnippet('https://x/embed/?chart=trend&agencies=a"b', { title: '<b>"局"</b>', height: 550 });
    expect(s).toBe(
      '<iframe src="https://x/embed/?chart=trend&amp;agencies=a&quot;b" title="&lt;b&gt;&quot;局&quot;&lt;/b&gt;" width="100%" height="550" style="border:0;max-width:100%" loading="lazy" referrerpolicy="no-referrer"></iframe>',
    );
  });
});
