// A manifest CSV lets whoever collected the reports state what the parser would
// otherwise have to find or guess: agency, year, region, synthetic. Header row
// `file,agency,year,province,city,county,code,synthetic` (only `file` required,
// any order); RFC 4180 quoting, so agency names with commas survive.
import type { Diagnostic } from "../model/report";

export interface ManifestEntry {
  /** Path relative to the manifest's folder, with `/` separators. */
  file: string;
  agency?: string;
  year?: number;
  province?: string;
  city?: string;
  county?: string;
  code?: string;
  synthetic?: boolean;
}

const COLUMNS = ["file", "agency", "year", "province", "city", "county", "code", "synthetic"] as const;
type Column = (typeof COLUMNS)[number];

interface CsvRecord {
  fields: string[];
  /** 1-based line on which the record starts. */
  line: number;
}

export function parseManifestCsv(text: string, manifestPath: string): { entries: Map<string, ManifestEntry>; diagnostics: Diagnostic[] } {
  const entries = new Map<string, ManifestEntry>();
  const diagnostics: Diagnostic[] = [];
  const problem = (line: number | null, message: string, severity: Diagnostic["severity"] = "error") =>
    diagnostics.push({ code: "manifest", severity, message: `${manifestPath}${line === null ? "" : `:${line}`}: ${message}`, line });

  const { records, unterminatedAt } = parseCsv(text.replace(/^\uFEFF/, ""));
  if (unterminatedAt !== null) problem(unterminatedAt, "quoted field is never closed; the rest of the file is ignored");
  const [header, ...rows] = records;
  if (!header) {
    problem(null, "the manifest is empty");
    return { entries, diagnostics };
  }
  const columns = header.fields.map((name) => name.trim().toLowerCase());
  if (!columns.includes("file")) {
    problem(header.line, `the header has no "file" column (found: ${columns.join(", ")})`);
    return { entries, diagnostics };
  }
  columns.forEach((name, i) => {
    if (!(COLUMNS as readonly string[]).includes(name)) problem(header.line, `unknown column "${name}" is ignored`, "warning");
    else if (columns.indexOf(name) !== i) problem(header.line, `column "${name}" appears twice; the first one is used`, "warning");
  });

  for (const record of rows) {
    if (record.fields.every((f) => f.trim() === "")) continue;
    if (record.fields.length > columns.length) {
      problem(record.line, `${record.fields.length} fields but the header has ${columns.length}; row ignored`);
      continue;
    }
    const value = (column: Column) => {
      const i = columns.indexOf(column);
      const v = i < 0 ? undefined : record.fields[i]?.trim();
      return v === "" ? undefined : v;
    };
    const result = readEntry(value);
    if (typeof result === "string") {
      problem(record.line, `${result}; row ignored`);
      continue;
    }
    if (entries.has(result.file)) {
      problem(record.line, `"${result.file}" is listed again; the first row is used`);
      continue;
    }
    entries.set(result.file, result);
  }
  return { entries, diagnostics };
}

/** One row as an entry, or the reason it cannot be one. */
function readEntry(value: (column: Column) => string | undefined): ManifestEntry | string {
  const rawFile = value("file");
  if (!rawFile) return "the file column is empty";
  const file = normalisePath(rawFile);
  if (file === null) return `file "${rawFile}" is not a path inside the manifest's folder`;
  const entry: ManifestEntry = { file };

  for (const column of ["agency", "province", "city", "county"] as const) {
    const v = value(column);
    if (v !== undefined) entry[column] = v.replace(/\s+/g, "");
  }
  const year = value("year");
  if (year !== undefined) {
    const m = /^(\d{4})(?:\s*年度?)?$/.exec(year);
    const n = m ? Number(m[1]) : NaN;
    if (!(n >= 2000 && n <= 2100)) return `year "${year}" is not a year between 2000 and 2100`;
    entry.year = n;
  }
  const code = value("code");
  if (code !== undefined) {
    if (!/^\d{6}$/.test(code)) return `code "${code}" is not a 6-digit division code`;
    entry.code = code;
  }
  const synthetic = value("synthetic");
  if (synthetic !== undefined) {
    const flag = parseFlag(synthetic);
    if (flag === null) return `synthetic "${synthetic}" is not true/false`;
    entry.synthetic = flag;
  }
  return entry;
}

function parseFlag(v: string): boolean | null {
  const s = v.toLowerCase();
  if (["true", "1", "yes", "y", "是"].includes(s)) return true;
  if (["false", "0", "no", "n", "否"].includes(s)) return false;
  return null;
}

/** `./a\\b.html` → `a/b.html`; null for absolute paths or paths that leave the folder. */
function normalisePath(raw: string): string | null {
  const path = raw.replace(/\\/g, "/");
  if (path.startsWith("/") || /^[a-zA-Z]:\//.test(path)) return null;
  const parts: string[] = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(part);
  }
  return parts.length ? parts.join("/") : null;
}

/** RFC 4180: fields separated by commas, optionally quoted, `""` inside quotes, CRLF or LF. */
export function parseCsv(text: string): { records: CsvRecord[]; unterminatedAt: number | null } {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 0;
  let i = 0;
  const endRecord = () => {
    fields.push(field);
    records.push({ fields, line: recordLine });
    fields = [];
    field = "";
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (ch === "\n") line++;
        field += ch;
      }
      i++;
      continue;
    }
    if (ch === '"' && field.trim() === "") {
      quoted = true;
      quoteLine = line;
      field = "";
    } else if (ch === ",") {
      fields.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      endRecord();
      if (ch === "\r" && text[i + 1] === "\n") i++;
      line++;
      recordLine = line;
    } else field += ch;
    i++;
  }
  if (quoted) return { records, unterminatedAt: quoteLine };
  if (field !== "" || fields.length > 0) endRecord();
  return { records, unterminatedAt: null };
}
