import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SYNTHETIC_MARKER, type SourceDocument } from "../model/document";
import { htmlToDocument } from "./html";
import { parseReport } from "./index";
import { extractMetadata } from "./metadata";

/** One cell per non-empty line: enough for metadata, independent of the text reader. */
function linesDocument(text: string): SourceDocument {
  const rows = text.split(/\r?\n/).flatMap((line, i) => (line.trim() ? [{ cells: [{ text: line.trim(), line: i + 1 }] }] : []));
  return { format: "text", rows };
}

function seed(prefix: string) {
  const name = ["000_37e37f6984e2b857", "001_98e8607b8980a40f", "002_9e69f5a6fc9c8b8d", "003_0a91ce1974c0f436", "004_309576c5c0f6d228"].find((n) =>
    n.startsWith(prefix),
  )!;
  const file = `data/reports/seeds/${name}.txt`;
  return { file, doc: linesDocument(readFileSync(new URL(`../../${file}`, import.meta.url), "utf8")) };
}

const meta = (doc: SourceDocument, file = "x.html", manifest?: Parameters<typeof extractMetadata>[3]) => extractMetadata(doc, [], file, manifest);

/** Metadata of a text whose narrative is all its lines, as when no table is found: its end (a signature) is read too. */
function metaOfText(text: string) {
  const doc = linesDocument(text);
  return extractMetadata(doc, doc.rows.map((r) => ({ text: r.cells[0]!.text, line: r.cells[0]!.line })), "x.txt");
}

describe("extractMetadata on the seeds", () => {
  // Expected values read from each seed by hand: its first lines and its 统计期限 sentence.
  it("000: agency from the opening sentence, year 2021 although 2020 is mentioned", () => {
    const { file, doc } = seed("000");
    const m = meta(doc, file);
    expect(m).toMatchObject({ agency: "宁波市鄞州区卫生健康局", agencySource: "text", year: 2021, synthetic: false });
    expect(m.region).toEqual({ province: "浙江省", city: "宁波市", county: "鄞州区", code: "330212" });
    expect(m.diagnostics).toEqual([]);
  });

  it("001: agency and year from a title split over two lines", () => {
    const { file, doc } = seed("001");
    const m = meta(doc, file);
    expect(m).toMatchObject({ agency: "临渭区卫生健康局", agencySource: "title", year: 2021 });
    expect(m.region).toEqual({ province: "陕西省", city: "渭南市", county: "临渭区", code: "610502" });
    expect(m.diagnostics).toEqual([]);
  });

  it("002: 2020 from the title and the statistics period, not 2021's improvement plans", () => {
    const { file, doc } = seed("002");
    const m = meta(doc, file);
    expect(m).toMatchObject({ agency: "海盐县卫生健康局", agencySource: "title", year: 2020 });
    expect(m.region).toEqual({ province: "浙江省", city: "嘉兴市", county: "海盐县", code: "330424" });
    expect(m.diagnostics).toEqual([]);
  });

  it("003: agency line above a 年度 title", () => {
    const { file, doc } = seed("003");
    const m = meta(doc, file);
    expect(m).toMatchObject({ agency: "乐清市卫生健康局", agencySource: "title", year: 2021 });
    expect(m.region).toEqual({ province: "浙江省", city: "温州市", county: "乐清市", code: "330382" });
  });

  it("004: agency inferred from 市卫生健康局 and the mentions of 慈溪, with a diagnostic", () => {
    const { file, doc } = seed("004");
    const m = meta(doc, file);
    expect(m).toMatchObject({ agency: "慈溪市卫生健康局", agencySource: "inferred", year: 2019 });
    expect(m.region).toEqual({ province: "浙江省", city: "宁波市", county: "慈溪市", code: "330282" });
    expect(m.diagnostics.map((d) => [d.code, d.severity])).toEqual([["agency-inferred", "warning"]]);
    expect(m.diagnostics[0]!.message).toContain(file);
    expect(m.diagnostics[0]!.message).toContain("市卫生健康局");
  });
});

