// Two or more reports that claim the same agency and year: all are kept, and
// each is flagged (warning) once per other report, named in relatedFile. The
// finding concerns the whole report, so row and column are `*`; `table` is
// `applications` because the contract has no table id for a whole report.
import { ALL } from "../cells";
import type { CorpusFinding, CorpusRule } from "../rule";

export const duplicateRule: CorpusRule = {
  id: "duplicate-report",
  check(corpus) {
    const out: CorpusFinding[] = [];
    for (const series of corpus) {
      for (const report of series.reports) {
        for (const other of series.reports) {
          if (other === report || other.meta.year !== report.meta.year) continue;
          const same = other.meta.source.sha256 === report.meta.source.sha256 ? "，内容完全相同" : "";
          out.push({
            file: report.meta.source.file,
            finding: {
              rule: "duplicate-report",
              severity: "warning",
              table: "applications",
              row: ALL,
              column: ALL,
              expected: null,
              actual: null,
              message: `${series.agency} ${report.meta.year} 年另有一份报告：${other.meta.source.file}${same}`,
              cells: [],
              lines: [],
              relatedFile: other.meta.source.file,
            },
          });
        }
      }
    }
    return out;
  },
};
