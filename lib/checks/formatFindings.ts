// Findings as an aligned plain-text table for a terminal, and a one-line
// summary. Widths count display columns (a CJK character is two wide), so that
// Chinese agency names and messages line up.
import stringWidth from "string-width";
import type { CheckFinding, RuleId } from "../model";

export interface FindingRow {
  file: string;
  agency: string | null;
  year: number | null;
  finding: CheckFinding;
}

export function displayWidth(text: string): number {
  return stringWidth(text);
}

const HEADER = ["规则", "级别", "机关", "年度", "单元格", "行号", "应为", "实为", "说明", "文件"];

const SEVERITY_ZH: Record<CheckFinding["severity"], string> = { error: "错误", warning: "警告", unchecked: "未核对" };

export function formatFindingsTable(rows: readonly FindingRow[]): string {
  const table = rows.map(({ file, agency, year, finding: f }) => [
    f.rule,
    SEVERITY_ZH[f.severity],
    agency ?? "（未知机关）",
    year === null ? "—" : String(year),
    `${f.table}.${f.row}.${f.column}`,
    abbreviate(f.lines.map(String)),
    f.expected === null ? "—" : String(f.expected),
    f.actual === null ? "—" : String(f.actual),
    oneLine(f.message),
    f.relatedFile ? `${file} ↔ ${f.relatedFile}` : file,
  ]);
  const all = [HEADER, ...table];
  const widths = HEADER.map((_, i) => Math.max(...all.map((r) => displayWidth(r[i] ?? ""))));
  const last = HEADER.length - 1;
  return all
    .map((r) => r.map((cell, i) => (i === last ? cell : pad(cell, widths[i] ?? 0))).join("  "))
    .join("\n");
}

/** `5 files, 5 parsed, 0 failed; 3 findings: outcome-sum 2 error, row-total 1 error`. */
export function summariseFindings(counts: { files: number; parsed: number; failed: number }, findings: readonly CheckFinding[]): string {
  const byRule = new Map<RuleId, Record<CheckFinding["severity"], number>>();
  for (const f of findings) {
    const entry = byRule.get(f.rule) ?? { error: 0, warning: 0, unchecked: 0 };
    entry[f.severity] += 1;
    byRule.set(f.rule, entry);
  }
  const parts = [...byRule.entries()].map(([rule, n]) => {
    const bySeverity = (["error", "warning", "unchecked"] as const).filter((s) => n[s] > 0).map((s) => `${n[s]} ${s}`);
    return `${rule} ${bySeverity.join(" ")}`;
  });
  const head = `${counts.files} files, ${counts.parsed} parsed, ${counts.failed} failed; ${findings.length} findings`;
  return parts.length > 0 ? `${head}: ${parts.join(", ")}` : head;
}

function pad(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ");
}

function abbreviate(items: string[], max = 4): string {
  if (items.length === 0) return "—";
  return items.length <= max ? items.join(",") : `${items.slice(0, max).join(",")},…`;
}