describe("extractMetadata on other layouts", () => {
  it("reads an HTML page's <title> when the body has no title line", () => {
    const html = `<html><head><title>宁波市鄞州区卫生健康局2021年政府信息公开工作年度报告_鄞州区人民政府</title></head>
<body><p>一、总体情况</p><p>2021年，我局依法公开政府信息。</p></body></html>`;
    const m = meta(htmlToDocument(html));
    expect(m).toMatchObject({ agency: "宁波市鄞州区卫生健康局", agencySource: "title", year: 2021 });
    expect(m.region.code).toBe("330212");
  });

  it("finds the title and the opening below unclassed page chrome", () => {
    const links = Array.from({ length: 25 }, (_, i) => `<div><a href="/c${i}">栏目${i}</a></div>`).join("\n");
    const html = `<html><head><title>政府信息公开年报</title></head><body>${links}
<h2>2021年度政府信息公开工作年度报告</h2>
<p>2021年，宁波市鄞州区卫生健康局按照《条例》要求开展工作。统计期限自2021年1月1日至2021年12月31日。</p></body></html>`;
    const m = meta(htmlToDocument(html));
    expect(m).toMatchObject({ agency: "宁波市鄞州区卫生健康局", agencySource: "text", year: 2021 });
    expect(m.diagnostics).toEqual([]);
  });

  it("reads titles that put the year first or last", () => {
    const first = meta(linesDocument("2021年乐清市卫生健康局政府信息公开工作年度报告\n一、总体情况"));
    expect(first).toMatchObject({ agency: "乐清市卫生健康局", agencySource: "title", year: 2021 });
    const last = meta(linesDocument("海盐县卫生健康局政府信息公开工作年度报告（2020年）\n一、总体情况"));
    expect(last).toMatchObject({ agency: "海盐县卫生健康局", agencySource: "title", year: 2020 });
  });

  it("keeps the title's 2019 for a report that plans for 2020", () => {
    const text = [
      "慈溪市卫生健康局2019年度政府信息公开工作年度报告",
      "一、总体情况",
      "2019年，我局认真贯彻落实《条例》。",
      "五、存在的主要问题及改进情况",
      "2020年，我局将进一步加强政府信息公开工作。2020年计划开展培训2次，2020年底前完成栏目改版。",
    ].join("\n");
    const m = meta(linesDocument(text));
    expect(m).toMatchObject({ agency: "慈溪市卫生健康局", agencySource: "title", year: 2019 });
    expect(m.diagnostics).toEqual([]);
  });

  it("warns when the title and the statistics period disagree, and keeps the title's year", () => {
    const text = "海盐县卫生健康局2021年政府信息公开工作年度报告\n本报告中所列数据的统计期限自2020年1月1日至2020年12月31日止。";
    const m = meta(linesDocument(text), "r.txt");
    expect(m.year).toBe(2021);
    expect(m.diagnostics.map((d) => d.code)).toEqual(["year-conflict"]);
    expect(m.diagnostics[0]!.message).toBe("r.txt: report year 2021 taken from the title, but the statistics period says 2020 (line 2)");
    expect(m.diagnostics[0]!.line).toBe(1);
  });

  it("finds the agency that compiled the report", () => {
    const m = meta(linesDocument("本报告由宁波市卫生健康委员会编制。统计期限自2022年1月1日至2022年12月31日。"));
    expect(m).toMatchObject({ agency: "宁波市卫生健康委员会", agencySource: "text", year: 2022 });
    expect(m.region).toEqual({ province: "浙江省", city: "宁波市", county: null, code: "330200" });
  });

  it("reads a statistics period whose end leaves its year out", () => {
    const m = meta(linesDocument("上海市人民政府办公厅政府信息公开工作年度报告\n本年度报告中所列数据统计期限为2022年1月1日至12月31日。"));
    expect(m).toMatchObject({ agency: "上海市人民政府办公厅", year: 2022 });
    expect(m.diagnostics.map((d) => d.code)).not.toContain("year-missing");
  });

  it("reads the whole name at a sentence's start, not the shortest one ending like an agency", () => {
    const m = meta(linesDocument("政府信息公开工作年度报告\n2023年，杭州市社会保险事业管理中心认真贯彻落实《条例》。"));
    expect(m).toMatchObject({ agency: "杭州市社会保险事业管理中心", agencySource: "text", year: 2023 });
    expect(meta(linesDocument("政府信息公开工作年度报告\n2023年，杭州市所属各单位认真贯彻落实《条例》。")).agency).toBeNull();
  });

  it("finds an agency named after a clause of the opening only when the name starts with a place", () => {
    const doc = (opening: string) => linesDocument(`${opening}\n一、总体情况`);
    expect(meta(doc("2022年，在区委、区政府的正确领导下，杭州市西湖区民政局认真贯彻落实《条例》。"))).toMatchObject({ agency: "杭州市西湖区民政局", agencySource: "text" });
    expect(meta(doc("2022年，在区委、区政府的正确领导下，各街道认真贯彻落实《条例》。")).agency).toBeNull();
  });

  it("does not take a clause that ends like an agency (…工作部署, as 审计署 ends) for one", () => {
    const m = meta(linesDocument("2022年，根据杭州市人民政府办公厅工作部署，我局认真贯彻落实《条例》。\n一、总体情况"));
    expect(m.agency).toBeNull();
  });

  it("finds the agency the opening announces, and a page's 发布机构 above the title", () => {
    const announced = meta(linesDocument("关于2023年度政府信息公开工作年度报告\n根据《条例》规定，现公布杭州市西湖区财政局2023年政府信息公开工作年度报告。"));
    expect(announced).toMatchObject({ agency: "杭州市西湖区财政局", agencySource: "text", year: 2023 });
    const page = htmlToDocument(
      "<table><tr><td>索引号</td><td>002489/2024-01</td></tr><tr><td>发布机构</td><td>杭州市西湖区财政局</td><td>发文日期</td><td>2024-01-15</td></tr></table>" +
        "<h1>2023年政府信息公开工作年度报告</h1><p>本报告依据《条例》编制。</p>",
    );
    expect(meta(page)).toMatchObject({ agency: "杭州市西湖区财政局", agencySource: "text", year: 2023 });
    expect(meta(page).region.code).toBe("330106");
  });

  it("reads a 街道 or 镇 a title names alone as the report of its 办事处 or 人民政府, and says so", () => {
    const street = meta(linesDocument("宁波市鄞州区钟公庙街道2022年度政府信息公开工作年度报告"));
    expect(street).toMatchObject({ agency: "宁波市鄞州区钟公庙街道办事处", agencySource: "title", year: 2022 });
    expect(street.diagnostics.map((d) => d.code)).toEqual(["agency-completed"]);
    expect(meta(linesDocument("杭州市西湖区三墩镇2023年政府信息公开工作年度报告")).agency).toBe("杭州市西湖区三墩镇人民政府");
    expect(meta(linesDocument("杭州市西湖区三墩镇人民政府2023年政府信息公开工作年度报告")).agency).toBe("杭州市西湖区三墩镇人民政府");
  });

  it("lets a manifest override agency, year, region and synthetic", () => {
    const { doc } = seed("004");
    const m = meta(doc, "r.txt", { file: "r.txt", agency: "宁波市卫生健康委员会", year: 2020, synthetic: true });
    expect(m).toMatchObject({ agency: "宁波市卫生健康委员会", agencySource: "manifest", year: 2020, synthetic: true });
    expect(m.region).toEqual({ province: "浙江省", city: "宁波市", county: null, code: "330200" });
    expect(m.diagnostics.map((d) => d.code)).toEqual(["agency-inferred", "manifest-override", "manifest-override"]);
    const coded = meta(doc, "r.txt", { file: "r.txt", code: "330212" });
    expect(coded.region).toEqual({ province: "浙江省", city: "宁波市", county: "鄞州区", code: "330212" });
    expect(coded.agencySource).toBe("inferred");
  });

  it("marks a report synthetic by the marker in its title, and strips the marker from the agency", () => {
    const m = meta(linesDocument(`${SYNTHETIC_MARKER}临渭区卫生健康局2022年政府信息公开工作年度报告\n一、总体情况`));
    expect(m).toMatchObject({ agency: "临渭区卫生健康局", agencySource: "title", year: 2022, synthetic: true });
    expect(meta(linesDocument("临渭区卫生健康局2022年政府信息公开工作年度报告")).synthetic).toBe(false);
  });

  it("says so when neither agency nor year can be found, and leaves ambiguous counties blank", () => {
    const none = meta(linesDocument("一、总体情况\n我局认真贯彻落实《条例》。"), "r.txt");
    expect(none).toMatchObject({ agency: null, agencySource: null, year: null });
    expect(none.diagnostics.map((d) => d.code)).toEqual(["agency-missing", "year-missing"]);
    const ambiguous = meta(linesDocument("鼓楼区卫生健康局2021年政府信息公开工作年度报告"));
    expect(ambiguous.region).toEqual({ province: null, city: null, county: null, code: null });
    expect(ambiguous.diagnostics.map((d) => d.code)).toEqual(["region-ambiguous"]);
    // 市中区 is a district name (four of them), not a relative 市 + 中区.
    const shizhong = meta(linesDocument("市中区农业农村局2024年政府信息公开工作年度报告"));
    expect(shizhong).toMatchObject({ agency: "市中区农业农村局", agencySource: "title", year: 2024 });
    expect(shizhong.region.code).toBeNull();
    const benxi = meta(linesDocument(`${SYNTHETIC_MARKER}本溪市明山区教育局2019年政府信息公开工作年度报告`));
    expect(benxi).toMatchObject({ agency: "本溪市明山区教育局", agencySource: "title", year: 2019 });
    expect(benxi.region).toEqual({ province: "辽宁省", city: "本溪市", county: "明山区", code: "210504" });
    const compiled = meta(linesDocument("本报告由本溪市明山区教育局根据《中华人民共和国政府信息公开条例》编制。"));
    expect(compiled).toMatchObject({ agency: "本溪市明山区教育局", agencySource: "text" });
    const withContext = meta(linesDocument("鼓楼区卫生健康局2021年政府信息公开工作年度报告\n2021年，在南京市委、市政府的领导下……"));
    expect(withContext.region.code).toBe("320106");
  });

  it("counts the years of the whole opening, past its first lines, when nothing states the year", () => {
    // No year in the title, no 统计期限, no opening sentence that starts with a year. The
    // opening runs 3,000 characters: 2022年度 twice and 2021年度 once within it, on lines 18
    // to 20; 2019年度 five times after it, where it must not count.
    const filler = "我局坚持以公开为常态、不公开为例外，持续加强政府信息公开工作，保障公众的知情权、参与权、表达权和监督权。".repeat(2);
    const lines = [
      "临渭区卫生健康局政府信息公开工作年度报告",
      ...Array.from({ length: 16 }, () => filler),
      "全局2022年度主动公开信息较上年增加。",
      "与2021年度相比，依申请公开数量持平。",
      "2022年度未发生行政复议。",
      ...Array.from({ length: 30 }, () => filler),
      ...Array.from({ length: 5 }, () => "2019年度的情况见上年报告。"),
    ];
    const m = meta(linesDocument(lines.join("\n")));
    expect(m).toMatchObject({ agency: "临渭区卫生健康局", agencySource: "title", year: 2022 });
    expect(m.diagnostics).toEqual([]);
  });
});

