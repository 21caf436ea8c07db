export { generateReport, type GenerateOptions, type SyntheticReport } from "./generateReport";
export { distinctSeries, generateSeries, type SeriesOptions } from "./generateSeries";
export { renderReport, withSource, layoutFormat, isLayout, LAYOUTS, type Layout, type RenderedReport } from "./renderReport";
export { type OtherLayout } from "./rows";
export { createRandom, type Random } from "./random";
export {
  injectErrors,
  injectSeriesErrors,
  type InjectedError,
  type InjectOptions,
  type ExpectedFinding,
  type CellChange,
} from "./injectErrors";
export { seriesConstraints, constraintStatus, type Constraint, type ConstraintStatus } from "./constraints";
export { compareReport, type Mismatch } from "./compareReport";
export { renderPdfWithoutEmbeddedFont } from "./renderPdf";
