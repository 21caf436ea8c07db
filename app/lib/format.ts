// Numbers in the reader's locale; units from the catalogue.
import type { MetricUnit } from "../../lib/metrics/index";
import type { Lang } from "./i18n";

const LOCALE: Record<Lang, string> = { zh: "zh-CN", en: "en-US" };

/** One formatter per locale and style: creating an Intl.NumberFormat costs far more than formatting with one (tables of thousands of rows). */
const formatters = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, percent: boolean, maxDigits: number): Intl.NumberFormat {
  const key = `${lang} ${percent} ${maxDigits}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang], { ...(percent ? { style: "percent" } : {}), maximumFractionDigits: maxDigits });
    formatters.set(key, f);
  }
  return f;
}

export function formatNumber(value: number | null | undefined, lang: Lang, maxDigits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  return numberFormat(lang, false, maxDigits).format(value);
}

/** A metric value with its unit: 44.4%, 9.57 倍, 1,315. */
export function formatMetric(value: number | null | undefined, unit: MetricUnit, lang: Lang): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  if (unit === "%") return numberFormat(lang, true, 1).format(value);
  if (unit === "倍") return `${formatNumber(value, lang, 2)}${lang === "zh" ? " 倍" : "×"}`;
  return formatNumber(value, lang, unit === "万元" ? 2 : 0);
}

export function unitLabel(unit: MetricUnit, lang: Lang): string {
  if (lang === "zh") return unit;
  return ({ 件: "items", 项: "items", 个: "projects", 万元: "10k yuan", "%": "%", 倍: "×" } as const)[unit];
}

export function formatDateTime(iso: string, lang: Lang): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const text = new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" }).format(d);
  return `${text}${lang === "zh" ? "（北京时间）" : " (Beijing time)"}`;
}