describe("agency names that start with 本 (regression: read as 本局-style self-references, agency null)", () => {
  it("reads the round trip's reproducer through parseReport", async () => {
    const file = "lib/synthetic/testdata/title-agency-starting-with-ben.txt";
    const bytes = new Uint8Array(readFileSync(new URL(`../../${file}`, import.meta.url)));
    const outcome = await parseReport({ file, bytes, sha256: "0".repeat(64) });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.report.meta).toMatchObject({ agency: "本溪市明山区教育局", agencySource: "title", year: 2019, synthetic: true });
    expect(outcome.report.meta.region.code).toBe("210504");
    expect(outcome.report.diagnostics.map((d) => d.code)).not.toContain("agency-missing");
  });

  it("reads the agency from an HTML <title> when the page body has no title line", () => {
    const doc = htmlToDocument(
      "<html><head><title>本溪市明山区教育局2019年政府信息公开工作年度报告</title></head>" +
        "<body><p>一、总体情况</p><p>2019年，我局认真贯彻落实《中华人民共和国政府信息公开条例》。</p></body></html>",
    );
    expect(meta(doc)).toMatchObject({ agency: "本溪市明山区教育局", agencySource: "title", year: 2019 });
    // A self-reference is still not an agency.
    expect(meta(linesDocument("本局2019年政府信息公开工作年度报告")).agency).toBeNull();
  });
});

