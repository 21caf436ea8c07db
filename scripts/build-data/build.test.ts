// The build end to end on the seed reports, in temp folders, read back with DuckDB.
import { spawnSync } from "node:child_process";
import { appendFileSync, copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CELLS, type TableId } from "../../lib/model";
import { parseReport } from "../../lib/parse";
import { formatBuildSummary, type DatasetManifest } from "../../lib/dataset";
import { BuildError, buildDataset, type BuildOptions } from "./build";
import { sha256Hex } from "../reportInput";

const REPO = path.resolve(import.meta.dirname, "../..");
const SEEDS = path.join(REPO, "data/reports/seeds");
const GOLDEN = path.join(REPO, "data/fixtures/seeds");

const APPLICANT = ["naturalPerson", "commercial", "research", "nonprofit", "legalServices", "otherOrg", "total"];
const OUTCOME = ["upheld", "corrected", "other", "pending", "total"];

interface Golden {
  source: string;
  meta: { agency: string; year: number; template: string; region: Record<string, string | null> };
  active: Record<string, Record<string, number | null>>;
  applications: Record<string, (number | null)[]>;
  reviewLitigation: Record<string, (number | null)[]>;
}

/** The golden file's cells as `cell id → value` (null = blank); absent cells are not keys. */
function goldenCells(g: Golden): Map<string, number | null> {
  const cells = new Map<string, number | null>();
  for (const [row, fields] of Object.entries(g.active)) for (const [f, v] of Object.entries(fields)) cells.set(`active.${row}.${f}`, v);
  const arrays: [TableId, Record<string, (number | null)[]>, string[]][] = [
    ["applications", g.applications, APPLICANT],
    ["reviewLitigation", g.reviewLitigation, OUTCOME],
  ];
  for (const [table, rows, fields] of arrays) {
    for (const [row, values] of Object.entries(rows)) values.forEach((v, i) => cells.set(`${table}.${row}.${fields[i]}`, v));
  }
  return cells;
}

const goldens = readdirSync(GOLDEN)
  .filter((f) => f.endsWith(".expected.json"))
  .sort()
  .map((f) => JSON.parse(readFileSync(path.join(GOLDEN, f), "utf8")) as Golden);

let tmp: string;
let db: DuckDBInstance;
let conn: DuckDBConnection;

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), "build-test-"));
  db = await DuckDBInstance.create(":memory:");
  conn = await db.connect();
});
afterAll(() => {
  conn.closeSync();
  db.closeSync();
  rmSync(tmp, { recursive: true, force: true });
});

function workspace(name: string): BuildOptions {
  const root = path.join(tmp, name);
  const inputDir = path.join(root, "data/reports");
  mkdirSync(inputDir, { recursive: true });
  cpSync(SEEDS, path.join(inputDir, "seeds"), { recursive: true });
  return { inputDir, outputDir: path.join(root, "public/data"), cacheDir: path.join(root, ".cache/build"), workers: 2 };
}

async function rows(sql: string): Promise<Record<string, unknown>[]> {
  return (await conn.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
}

/** What the parser itself says of every report under `inputDir`, as diagnostics rows (file, code, …, message), sorted like the table (by file, then line, an absent line last as DuckDB sorts NULL). */
async function parserDiagnostics(inputDir: string): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  for (const rel of (readdirSync(inputDir, { recursive: true }) as string[]).filter((f) => f.endsWith(".txt")).sort()) {
    const bytes = readFileSync(path.join(inputDir, rel));
    const file = `data/reports/${rel.split(path.sep).join("/")}`;
    const outcome = await parseReport({ file, bytes, sha256: sha256Hex(bytes) });
    if (!outcome.ok) continue;
    for (const d of outcome.report.diagnostics) {
      out.push({ file, code: d.code, severity: d.severity, table: d.table ?? null, row: d.row ?? null, column: d.column ?? null, line: d.line, message: d.message });
    }
  }
  return out.sort((a, b) => String(a.file).localeCompare(String(b.file)) || Number(a.line ?? Infinity) - Number(b.line ?? Infinity));
}

