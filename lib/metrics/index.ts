export { METRICS, METRICS_BY_ID, DEFAULT_METRIC_ID, metricById, type MetricDef, type MetricUnit, type MetricKind } from "./catalogue";
export * from "./queries";
export { sqlString, sqlNumber, sqlInteger, sqlIdentifier } from "./sqlLiteral";
export { escapeHtml } from "./escapeHtml";
export { toCsv, type CsvColumn } from "./csv";
export { quantile, spreadOf, outlierSide, type Spread, type OutlierSide } from "./stats";