describe("title forms seen on government sites", () => {
  // Each title written out as sites print them; agency, year and county code read off the title.
  it.each([
    ["北京市海淀区人民政府2022年政府信息公开工作年度报告", "北京市海淀区人民政府", 2022, "110108"],
    ["上海市浦东新区教育局2021年度政府信息公开工作年度报告", "上海市浦东新区教育局", 2021, "310115"],
    ["广州市天河区人民政府办公室关于2020年政府信息公开工作年度报告", "广州市天河区人民政府办公室", 2020, "440106"],
    ["2023年度深圳市南山区住房和建设局政府信息公开工作年度报告", "深圳市南山区住房和建设局", 2023, "440305"],
    ["湖南省长沙市岳麓区市场监督管理局二〇二二年政府信息公开工作年度报告", "湖南省长沙市岳麓区市场监督管理局", 2022, "430104"],
    ["重庆市渝中区人民政府关于2021年度政府信息公开工作的年度报告", "重庆市渝中区人民政府", 2021, "500103"],
    ["杭州市西湖区人民政府西溪街道办事处二零二二年度政府信息公开工作报告", "杭州市西湖区人民政府西溪街道办事处", 2022, "330106"],
    ["苏州工业园区管理委员会2021年政府信息公开工作年度报告", "苏州工业园区管理委员会", 2021, "320576"],
    ["杭州海关2022年政府信息公开工作年度报告", "杭州海关", 2022, "330100"],
    ["中国人民银行杭州中心支行2022年政府信息公开工作年度报告", "中国人民银行杭州中心支行", 2022, "330100"],
    ["杭州市人民政府信息公开工作年度报告（2022年）", "杭州市人民政府", 2022, "330100"],
    ["杭州市西湖区民政局关于2022年度政府信息公开工作情况的报告", "杭州市西湖区民政局", 2022, "330106"],
    ["杭州市西湖区人民政府办公室关于杭州市西湖区人民政府2022年政府信息公开工作年度报告的通知", "杭州市西湖区人民政府", 2022, "330106"],
    ["国家统计局杭州调查队2022年政府信息公开工作年度报告", "国家统计局杭州调查队", 2022, "330100"],
    ["杭州市红十字会2022年政府信息公开工作年度报告", "杭州市红十字会", 2022, "330100"],
    ["杭州市档案馆2022年政府信息公开工作年度报告", "杭州市档案馆", 2022, "330100"],
    ["浙江省乔司监狱2022年政府信息公开工作年度报告", "浙江省乔司监狱", 2022, "330000"],
  ] as const)("%s", (title, agency, year, code) => {
    const m = meta(linesDocument(`${title}\n一、总体情况\n${year}年，我单位坚持以公开为常态。${year + 1}年将继续深化。`));
    expect(m).toMatchObject({ agency, agencySource: "title", year });
    expect(m.region.code).toBe(code);
  });
});