describe("buildDataset on the seeds", () => {
  let options: BuildOptions;
  let out: string;
  beforeAll(async () => {
    options = workspace("seeds");
    out = options.outputDir;
    await buildDataset(options);
  }, 120_000);

  it("writes one reports row per seed whose values are the golden ones (NULL where blank or absent)", async () => {
    const reports = await rows(`SELECT * FROM '${out}/reports.parquet' ORDER BY file`);
    expect(reports).toHaveLength(5);
    expect(goldens).toHaveLength(5);
    for (const [i, golden] of goldens.entries()) {
      const row = reports[i]!;
      expect(row.file).toBe(golden.source);
      expect(row.report_id).toBe(sha256Hex(golden.source.replace("data/reports/", "")).slice(0, 16));
      expect([row.agency, row.year, row.template]).toEqual([golden.meta.agency, golden.meta.year, golden.meta.template]);
      expect([row.province, row.city, row.county, row.region_code]).toEqual([
        golden.meta.region.province, golden.meta.region.city, golden.meta.region.county, golden.meta.region.code,
      ]);
      const cells = goldenCells(golden);
      for (const cell of CELLS) expect([golden.source, cell.column, row[cell.column]]).toEqual([golden.source, cell.column, cells.get(cell.id) ?? null]);
    }
  });

  it("keeps hand-read values: seed 000's decisions, seed 001's blank review group", async () => {
    const [seed0] = await rows(`SELECT active_punishment_decisions p, active_licensing_decisions l FROM '${out}/reports.parquet' WHERE file LIKE '%/000_%'`);
    expect(seed0).toEqual({ p: 1315, l: 12581 });
    const [seed1] = await rows(
      `SELECT COLUMNS('reviewLitigation_review_.*'), reviewLitigation_litigationDirect_total d FROM '${out}/reports.parquet' WHERE file LIKE '%/001_%'`,
    );
    expect(seed1).toEqual({
      reviewLitigation_review_upheld: null, reviewLitigation_review_corrected: null, reviewLitigation_review_other: null,
      reviewLitigation_review_pending: null, reviewLitigation_review_total: null, d: 0,
    });
  });

  it("types count cells INTEGER and 万元 cells DOUBLE", async () => {
    const types = new Map((await rows(`DESCRIBE SELECT * FROM '${out}/reports.parquet'`)).map((r) => [r.column_name, r.column_type]));
    for (const cell of CELLS) expect(types.get(cell.column)).toBe(cell.unit === "万元" ? "DOUBLE" : "INTEGER");
    expect(types.get("year")).toBe("INTEGER");
    expect(types.get("synthetic")).toBe("BOOLEAN");
  });

  it("writes every printed cell once to cells, blank ones as NULL", async () => {
    const counts = await rows(
      `SELECT r.file, count(c.cell_id)::INTEGER n, count(DISTINCT c.cell_id)::INTEGER d FROM '${out}/reports.parquet' r LEFT JOIN '${out}/cells.parquet' c USING (report_id) GROUP BY r.file ORDER BY r.file`,
    );
    for (const [i, golden] of goldens.entries()) {
      const n = goldenCells(golden).size;
      expect(counts[i]).toEqual({ file: golden.source, n, d: n });
    }
    const [seed0] = await rows(`SELECT value, raw, line FROM '${out}/cells.parquet' WHERE cell_id = 'active.punishment.decisions' AND report_id IN (SELECT report_id FROM '${out}/reports.parquet' WHERE file LIKE '%/000_%')`);
    expect(seed0!.value).toBe(1315);
    const blanks = await rows(`SELECT count(*)::INTEGER n FROM '${out}/cells.parquet' WHERE cell_id LIKE 'reviewLitigation.review.%' AND value IS NULL`);
    expect(blanks[0]!.n).toBe(5);
  });

  it("agrees between the wide and the long table", async () => {
    const columns = CELLS.map((c) => `"${c.column}"`).join(", ");
    const diff = await rows(
      `WITH wide AS (UNPIVOT (SELECT report_id, ${CELLS.map((c) => `"${c.column}"::DOUBLE AS "${c.id}"`).join(", ")} FROM '${out}/reports.parquet') ON ${CELLS.map((c) => `"${c.id}"`).join(", ")} INTO NAME cell_id VALUE value)
       SELECT * FROM wide FULL JOIN (SELECT report_id, cell_id, value FROM '${out}/cells.parquet' WHERE value IS NOT NULL) l USING (report_id, cell_id)
       WHERE wide.value IS DISTINCT FROM l.value`,
    );
    expect(columns.length).toBeGreaterThan(0);
    expect(diff).toEqual([]);
  });

  it("writes the seeds' real errors to checks", async () => {
    const errors = await rows(`SELECT file, rule, "row", "column", expected, actual FROM '${out}/checks.parquet' WHERE severity = 'error'`);
    expect(errors).toContainEqual({ file: goldens[0]!.source, rule: "outcome-sum", row: "totalProcessed", column: "total", expected: 4, actual: 3 });
    expect(errors.some((e) => e.file === goldens[3]!.source && e.rule === "row-total" && e.row === "unavailableNotHeld")).toBe(true);
  });

  it("writes the parser's diagnostics: of the seeds, only 004's agency is inferred", async () => {
    // Read from the sources: seed 004 names its agency neither in its title nor in its opening.
    const diagnostics = await rows(`SELECT file, agency, year, code, severity, "table", "row", "column", line FROM '${out}/diagnostics.parquet'`);
    expect(diagnostics).toEqual([
      { file: goldens[4]!.source, agency: "慈溪市卫生健康局", year: 2019, code: "agency-inferred", severity: "warning", table: null, row: null, column: null, line: null },
    ]);
    const [counted] = await rows(`SELECT sum(diagnostics)::INTEGER n FROM '${out}/reports.parquet'`);
    expect(counted!.n).toBe(1);
  });

  it("lists every file in manifest.json with its size, hash and rows", async () => {
    const manifest = JSON.parse(readFileSync(path.join(out, "manifest.json"), "utf8")) as DatasetManifest;
    expect(manifest).toMatchObject({ schemaVersion: 1, inputs: 5, parsed: 5, failed: 0, synthetic: 0 });
    expect(manifest.files.map((f) => f.path)).toEqual(["cells.parquet", "checks.parquet", "diagnostics.parquet", "failures.parquet", "reports.parquet"]);
    for (const f of manifest.files) {
      const bytes = readFileSync(path.join(out, f.path));
      expect([f.path, f.bytes, f.sha256]).toEqual([f.path, bytes.length, sha256Hex(bytes)]);
      const [{ n }] = (await rows(`SELECT count(*)::INTEGER n FROM '${out}/${f.path}'`)) as [{ n: number }];
      expect([f.path, f.rows]).toEqual([f.path, n]);
    }
    expect(manifest.findingsByRule["outcome-sum"]!.error).toBeGreaterThan(0);
  });
});

