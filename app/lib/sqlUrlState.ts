// The SQL console's state in the URL: the query and its chart settings.
import { parseAsString, parseAsStringLiteral } from "nuqs";

export const CHART_KINDS = ["bar", "line"] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

export const sqlParsers = {
  q: parseAsString,
  x: parseAsString,
  y: parseAsString,
  chart: parseAsStringLiteral(CHART_KINDS),
};