describe("titles that name a place alone, or wrap the name", () => {
  const opening = (year: number) => `一、总体情况\n${year}年，我区坚持以公开为常态。${year + 1}年将继续深化。`;

  it.each([
    ["浙江省杭州市西湖区2022年政府信息公开工作年度报告", "杭州市西湖区人民政府", 2022, "330106"],
    ["宁波市2021年政府信息公开工作年度报告", "宁波市人民政府", 2021, "330200"],
    ["杭州市西湖区人民政府办公室关于印发杭州市西湖区2022年政府信息公开工作年度报告的通知", "杭州市西湖区人民政府", 2022, "330106"],
  ] as const)("%s: the report of the place's people's government, inferred and said so", (title, agency, year, code) => {
    const m = meta(linesDocument(`${title}\n${opening(year)}`));
    expect(m).toMatchObject({ agency, agencySource: "inferred", year });
    expect(m.region.code).toBe(code);
    expect(m.diagnostics.map((d) => [d.code, d.line])).toEqual([["agency-inferred", 1]]);
  });

  it("reads a title split over two lines, the place alone on the first", () => {
    const m = meta(linesDocument(`杭州市西湖区\n2022年政府信息公开工作年度报告\n${opening(2022)}`));
    expect(m).toMatchObject({ agency: "杭州市西湖区人民政府", agencySource: "inferred", year: 2022 });
  });

  it.each([
    ["中华人民共和国生态环境部2022年政府信息公开工作年度报告", "中华人民共和国生态环境部"],
    ["教育部2022年政府信息公开工作年度报告", "教育部"],
    ["西湖区人民政府关于公布2022年政府信息公开工作年度报告的公告", "西湖区人民政府"],
    ["【杭州市西湖区民政局】2022年政府信息公开工作年度报告", "杭州市西湖区民政局"],
    ["杭州市西湖区民政局2022年政务公开工作年度报告", "杭州市西湖区民政局"],
  ] as const)("%s: the agency from the title", (title, agency) => {
    expect(meta(linesDocument(`${title}\n${opening(2022)}`))).toMatchObject({ agency, agencySource: "title", year: 2022 });
  });

  it("does not take a place with more after it for a government: 杭州市西湖区卫健 is no agency and no place", () => {
    expect(meta(linesDocument(`杭州市西湖区卫健2022年政府信息公开工作年度报告\n${opening(2022)}`))).toMatchObject({ agency: null, agencySource: null });
  });
});

describe("a page whose report title has no agency: the site its <title> names", () => {
  const page = (pageTitle: string, heading: string) =>
    htmlToDocument(`<html><head><title>${pageTitle}</title></head><body><div class="nav">首页</div><h1>${heading}</h1><p>2022年，我区坚持以公开为常态。</p></body></html>`);

  it.each([
    ["2022年政府信息公开工作年度报告_杭州市西湖区人民政府", "杭州市西湖区人民政府"],
    ["2022年政府信息公开工作年度报告-杭州市西湖区民政局", "杭州市西湖区民政局"],
    ["杭州市西湖区人民政府门户网站 - 2022年政府信息公开工作年度报告", "杭州市西湖区人民政府"],
  ] as const)("%s → %s, inferred and said so", (pageTitle, agency) => {
    const m = meta(page(pageTitle, "2022年政府信息公开工作年度报告"));
    expect(m).toMatchObject({ agency, agencySource: "inferred", year: 2022 });
    expect(m.region.code).toBe("330106");
    expect(m.diagnostics.map((d) => d.code)).toEqual(["agency-inferred"]);
  });

  it("completes a place the heading names alone (西湖区 is in two cities) from the site's government", () => {
    const m = meta(page("西湖区2022年政府信息公开工作年度报告_杭州市西湖区人民政府", "西湖区2022年政府信息公开工作年度报告"));
    expect(m).toMatchObject({ agency: "杭州市西湖区人民政府", agencySource: "inferred" });
    expect(m.region.code).toBe("330106");
  });

  it("does not take a government's portal for the agency of a report that calls itself 我局", () => {
    const doc = htmlToDocument(
      `<html><head><title>2022年政府信息公开工作年度报告_杭州市西湖区人民政府</title></head><body><h1>2022年政府信息公开工作年度报告</h1><p>2022年，我局认真贯彻《条例》。</p></body></html>`,
    );
    expect(meta(doc)).toMatchObject({ agency: null, agencySource: null });
  });

  it("takes the title that agrees with the page's <title> over another report's title listed above it", () => {
    const doc = htmlToDocument(
      `<html><head><title>乐清市卫生健康局2021年度政府信息公开工作年度报告_乐清市人民政府</title></head><body><div class="left"><p>温州市卫生健康委员会2021年政府信息公开工作年度报告</p></div><h1>乐清市卫生健康局2021年度政府信息公开工作年度报告</h1><p>2021年，我局认真贯彻《条例》。</p></body></html>`,
    );
    expect(meta(doc)).toMatchObject({ agency: "乐清市卫生健康局", agencySource: "title", year: 2021 });
  });

  it("prefers an agency the report states over the site", () => {
    const doc = htmlToDocument(
      `<html><head><title>2022年政府信息公开工作年度报告_杭州市西湖区人民政府</title></head><body><h1>2022年政府信息公开工作年度报告</h1><p>2022年，杭州市西湖区民政局认真贯彻《条例》。</p></body></html>`,
    );
    expect(meta(doc)).toMatchObject({ agency: "杭州市西湖区民政局", agencySource: "text" });
  });
});