describe("incremental builds", () => {
  it("parses nothing when nothing changed, re-parses a changed file, drops a deleted one", async () => {
    const options = workspace("incremental");
    const first = await buildDataset(options);
    expect([first.parsedNow, first.upToDate]).toEqual([5, false]);

    const again = await buildDataset(options);
    expect([again.parsedNow, again.fromCache, again.upToDate]).toEqual([0, 5, true]);

    const seed0 = path.join(options.inputDir, "seeds", readdirSync(path.join(options.inputDir, "seeds")).find((f) => f.startsWith("000_"))!);
    appendFileSync(seed0, "");
    const touched = await buildDataset(options);
    expect(touched.parsedNow).toBe(0);

    writeFileSync(seed0, readFileSync(seed0, "utf8").replace(/1315/g, "1316"));
    const changed = await buildDataset(options);
    expect([changed.parsedNow, changed.fromCache, changed.upToDate]).toEqual([1, 4, false]);
    const [row] = await rows(`SELECT active_punishment_decisions p FROM '${options.outputDir}/reports.parquet' WHERE file LIKE '%/000_%'`);
    expect(row!.p).toBe(1316);

    // A cell that is no number: read as NULL, and the diagnostic names the report and the line (51, read from the source).
    writeFileSync(seed0, readFileSync(seed0, "utf8").replace("1316", "一千三百"));
    await buildDataset(options);
    const diagnostics = await rows(`SELECT file, code, "table", "row", "column", line FROM '${options.outputDir}/diagnostics.parquet' WHERE file LIKE '%/000_%'`);
    expect(diagnostics).toEqual([{ file: `data/reports/seeds/${path.basename(seed0)}`, code: "non-numeric-cell", table: "active", row: "punishment", column: "decisions", line: 51 }]);
    // The whole table is what the parser says of the files now: 000's new diagnostic and 004's inferred agency, no more.
    const table = await rows(`SELECT file, code, severity, "table", "row", "column", line, message FROM '${options.outputDir}/diagnostics.parquet'`);
    expect(table.map((d) => d.code)).toEqual(["non-numeric-cell", "agency-inferred"]);
    expect(table).toEqual(await parserDiagnostics(options.inputDir));

    rmSync(seed0);
    const deleted = await buildDataset(options);
    expect([deleted.inputs, deleted.parsed, deleted.removed, deleted.parsedNow]).toEqual([4, 4, 1, 0]);
    const left = await rows(`SELECT count(*)::INTEGER n FROM '${options.outputDir}/cells.parquet' c JOIN '${options.outputDir}/reports.parquet' r USING (report_id)`);
    const all = await rows(`SELECT count(*)::INTEGER n FROM '${options.outputDir}/cells.parquet'`);
    expect(all[0]!.n).toBe(left[0]!.n);
    expect(await rows(`SELECT file FROM '${options.outputDir}/reports.parquet' WHERE file LIKE '%/000_%'`)).toEqual([]);
    expect(await rows(`SELECT file FROM '${options.outputDir}/diagnostics.parquet' WHERE file LIKE '%/000_%'`)).toEqual([]);
  });
});

