import { describe, expect, it } from "vitest";
import { findPlaceMentions, regionFromCode, resolveRegion, resolveRegionDetailed } from "./index";

const region = (province: string | null, city: string | null, county: string | null, code: string | null) => ({ province, city, county, code });

describe("resolveRegion", () => {
  it("resolves the seed agencies to their counties", () => {
    expect(resolveRegion("宁波市鄞州区卫生健康局")).toEqual(region("浙江省", "宁波市", "鄞州区", "330212"));
    expect(resolveRegion("临渭区卫生健康局")).toEqual(region("陕西省", "渭南市", "临渭区", "610502"));
    expect(resolveRegion("海盐县卫生健康局")).toEqual(region("浙江省", "嘉兴市", "海盐县", "330424"));
    expect(resolveRegion("乐清市卫生健康局")).toEqual(region("浙江省", "温州市", "乐清市", "330382"));
    expect(resolveRegion("慈溪市卫生健康局")).toEqual(region("浙江省", "宁波市", "慈溪市", "330282"));
  });

  it("stops at the province or city an agency belongs to", () => {
    expect(resolveRegion("浙江省卫生健康委员会")).toEqual(region("浙江省", null, null, "330000"));
    expect(resolveRegion("宁波市卫生健康委员会")).toEqual(region("浙江省", "宁波市", null, "330200"));
    expect(resolveRegion("国家卫生健康委员会")).toEqual(region(null, null, null, null));
  });

  it("leaves an ambiguous county unresolved unless the name or the context says where", () => {
    const bare = resolveRegionDetailed("鼓楼区卫生健康局");
    expect(bare.region).toEqual(region(null, null, null, null));
    expect(bare.ambiguous.map((d) => d.code).sort()).toEqual(["320106", "320302", "350102", "410204"]);
    expect(resolveRegion("鼓楼区卫生健康局", "福州市鼓楼区人民政府门户网站")).toEqual(region("福建省", "福州市", "鼓楼区", "350102"));
    expect(resolveRegion("徐州市鼓楼区卫生健康局")).toEqual(region("江苏省", "徐州市", "鼓楼区", "320302"));
    // 新华区 exists twice in Hebei and once in Henan: Hebei narrows it to a province, not a county.
    expect(resolveRegion("新华区民政局")).toEqual(region(null, null, null, null));
    expect(resolveRegion("河北省新华区民政局").province).toBe("河北省");
    expect(resolveRegion("新华区民政局", "河北省").county).toBeNull();
  });

  it("presents a municipality's districts as lying in the municipality", () => {
    expect(resolveRegion("北京市朝阳区卫生健康委员会")).toEqual(region("北京市", "北京市", "朝阳区", "110105"));
    expect(resolveRegion("朝阳区卫生健康委员会", "北京市朝阳区人民政府")).toEqual(region("北京市", "北京市", "朝阳区", "110105"));
    expect(resolveRegion("重庆市彭水县卫生健康委员会")).toEqual(region("重庆市", "重庆市", "彭水苗族土家族自治县", "500243"));
    expect(resolveRegion("北京市卫生健康委员会")).toEqual(region("北京市", null, null, "110000"));
  });

  it("reads unambiguous short forms, but not words that only look like places", () => {
    expect(resolveRegion("鄞州卫健局")).toEqual(region("浙江省", "宁波市", "鄞州区", "330212"));
    expect(resolveRegion("恩施州卫生健康委员会")).toEqual(region("湖北省", "恩施土家族苗族自治州", null, "422800"));
    expect(resolveRegion("长阳县卫生健康局").code).toBe("420528");
    expect(resolveRegion("宁波市公安局")).toEqual(region("浙江省", "宁波市", null, "330200"));
    expect(resolveRegion("公安县卫生健康局").code).toBe("421022");
    expect(resolveRegion("朝阳卫健委").code).toBeNull(); // 朝阳 is a city, two districts and a county
    // 振兴 is also 丹东市振兴区: a short form elsewhere does not outweigh the full name.
    expect(resolveRegion("杭州市乡村振兴局")).toEqual(region("浙江省", "杭州市", null, "330100"));
    expect(resolveRegion("宁波鄞州卫生健康局").code).toBe("330212");
    // A province's short form names the province, though a district shares it (天津市河北区).
    expect(resolveRegion("河北雄安新区管理委员会")).toEqual(region("河北省", null, null, "130000"));
    expect(resolveRegion("天津市河北区民政局").code).toBe("120105");
  });

  it("sets a short form's place aside when the context names only other provinces and prefectures", () => {
    const bazhou = resolveRegionDetailed("巴州生态环境局", "新疆维吾尔自治区生态环境厅和巴音郭楞蒙古自治州党委");
    expect(bazhou.region).toEqual(region("新疆维吾尔自治区", "巴音郭楞蒙古自治州", null, "652800"));
    expect(bazhou.contradicted?.code).toBe("511902");
    expect(resolveRegionDetailed("巴州生态环境局", "四川省巴中市").contradicted).toBeUndefined();
    expect(resolveRegion("巴州生态环境局", "巴州区人民政府")).toEqual(region("四川省", "巴中市", "巴州区", "511902"));
    // A full name is never set aside, whatever the context names.
    expect(resolveRegion("宁波市鄞州区卫生健康局", "新疆维吾尔自治区").code).toBe("330212");
  });

  it("keeps province-administered county-level cities without a prefecture", () => {
    expect(resolveRegion("仙桃市卫生健康委员会")).toEqual(region("湖北省", null, "仙桃市", "429004"));
  });
});

describe("regionFromCode and findPlaceMentions", () => {
  it("looks up codes at every level", () => {
    expect(regionFromCode("330212")).toEqual(region("浙江省", "宁波市", "鄞州区", "330212"));
    expect(regionFromCode("330200")).toEqual(region("浙江省", "宁波市", null, "330200"));
    expect(regionFromCode("999999")).toBeNull();
  });

  it("finds leftmost-longest mentions, short forms only on request", () => {
    const text = "261名专家定期或常驻慈溪。慈溪市妇科内分泌诊疗中心";
    expect(findPlaceMentions(text, { shortForms: false }).map((m) => m.text)).toEqual(["慈溪市"]);
    expect(findPlaceMentions(text, { shortForms: true }).map((m) => [m.text, m.full])).toEqual([["慈溪", false], ["慈溪市", true]]);
  });
});