describe("the report's year written unusually", () => {
  it("reads years in full-width digits", () => {
    const m = meta(linesDocument("宁波市鄞州区卫生健康局２０２１年政府信息公开工作年度报告\n２０２１年，我局认真贯彻《条例》。"));
    expect(m).toMatchObject({ agency: "宁波市鄞州区卫生健康局", year: 2021 });
    expect(m.diagnostics).toEqual([]);
  });

  it("takes the year the report names itself by over a year its first sentence starts with", () => {
    const m = meta(linesDocument("2020年度，本单位曾调整信息公开目录；2021年共收到申请31件。现将2022年度政府信息公开工作报告如下。\n一、总体情况"));
    expect(m.year).toBe(2022);
    expect(m.diagnostics.map((d) => d.code)).toContain("year-conflict");
  });

  it("takes the first sentence of the report's author over an earlier one about a superior", () => {
    const m = meta(
      linesDocument("杭州市西湖区民政局政府信息公开工作年度报告\n2021年，国务院办公厅印发新的年度报告格式，本机关据此调整统计口径。\n2022年，本机关认真贯彻落实《条例》。"),
    );
    expect(m).toMatchObject({ agency: "杭州市西湖区民政局", year: 2022 });
    const named = meta(linesDocument("西湖区民政局政府信息公开工作年度报告\n2021年，省政府办公厅印发通知。\n2022年，西湖区民政局认真贯彻《条例》。"));
    expect(named.year).toBe(2022);
  });

  it("reads a report over two years (2021—2022年度) as its last year's, with a warning", () => {
    const m = meta(linesDocument("宁波市鄞州区卫生健康局2021—2022年度政府信息公开工作年度报告\n2021年至2022年，我局认真贯彻《条例》。"));
    expect(m).toMatchObject({ agency: "宁波市鄞州区卫生健康局", agencySource: "title", year: 2022 });
    expect(m.diagnostics.map((d) => [d.code, d.severity])).toEqual([["year-range", "warning"]]);
  });
});

describe("an agency named only where the text wraps or at the end", () => {
  it("reads the agency of an opening sentence wrapped inside the name, as PDF text wraps it", () => {
    const m = meta(linesDocument("为进一步做好政府信息公开工作，现公布湖州市吴兴区\n卫生健康局2022年政府信息公开工作年度报告。\n一、总体情况"));
    expect(m).toMatchObject({ agency: "湖州市吴兴区卫生健康局", agencySource: "text" });
  });

  it.each([
    ["on the line above the date", "杭州市西湖区民政局\n2023年1月20日"],
    ["before the date on one line", "杭州市西湖区民政局 二〇二三年一月二十日"],
  ])("reads the agency that signs the report %s", (_, signature) => {
    const text = `一、总体情况\n2022年，我局认真贯彻《条例》。\n六、其他需要报告的事项\n本年度未收取信息处理费。\n${signature}`;
    const m = metaOfText(text);
    expect(m).toMatchObject({ agency: "杭州市西湖区民政局", agencySource: "text" });
    expect(m.region.code).toBe("330106");
  });

  it("does not take a line above a date that is no agency name", () => {
    const text = "一、总体情况\n2022年，我局认真贯彻《条例》。\n特此报告。\n2023年1月20日";
    expect(metaOfText(text).agency).toBeNull();
  });
});