describe("formats", () => {
  it("reads PDF, Word (.docx, 97–2003), RTF and MHTML files among the text reports, and counts the reports by format", async () => {
    const options = workspace("formats");
    mkdirSync(path.join(options.inputDir, "downloads"));
    copyFileSync(path.join(REPO, "data/fixtures/doc/seed-004.doc"), path.join(options.inputDir, "downloads/a.doc"));
    // A system's "Word" export that is RTF, named .doc.
    copyFileSync(path.join(REPO, "data/fixtures/rtf/seed-004.rtf"), path.join(options.inputDir, "downloads/b.doc"));
    copyFileSync(path.join(REPO, "data/fixtures/mhtml/seed-000.mhtml"), path.join(options.inputDir, "downloads/c.mht"));
    // WPS Office's own extension, holding a Word 97–2003 document.
    copyFileSync(path.join(REPO, "data/fixtures/doc/seed-000.doc"), path.join(options.inputDir, "downloads/d.wps"));
    // Read from disk as Node Buffers, which pdf.js refuses unless given a plain Uint8Array.
    copyFileSync(path.join(REPO, "data/fixtures/pdf/seed-004.pdf"), path.join(options.inputDir, "downloads/e.pdf"));
    copyFileSync(path.join(REPO, "data/fixtures/docx/seed-000.docx"), path.join(options.inputDir, "downloads/f.docx"));
    const summary = await buildDataset(options);
    expect(summary.failures).toEqual([]);
    expect([summary.inputs, summary.parsed, summary.failed]).toEqual([11, 11, 0]);
    expect(summary.parsedByFormat).toEqual({ text: 5, doc: 2, docx: 1, html: 1, pdf: 1, rtf: 1 });
    expect(formatBuildSummary(summary)).toContain("Parsed by format: text 5, doc 2, docx 1, html 1, pdf 1, rtf 1");
    const read = await rows(`SELECT file, format FROM '${options.outputDir}/reports.parquet' WHERE file LIKE '%downloads%' ORDER BY ALL`);
    expect(read.map((r) => [r.file, r.format])).toEqual([
      ["data/reports/downloads/a.doc", "doc"],
      ["data/reports/downloads/b.doc", "rtf"],
      ["data/reports/downloads/c.mht", "html"],
      ["data/reports/downloads/d.wps", "doc"],
      ["data/reports/downloads/e.pdf", "pdf"],
      ["data/reports/downloads/f.docx", "docx"],
    ]);
  });
});

