// View state in the URL (nuqs), so every view is shareable and survives reload.
import { parseAsArrayOf, parseAsBoolean, parseAsInteger, parseAsString, parseAsStringLiteral } from "nuqs";
import { LANGS, type Lang } from "./i18n";

export const langParser = parseAsStringLiteral(LANGS).withDefault("zh");

/** A link to a view with `query`, in the reader's language (`lang=en` only when English: Chinese is the default). */
export function viewHref(path: string, lang: Lang, query: Record<string, string | number> = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...query, ...(lang === "en" ? { lang } : {}) })) search.append(key, String(value));
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}
export const chartModeParser = parseAsStringLiteral(["chart", "table"] as const).withDefault("chart");

export const filterParsers = {
  province: parseAsString,
  city: parseAsString,
  synthetic: parseAsBoolean.withDefault(false),
};

/**
 * Bars drawn at each end of the comparison's ranking, unless the URL says otherwise: 20 highest,
 * a gap and 20 lowest fit one screen (41 rows of 22 px), and every bar drawn costs time on each
 * change of metric. All of them, or 50, 100 or 200 a side, are one choice away.
 */
export const DEFAULT_TOP_N = 20;

export const compareParsers = {
  metric: parseAsString,
  year: parseAsInteger,
  /** Agency type id (lib/metrics/agencyType). */
  type: parseAsString,
  /** Bars drawn at each end of the ranking; 0 draws all. */
  top: parseAsInteger.withDefault(DEFAULT_TOP_N),
  view: chartModeParser,
  ...filterParsers,
};

export const trendParsers = {
  /** One metric id, or several joined by commas. */
  metric: parseAsString,
  yoy: parseAsBoolean.withDefault(false),
  agencies: parseAsArrayOf(parseAsString, "|"),
  view: chartModeParser,
  synthetic: parseAsBoolean.withDefault(false),
};

export const agencyParsers = {
  name: parseAsString,
  metric: parseAsString,
  year: parseAsInteger,
  view: chartModeParser,
};

export const qualityParsers = {
  rule: parseAsString,
  severity: parseAsStringLiteral(["error", "warning", "unchecked"] as const),
};