describe("agencies, places and years as real pages write them", () => {
  const OPENING = "一、总体情况\n2022年，我局认真贯彻《条例》。";

  it.each([
    ["国家乡村振兴局2022年政府信息公开工作年度报告", "国家乡村振兴局", null],
    // 河北 is 河北省 (a province's short form before 天津's 河北区); 安新 inside 雄安新区 is no 安新县.
    ["河北雄安新区管理委员会2022年政府信息公开工作年度报告", "河北雄安新区管理委员会", "130000"],
    ["国家统计局杭州调查队2022年政府信息公开工作年度报告", "国家统计局杭州调查队", "330100"],
  ])("%s: a short form inside a word names no place", (title, agency, code) => {
    const m = metaOfText(`${title}\n${OPENING}`);
    expect(m.agency).toBe(agency);
    expect(m.region.code).toBe(code);
  });

  it.each([
    ["a superior the opening names first", "2022年政府信息公开工作年度报告\n2022年，杭州市委市政府高度重视政务公开工作，我局认真贯彻《条例》。\n杭州市西湖区民政局\n2023年1月20日"],
    ["the portal's name above a title that names no agency", "杭州市西湖区人民政府\n2022年政府信息公开工作年度报告\n2022年，我局认真贯彻《条例》。\n杭州市西湖区民政局\n2023年1月"],
  ])("does not take %s for the agency of a report that calls itself 我局", (_, text) => {
    expect(metaOfText(text)).toMatchObject({ agency: "杭州市西湖区民政局", agencySource: "text" });
  });

  it("gives no agency when a street office's report on a district portal calls itself 我街道", () => {
    const doc = htmlToDocument(
      `<html><head><title>2022年政府信息公开工作年度报告_杭州市西湖区人民政府</title></head><body><h1>2022年政府信息公开工作年度报告</h1><p>2022年，我街道认真贯彻《条例》。</p></body></html>`,
    );
    expect(meta(doc).agency).toBeNull();
  });

  it.each([
    ["a title over three lines", "杭州市西湖区\n北山街道办事处\n2022年政府信息公开工作年度报告", "杭州市西湖区北山街道办事处"],
    ["a title wrapped inside its phrase", "杭州市西湖区民政局2022年政府信息公开\n工作年度报告", "杭州市西湖区民政局"],
    ["a column's tag in front", "【政府信息公开年报】国家税务总局杭州市西湖区税务局2022年政府信息公开工作年度报告", "国家税务总局杭州市西湖区税务局"],
    ["a second name in brackets", "杭州市市场监督管理局（杭州市知识产权局）2022年政府信息公开工作年度报告", "杭州市市场监督管理局"],
    ["a 总队", "浙江省消防救援总队2022年政府信息公开工作年度报告", "浙江省消防救援总队"],
    ["a link to last year's report above", "相关阅读：杭州市西湖区民政局2021年政府信息公开工作年度报告\n杭州市西湖区民政局2022年政府信息公开工作年度报告", "杭州市西湖区民政局"],
    ["a breadcrumb above", "您当前的位置：首页 > 政务公开 > 政府信息公开年报\n杭州市西湖区民政局2022年政府信息公开工作年度报告", "杭州市西湖区民政局"],
  ])("reads the title's agency from %s", (_, title, agency) => {
    expect(metaOfText(`${title}\n${OPENING}`)).toMatchObject({ agency, agencySource: "title", year: 2022 });
  });

  it("reads an agency the opening names with a short name in brackets after it", () => {
    expect(metaOfText("2022年政府信息公开工作年度报告\n2022年，杭州市西湖区人民政府办公室（区政务公开办）坚持以公开为常态。")).toMatchObject({
      agency: "杭州市西湖区人民政府办公室",
      agencySource: "text",
    });
  });

  it("reads the publisher a page's information row states before its 发布时间", () => {
    const doc = htmlToDocument(
      `<html><head><title>广东省人民政府</title></head><body><table><tr><td>发布机构：广东省公安厅</td><td>发布时间：2023-01-30</td></tr></table><h1>2022年政府信息公开工作年度报告</h1><p>2022年，我厅认真贯彻《条例》。</p></body></html>`,
    );
    expect(meta(doc)).toMatchObject({ agency: "广东省公安厅", agencySource: "text" });
  });

  it("settles an ambiguous name from the opening (西湖区人民政府) by the place its title names (杭州市西湖区)", () => {
    const m = metaOfText("杭州市西湖区2022年政府信息公开工作年度报告\n2022年，西湖区人民政府坚持以公开为常态。");
    expect(m.region.code).toBe("330106");
  });

  it("counts neither a page's date of publication nor a year of plans as the year reported", () => {
    const m = metaOfText("杭州市西湖区民政局政府信息公开工作年度报告\n发布时间：2023年01月18日\n今年以来，本机关认真贯彻《条例》。截至2022年底，累计公开信息1200余条。2023年，本机关将进一步提升公开质量。");
    expect(m.year).toBe(2022);
  });
});

