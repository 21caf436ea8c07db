// Agency type from the name's suffix (卫生健康局, 教育局, 街道办事处 …), for the comparison
// filter. One ordered list serves both the JS function and the SQL CASE, so the page's
// menu counts and the query's filter agree.
import { sqlString } from "./sqlLiteral";

export interface AgencyType {
  id: string;
  label: { zh: string; en: string };
  /** Name endings; the first type whose ending matches wins, so narrower types come first. */
  suffixes: readonly string[];
}

export const OTHER_AGENCY_TYPE = "other";

export const AGENCY_TYPES: readonly AgencyType[] = [
  { id: "government-office", label: { zh: "政府办公室（厅）", en: "Government general office" }, suffixes: ["人民政府办公室", "人民政府办公厅", "政府办公室", "政府办公厅"] },
  { id: "township", label: { zh: "乡镇人民政府", en: "Township government" }, suffixes: ["乡人民政府", "镇人民政府", "乡政府", "镇政府"] },
  { id: "subdistrict", label: { zh: "街道办事处", en: "Subdistrict office" }, suffixes: ["街道办事处", "街道办", "街道"] },
  { id: "government", label: { zh: "人民政府", en: "People's government" }, suffixes: ["人民政府", "行政公署"] },
  {
    id: "health",
    label: { zh: "卫生健康", en: "Health" },
    suffixes: ["卫生健康局", "卫生健康委员会", "卫生健康委", "卫生和计划生育委员会", "卫生和计划生育局", "卫生计生委", "卫生计生局", "卫健委", "卫健局", "卫生局"],
  },
  { id: "education", label: { zh: "教育", en: "Education" }, suffixes: ["教育局", "教育厅", "教育委员会", "教育和体育局", "教育体育局", "教体局"] },
  { id: "public-security", label: { zh: "公安", en: "Public security" }, suffixes: ["公安局", "公安厅", "公安分局"] },
  { id: "market-regulation", label: { zh: "市场监督管理", en: "Market regulation" }, suffixes: ["市场监督管理局", "市场监管局", "市场监督管理分局"] },
  { id: "natural-resources", label: { zh: "自然资源和规划", en: "Natural resources" }, suffixes: ["自然资源局", "自然资源和规划局", "自然资源厅", "国土资源局", "规划和自然资源局"] },
  { id: "ecology", label: { zh: "生态环境", en: "Ecology and environment" }, suffixes: ["生态环境局", "生态环境厅", "生态环境分局", "环境保护局"] },
  { id: "housing", label: { zh: "住房和城乡建设", en: "Housing and construction" }, suffixes: ["住房和城乡建设局", "住房城乡建设局", "住房和城乡建设厅", "住建局", "建设局"] },
  { id: "human-resources", label: { zh: "人力资源和社会保障", en: "Human resources and social security" }, suffixes: ["人力资源和社会保障局", "人力资源社会保障局", "人力资源和社会保障厅", "人社局"] },
  { id: "civil-affairs", label: { zh: "民政", en: "Civil affairs" }, suffixes: ["民政局", "民政厅"] },
  { id: "finance", label: { zh: "财政", en: "Finance" }, suffixes: ["财政局", "财政厅"] },
  { id: "transport", label: { zh: "交通运输", en: "Transport" }, suffixes: ["交通运输局", "交通运输厅", "交通局"] },
  { id: "agriculture", label: { zh: "农业农村", en: "Agriculture" }, suffixes: ["农业农村局", "农业农村厅", "农业局", "农业农村和水利局"] },
  { id: "water", label: { zh: "水利", en: "Water resources" }, suffixes: ["水利局", "水利厅", "水务局"] },
  { id: "emergency", label: { zh: "应急管理", en: "Emergency management" }, suffixes: ["应急管理局", "应急管理厅"] },
  { id: "justice", label: { zh: "司法", en: "Justice" }, suffixes: ["司法局", "司法厅"] },
  { id: "development-reform", label: { zh: "发展和改革", en: "Development and reform" }, suffixes: ["发展和改革局", "发展和改革委员会", "发展改革委", "发展改革局", "发改局", "发改委"] },
  { id: "medical-insurance", label: { zh: "医疗保障", en: "Medical insurance" }, suffixes: ["医疗保障局", "医保局"] },
  { id: "urban-management", label: { zh: "城市管理与综合执法", en: "Urban management" }, suffixes: ["城市管理局", "综合行政执法局", "城市管理综合行政执法局", "城管局"] },
  { id: "taxation", label: { zh: "税务", en: "Taxation" }, suffixes: ["税务局", "税务分局"] },
];

export const AGENCY_TYPES_BY_ID: ReadonlyMap<string, AgencyType> = new Map(AGENCY_TYPES.map((t) => [t.id, t]));

/** Trailing brackets and spaces do not change the type: 某某局（本级） is still 某某局. */
function core(name: string): string {
  return name.replace(/\s+/g, "").replace(/[（(][^（）()]*[)）]$/, "");
}

/** The type id of an agency name; `other` when no suffix matches. */
export function agencyTypeOf(name: string | null | undefined): string {
  if (!name) return OTHER_AGENCY_TYPE;
  const text = core(name);
  return AGENCY_TYPES.find((t) => t.suffixes.some((s) => text.endsWith(s)))?.id ?? OTHER_AGENCY_TYPE;
}

/** The same classification as a SQL CASE over a name column (the names reaching SQL are already without whitespace). */
export function agencyTypeSql(column = "agency"): string {
  const name = `regexp_replace(${column}, '[（(][^（）()]*[)）]$', '')`;
  const whens = AGENCY_TYPES.map((t) => `WHEN ${t.suffixes.map((s) => `ends_with(${name}, ${sqlString(s)})`).join(" OR ")} THEN ${sqlString(t.id)}`);
  return `CASE ${whens.join(" ")} ELSE ${sqlString(OTHER_AGENCY_TYPE)} END`;
}

/** The label of a type id, `其他` / `Other` for the rest. */
export function agencyTypeLabel(id: string, lang: "zh" | "en"): string {
  return AGENCY_TYPES_BY_ID.get(id)?.label[lang] ?? (lang === "zh" ? "其他" : "Other");
}
