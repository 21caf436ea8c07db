// View state in the URL (nuqs), so every view is shareable and survives reload.
import { parseAsArrayOf, parseAsBoolean, parseAsInteger, parseAsString, parseAsStringLiteral } from "nuqs";
import { LANGS } from "./i18n";

export const langParser = parseAsStringLiteral(LANGS).withDefault("zh");
export const chartModeParser = parseAsStringLiteral(["chart", "table"] as const).withDefault("chart");

export const filterParsers = {
  province: parseAsString,
  city: parseAsString,
  synthetic: parseAsBoolean.withDefault(false),
};

export const compareParsers = {
  metric: parseAsString,
  year: parseAsInteger,
  view: chartModeParser,
  ...filterParsers,
};

export const trendParsers = {
  metric: parseAsString,
  agencies: parseAsArrayOf(parseAsString, "|"),
  view: chartModeParser,
  synthetic: parseAsBoolean.withDefault(false),
};

export const agencyParsers = {
  name: parseAsString,
  metric: parseAsString,
  view: chartModeParser,
};

export const qualityParsers = {
  rule: parseAsString,
  severity: parseAsStringLiteral(["error", "warning", "unchecked"] as const),
};