describe("a title that shortens the agency's name", () => {
  it("takes the full name the signature gives (鄞州区卫健局 → 宁波市鄞州区卫生健康局), and says so", () => {
    const m = metaOfText("鄞州区卫健局2021年政府信息公开工作年度报告\n2021年，我局认真贯彻《条例》。\n宁波市鄞州区卫生健康局\n2022年1月20日");
    expect(m).toMatchObject({ agency: "宁波市鄞州区卫生健康局", agencySource: "title" });
    expect(m.diagnostics.map((d) => d.code)).toEqual(["agency-expanded"]);
  });

  it("keeps the title's name when the text names another body (its office)", () => {
    const m = metaOfText("杭州市西湖区人民政府2022年政府信息公开工作年度报告\n2022年，杭州市西湖区人民政府办公室认真贯彻《条例》。");
    expect(m.agency).toBe("杭州市西湖区人民政府");
  });
});

describe("the publisher a page states below a title that names the agency relatively", () => {
  it("reads 发布机构 on the line below the title", () => {
    const doc = htmlToDocument(
      `<html><head><title>市卫生健康局2019年政府信息公开工作年度报告_慈溪市人民政府</title></head><body><h1>市卫生健康局2019年政府信息公开工作年度报告</h1><div>发布机构：慈溪市卫生健康局</div><p>2019年，我局认真贯彻《条例》。</p></body></html>`,
    );
    expect(meta(doc)).toMatchObject({ agency: "慈溪市卫生健康局", agencySource: "text" });
    expect(meta(doc).region.code).toBe("330282");
  });
});

describe("a title a PDF printed with radicals for ideographs", () => {
  it("reads 卫⽣健康局 as 卫生健康局", () => {
    const m = meta(linesDocument("宁波市鄞州区卫⽣健康局2022年政府信息公开⼯作年度报告\n2022年，我局认真贯彻《条例》。"));
    expect(m).toMatchObject({ agency: "宁波市鄞州区卫生健康局", year: 2022 });
    expect(m.region.code).toBe("330212");
  });
});

describe("places named by a short form or in everyday words", () => {
  it("places 巴州 where the opening says (新疆's 巴音郭楞州), not at 四川's 巴州区, and says so", () => {
    const m = meta(linesDocument("巴州生态环境局2022年政府信息公开工作年度报告\n2022年，巴州生态环境局在新疆维吾尔自治区生态环境厅和巴音郭楞蒙古自治州党委、人民政府的领导下，认真贯彻落实《条例》。"));
    expect(m.region).toEqual({ province: "新疆维吾尔自治区", city: "巴音郭楞蒙古自治州", county: null, code: "652800" });
    expect(m.diagnostics.map((d) => d.code)).toEqual(["region-from-text"]);
    expect(m.diagnostics[0]!.message).toContain("四川省巴中市巴州区");
  });

  it("keeps a short form's place when the opening also names it or names no province", () => {
    expect(meta(linesDocument("鄞州卫健局2022年政府信息公开工作年度报告\n2022年，我局在浙江省卫生健康委员会指导下，认真贯彻《条例》。")).region.code).toBe("330212");
    expect(meta(linesDocument("巴州生态环境局2022年政府信息公开工作年度报告\n2022年，我局认真贯彻《条例》。")).region.code).toBe("511902");
  });

  it("takes the full name of a town its title names alone from the signature (箬横镇 → 温岭市箬横镇人民政府)", () => {
    const m = metaOfText("箬横镇2022年政府信息公开工作年度报告\n2022年，我镇认真贯彻落实《条例》。\n温岭市箬横镇人民政府\n2023年1月16日");
    expect(m).toMatchObject({ agency: "温岭市箬横镇人民政府", agencySource: "title", year: 2022 });
    expect(m.region.code).toBe("331081");
    expect(m.diagnostics.map((d) => d.code)).toEqual(["agency-expanded"]);
  });

  it("reads 朝阳区政府 as 朝阳区人民政府, and an autonomous prefecture's short form (延边州) in full", () => {
    const chaoyang = meta(linesDocument("朝阳区2022年政府信息公开工作年度报告\n2022年，朝阳区政府在北京市委、市政府和区委的领导下，认真贯彻落实《条例》。"));
    expect(chaoyang).toMatchObject({ agency: "朝阳区人民政府", year: 2022 });
    expect(chaoyang.region.code).toBe("110105");
    expect(chaoyang.diagnostics.map((d) => d.code)).toEqual(["agency-completed"]);
    const yanbian = meta(linesDocument("延边州2022年政府信息公开工作年度报告\n2022年，在吉林省委省政府和州委的坚强领导下，州政府认真贯彻落实《条例》。"));
    expect(yanbian).toMatchObject({ agency: "延边朝鲜族自治州人民政府", agencySource: "inferred", year: 2022 });
    expect(yanbian.region.code).toBe("222400");
  });
});
