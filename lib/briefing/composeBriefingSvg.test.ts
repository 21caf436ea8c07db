import { describe, expect, it } from "vitest";
import { composeBriefingSvg, svgSize } from "./composeBriefingSvg";

const CHART = '<svg width="600" height="300" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 300"><text>宁波市鄞州区卫生健康局</text><text>1,315</text></svg>';

describe("composeBriefingSvg", () => {
  const text = { title: "行政处罚·本年处理决定数量 · 2021", subtitle: "单位：件。口径：报告表二中「行政处罚」行的印刷值。", source: ["来源：各单位政府信息公开工作年度报告（5 份报告）；数据生成于 2026-11-24"] };

  it("puts title, subtitle and source around the chart, at the chart's width", () => {
    const { svg, width, height } = composeBriefingSvg({ chartSvg: CHART, chartWidth: 600, chartHeight: 300, text });
    expect(width).toBe(600);
    expect(height).toBeGreaterThan(300 + 60);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="600" height="\d+" viewBox="0 0 600 \d+">/);
    expect(svg).toContain(`height="${height}"`);
    expect(svg).toContain(">行政处罚·本年处理决定数量 · 2021</text>");
    expect(svg).toContain("单位：件。");
    expect(svg).toContain("来源：各单位政府信息公开工作年度报告（5 份报告）");
    // The chart itself, unchanged, below the header.
    expect(svg).toContain("<text>宁波市鄞州区卫生健康局</text><text>1,315</text>");
    const chartTop = Number(/translate\(0 (\d+)\)/.exec(svg)![1]);
    const titleY = Number(/<text x="16" y="(\d+)"[^>]*font-weight="bold">/.exec(svg)![1]);
    const sourceY = Number(/y="(\d+)"[^>]*>来源/.exec(svg)![1]);
    expect(titleY).toBeLessThan(chartTop);
    expect(sourceY).toBeGreaterThan(chartTop + 300);
    expect(sourceY).toBeLessThan(height);
  });

  it("escapes every text, including a hostile title", () => {
    const { svg } = composeBriefingSvg({ chartSvg: CHART, chartWidth: 600, chartHeight: 300, text: { title: '</text><script>alert(1)</script>"', source: ["a & b"] } });
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt;&quot;");
    expect(svg).toContain("a &amp; b");
  });

  it("wraps long subtitles at narrow widths and grows in height", () => {
    const long = "口径".repeat(60);
    const narrow = composeBriefingSvg({ chartSvg: CHART, chartWidth: 320, chartHeight: 300, text: { ...text, subtitle: long } });
    const wide = composeBriefingSvg({ chartSvg: CHART, chartWidth: 1200, chartHeight: 300, text: { ...text, subtitle: long } });
    expect(narrow.height).toBeGreaterThan(wide.height);
    expect(narrow.svg.match(/font-size="12"/g)!.length).toBe(4);
  });

  it("strips an XML declaration and adds a missing namespace to the chart", () => {
    const { svg } = composeBriefingSvg({ chartSvg: '<?xml version="1.0"?>\n<svg width="10" height="10"><rect/></svg>', chartWidth: 10, chartHeight: 10, text: { title: "t", source: [] } });
    expect(svg).not.toContain("<?xml");
    expect(svg).toContain('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect/></svg>');
  });

  it("uses the dark palette on request", () => {
    const { svg } = composeBriefingSvg({ chartSvg: CHART, chartWidth: 600, chartHeight: 300, text, theme: "dark" });
    expect(svg).toContain('<rect width="100%" height="100%" fill="#15191f"/>');
  });

  it("refuses something that is not an SVG, and an empty size", () => {
    expect(() => composeBriefingSvg({ chartSvg: "<div/>", chartWidth: 10, chartHeight: 10, text })).toThrow(/not an SVG/);
    expect(() => composeBriefingSvg({ chartSvg: CHART, chartWidth: 0, chartHeight: 10, text })).toThrow(/not positive/);
  });
});

describe("svgSize", () => {
  it("reads width and height from the root, else its viewBox", () => {
    expect(svgSize(CHART)).toEqual({ width: 600, height: 300 });
    expect(svgSize('<svg viewBox="0 0 320 200"><svg width="1" height="1"/></svg>')).toEqual({ width: 320, height: 200 });
    expect(svgSize('<svg width="100%">')).toBeNull();
    expect(svgSize("<div>")).toBeNull();
  });
});
