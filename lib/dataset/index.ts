export * from "./tables";
export { reportRow, forEachPrintedCell, checkRow, diagnosticRow, failureRow, identityOf, type SqlValue, type ReportIdentity } from "./rows";
export { DatasetError } from "./datasetError";
export { MANIFEST_FILE, isReportFile, folderOf, manifestEntryFor } from "./reportFiles";
export { corpusView } from "./corpusView";
export { filesNeeded, findingsByRule, partitionYear, type DatasetManifest, type DatasetFile, type FindingCounts, type Severity, type TableNeed } from "./datasetManifest";
export { formatBuildSummary, type BuildSummary, type BuildFailure } from "./buildSummary";
export { renderDataDictionary } from "./dataDictionary";
