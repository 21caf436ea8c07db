// What every cell of the form tables needs: the report's cells, last year's cells where
// comparable, the findings that point at a cell, and the selection for the detail panel.
import { CELLS_BY_ID } from "../../../lib/model/cells";
import type { AgencyForms, FormCell, ReportFinding } from "../../lib/loaders/agency";
import type { Lang } from "../../lib/i18n";

export interface FormContext {
  lang: Lang;
  forms: AgencyForms;
  cell: (id: string) => FormCell | undefined;
  /** Last year's cell, only where the two reports' templates print the same cell. */
  previous: (id: string) => FormCell | undefined;
  /** Findings about this cell (the cell a rule checked), errors first. */
  findingsAt: (id: string) => ReportFinding[];
  /** Findings that read this cell among others. */
  relatedTo: (id: string) => ReportFinding[];
  selected: string | null;
  select: (id: string) => void;
}

export function findingTarget(f: ReportFinding): string | null {
  return f.table && f.row && f.column ? `${f.table}.${f.row}.${f.column}` : null;
}

export function makeFormContext(lang: Lang, forms: AgencyForms, selected: string | null, select: (id: string) => void): FormContext {
  const at = new Map<string, ReportFinding[]>();
  for (const f of forms.findings) {
    const target = findingTarget(f);
    if (target) at.set(target, [...(at.get(target) ?? []), f]);
  }
  const prevTemplate = forms.previous?.template;
  return {
    lang,
    forms,
    cell: (id) => forms.cells[id],
    previous: (id) => {
      const def = CELLS_BY_ID.get(id);
      const comparable = def && prevTemplate && def.templates.includes(prevTemplate as "2019" | "2021") && def.templates.includes(forms.report.template as "2019" | "2021");
      return comparable ? forms.previousCells[id] : undefined;
    },
    findingsAt: (id) => at.get(id) ?? [],
    relatedTo: (id) => forms.findings.filter((f) => f.cells.includes(id) && findingTarget(f) !== id),
    selected,
    select,
  };
}

/** A stable DOM id for a cell button (cell ids contain dots). */
export function cellDomId(id: string): string {
  return `form-cell-${id.replaceAll(".", "-")}`;
}