describe("failures and duplicates", () => {
  it("lists unreadable files and still writes the rest; keeps and flags two reports of one agency and year", async () => {
    const options = workspace("failures");
    writeFileSync(path.join(options.inputDir, "empty.txt"), "");
    writeFileSync(path.join(options.inputDir, "binary.txt"), Buffer.from([0, 1, 2, 255, 0, 7, 0, 0, 9, 200]));
    // Whatever its name, a file is listed with what it is; the system's and Office's own files are not reports.
    writeFileSync(path.join(options.inputDir, "scan.jpg"), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]));
    writeFileSync(path.join(options.inputDir, "表.xlsx"), Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from("....xl/workbook.xml")]));
    writeFileSync(path.join(options.inputDir, "Thumbs.db"), Buffer.from([0xd0, 0xcf, 0x11, 0xe0]));
    writeFileSync(path.join(options.inputDir, "~$report.docx"), Buffer.from([1, 2, 3]));
    mkdirSync(path.join(options.inputDir, ".hidden"));
    writeFileSync(path.join(options.inputDir, ".hidden/ignored.txt"), "x");
    const seed0 = readdirSync(SEEDS).find((f) => f.startsWith("000_"))!;
    mkdirSync(path.join(options.inputDir, "copy"));
    copyFileSync(path.join(SEEDS, seed0), path.join(options.inputDir, "copy", seed0));

    const summary = await buildDataset(options);
    expect([summary.inputs, summary.parsed, summary.failed]).toEqual([10, 6, 4]);
    expect(summary.failures.map((f) => [f.file, f.code])).toEqual([
      ["data/reports/binary.txt", "binary"],
      ["data/reports/empty.txt", "empty"],
      ["data/reports/scan.jpg", "unsupported-format"],
      ["data/reports/表.xlsx", "unsupported-format"],
    ]);
    expect(summary.failures[3]!.message).toMatch(/^data\/reports\/表\.xlsx: an Excel workbook/);
    const failures = await rows(`SELECT file, code FROM '${options.outputDir}/failures.parquet' ORDER BY file`);
    expect(failures).toEqual(summary.failures.map(({ file, code }) => ({ file, code })));
    const duplicates = await rows(`SELECT file, related_file FROM '${options.outputDir}/checks.parquet' WHERE rule = 'duplicate-report' ORDER BY file`);
    expect(duplicates.map((d) => d.file)).toEqual([`data/reports/copy/${seed0}`, `data/reports/seeds/${seed0}`]);
  });

  it("checks again, in later builds, the series a report joins or leaves, and keeps the others' findings", async () => {
    const options = workspace("duplicates");
    const seed0 = readdirSync(SEEDS).find((f) => f.startsWith("000_"))!;
    const copy = path.join(options.inputDir, "copy", seed0);
    const corpusFindings = async () =>
      (await rows(`SELECT file, rule FROM '${options.outputDir}/checks.parquet' WHERE related_file IS NOT NULL OR rule LIKE '%chain' ORDER BY ALL`)).map(
        (r) => `${r.file as string} ${r.rule as string}`,
      );
    await buildDataset(options);
    const alone = await corpusFindings();
    mkdirSync(path.dirname(copy));
    copyFileSync(path.join(SEEDS, seed0), copy);
    await buildDataset(options);
    const duplicates = [`data/reports/copy/${seed0} duplicate-report`, `data/reports/seeds/${seed0} duplicate-report`];
    expect(await corpusFindings()).toEqual([...alone, ...duplicates].sort());
    rmSync(copy);
    await buildDataset(options);
    expect(await corpusFindings()).toEqual(alone);
  });

  it("fails with a clear message when no file is a readable report, leaving the previous dataset", async () => {
    const options = workspace("none");
    rmSync(path.join(options.inputDir, "seeds"), { recursive: true });
    writeFileSync(path.join(options.inputDir, "empty.txt"), "");
    await expect(buildDataset(options)).rejects.toThrow(BuildError);
    await expect(buildDataset(options)).rejects.toThrow(/None of the 1 files .* could be read as a report[\s\S]*empty\.txt: \[empty\]/);

    const cli = spawnSync(process.execPath, ["--import", "tsx", "scripts/build-data.ts", "--input", options.inputDir, "--output", options.outputDir, "--cache", options.cacheDir], {
      cwd: REPO,
      encoding: "utf8",
      env: { ...process.env, CI: "true" },
    });
    expect(cli.status).toBe(1);
    expect(cli.stderr).toContain("could be read as a report");
  });
});

describe("large corpora", () => {
  it("partitions reports, cells, checks and diagnostics by year and lists every part in manifest.json", async () => {
    const options = { ...workspace("partitioned"), partitionThreshold: 2 };
    await buildDataset(options);
    const manifest = JSON.parse(readFileSync(path.join(options.outputDir, "manifest.json"), "utf8")) as DatasetManifest;
    const paths = manifest.files.map((f) => `${f.path}${f.year ? ` ${f.year}` : ""}`);
    expect(paths).toContain("reports/year=2021/part-0.parquet 2021");
    expect(paths).toContain("cells/year=2019/part-0.parquet 2019");
    expect(paths).toContain("diagnostics/year=2019/part-0.parquet 2019");
    expect(paths).toContain("failures.parquet");
    const reports = manifest.files.filter((f) => f.table === "reports");
    expect(reports.reduce((n, f) => n + f.rows, 0)).toBe(5);
    const [row] = await rows(`SELECT count(*)::INTEGER n, min(year) y FROM read_parquet('${options.outputDir}/reports/*/*.parquet', hive_partitioning = false)`);
    expect(row).toEqual({ n: 5, y: 2019 });
  });

  it("writes a partitioned table without rows as one empty file, so that it can be read", async () => {
    const options = { ...workspace("partitioned-empty"), partitionThreshold: 2 };
    rmSync(path.join(options.inputDir, "seeds", readdirSync(SEEDS).find((f) => f.startsWith("004_"))!));
    await buildDataset(options);
    const manifest = JSON.parse(readFileSync(path.join(options.outputDir, "manifest.json"), "utf8")) as DatasetManifest;
    expect(manifest.files.filter((f) => f.table === "diagnostics").map((f) => [f.path, f.rows])).toEqual([["diagnostics/year=__HIVE_DEFAULT_PARTITION__/part-0.parquet", 0]]);
  });
});
