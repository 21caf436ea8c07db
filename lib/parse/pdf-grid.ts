// Rebuilds ruled tables from a page's border lines: the distinct x positions of the
// vertical lines and y positions of the horizontal lines make a grid, and a missing
// border between two grid cells means they belong to one merged cell. Text runs are
// then placed by their centres, so an empty cell is a real empty cell and a label
// wrapped over several lines (or standing one character per line) is one cell.
import type { PdfRuling } from "./pdf-content";
import { DIGITS_ONLY, type LinedRun } from "./pdf-lines";

/** A merged cell: grid rows r0..r1 and columns c0..c1, inclusive. */
export interface PdfCellRegion {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
  runs: LinedRun[];
}

export interface PdfTable {
  /** Column boundaries (left to right) and row boundaries (top to bottom), in points. */
  xs: number[];
  ys: number[];
  regions: PdfCellRegion[];
  /** `owner[r][c]` = index into `regions`. */
  owner: number[][];
  /** The border segments, kept to rebuild the grid on other column boundaries. */
  hs: PdfRuling[];
  vs: PdfRuling[];
}

/** Positions closer than this (points) are the same line. */
const SNAP = 2;

function cluster(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && v - last[last.length - 1]! <= SNAP) last.push(v);
    else out.push([v]);
  }
  return out.map((g) => g.reduce((s, v) => s + v, 0) / g.length);
}

/** Joins collinear pieces (a border drawn cell by cell) into long segments. */
function mergeSegments(rulings: readonly PdfRuling[]): PdfRuling[] {
  const out: PdfRuling[] = [];
  for (const dir of ["h", "v"] as const) {
    const sorted = rulings.filter((r) => r.dir === dir).sort((a, b) => a.pos - b.pos || a.start - b.start);
    const rows: PdfRuling[][] = [];
    for (const r of sorted) {
      const last = rows[rows.length - 1];
      if (last && Math.abs(r.pos - last[0]!.pos) <= SNAP / 2) last.push(r);
      else rows.push([r]);
    }
    for (const row of rows) {
      row.sort((a, b) => a.start - b.start);
      let cur = { ...row[0]! };
      for (const r of row.slice(1)) {
        if (r.start <= cur.end + SNAP) cur.end = Math.max(cur.end, r.end);
        else {
          out.push(cur);
          cur = { ...r };
        }
      }
      out.push(cur);
    }
  }
  return out;
}

const touches = (h: PdfRuling, v: PdfRuling): boolean =>
  v.pos >= h.start - SNAP && v.pos <= h.end + SNAP && h.pos >= v.start - SNAP && h.pos <= v.end + SNAP;

/** Groups segments that cross or touch into one table each. */
function connectedGroups(segments: PdfRuling[]): PdfRuling[][] {
  const parent = segments.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < segments.length; i++) {
    for (let j = i + 1; j < segments.length; j++) {
      const a = segments[i]!;
      const b = segments[j]!;
      if (a.dir !== b.dir && touches(a.dir === "h" ? a : b, a.dir === "h" ? b : a)) parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, PdfRuling[]>();
  segments.forEach((s, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), s]));
  return [...groups.values()];
}

/** True when some segment at `pos` covers the middle of [from, to]. */
function hasBorder(segments: readonly PdfRuling[], pos: number, from: number, to: number): boolean {
  const mid = (from + to) / 2;
  const half = (to - from) / 4;
  return segments.some((s) => Math.abs(s.pos - pos) <= SNAP && s.start <= mid - half + SNAP && s.end >= mid + half - SNAP);
}

/** The ruled tables of a page (at least 2 rows or 2 columns), with empty regions. */
export function findTables(rulings: readonly PdfRuling[]): PdfTable[] {
  const tables: PdfTable[] = [];
  for (const group of connectedGroups(mergeSegments(rulings))) {
    const hs = group.filter((s) => s.dir === "h");
    const vs = group.filter((s) => s.dir === "v");
    const xs = cluster(vs.map((s) => s.pos));
    const ys = cluster(hs.map((s) => s.pos));
    if (xs.length < 2 || ys.length < 2 || (xs.length === 2 && ys.length === 2)) continue;
    tables.push(buildGrid(xs, ys, hs, vs));
  }
  return tables.sort((a, b) => a.ys[0]! - b.ys[0]!);
}

function buildGrid(xs: number[], ys: number[], hs: PdfRuling[], vs: PdfRuling[]): PdfTable {
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  const id = (r: number, c: number): number => r * cols + c;
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (c + 1 < cols && !hasBorder(vs, xs[c + 1]!, ys[r]!, ys[r + 1]!)) parent[find(id(r, c))] = find(id(r, c + 1));
      if (r + 1 < rows && !hasBorder(hs, ys[r + 1]!, xs[c]!, xs[c + 1]!)) parent[find(id(r, c))] = find(id(r + 1, c));
    }
  }
  const regionOf = new Map<number, number>();
  const regions: PdfCellRegion[] = [];
  const owner = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => {
      const root = find(id(r, c));
      let k = regionOf.get(root);
      if (k === undefined) {
        k = regions.push({ r0: r, c0: c, r1: r, c1: c, runs: [] }) - 1;
        regionOf.set(root, k);
      }
      const reg = regions[k]!;
      reg.r1 = Math.max(reg.r1, r);
      reg.c1 = Math.max(reg.c1, c);
      return k;
    }),
  );
  return { xs, ys, regions, owner, hs, vs };
}

/**
 * The part of a table on a new page may lack some column borders of the part above
 * (its rows all merge those columns). When its columns are a subset of `xs`, the
 * grid is rebuilt on `xs` so that both parts have the same columns; else null.
 */
export function regridOnColumns(table: PdfTable, xs: readonly number[]): PdfTable | null {
  const near = (a: number, b: number): boolean => Math.abs(a - b) <= SNAP;
  if (table.xs.length >= xs.length || !near(table.xs[0]!, xs[0]!) || !near(table.xs[table.xs.length - 1]!, xs[xs.length - 1]!)) return null;
  if (!table.xs.every((x) => xs.some((y) => near(x, y)))) return null;
  return buildGrid([...xs], table.ys, table.hs, table.vs);
}

/** Index of the interval of `bounds` containing `v`, or -1. */
function slot(bounds: readonly number[], v: number): number {
  for (let i = 0; i + 1 < bounds.length; i++) if (v >= bounds[i]! && v < bounds[i + 1]!) return i;
  return -1;
}

/** Puts a run into the table cell holding its centre; false when it lies outside. */
export function placeRun(table: PdfTable, run: LinedRun): boolean {
  const r = slot(table.ys, run.top + run.size / 2);
  if (r < 0 || slot(table.xs, run.x + Math.min(run.width, run.size) / 2) < 0) return false;
  for (const piece of splitAtBorders(table, run)) {
    const c = slot(table.xs, piece.x + Math.min(piece.width, piece.size) / 2);
    table.regions[table.owner[r]![c < 0 ? 0 : c]!]!.runs.push(piece);
  }
  return true;
}

/** Rough advance of a character in ems: CJK and full-width forms are square, the rest about half. */
const advance = (ch: string): number => (/[\u2E80-\uFFEF]/.test(ch) ? 1 : 0.55);

/**
 * pdf.js joins text of one font on one baseline into one item even across a cell
 * border ("2.重复申请 0"). Such an item is split at its spaces, with positions
 * estimated from character widths scaled to the item's real width.
 */
function splitAtBorders(table: PdfTable, run: LinedRun): LinedRun[] {
  const crosses = table.xs.some((x) => x > run.x + 0.3 * run.size && x < run.x + run.width - 0.3 * run.size);
  if (!crosses || !/\S\s+\S/.test(run.text)) return [run];
  const chars = [...run.text];
  const total = chars.reduce((n, ch) => n + advance(ch), 0);
  const scale = run.width / total;
  const pieces: LinedRun[] = [];
  let offset = 0;
  for (const part of run.text.split(/(\s+)/)) {
    const w = [...part].reduce((n, ch) => n + advance(ch), 0) * scale;
    if (part.trim()) pieces.push({ ...run, text: part, x: run.x + offset, width: w });
    offset += w;
  }
  return pieces;
}

const SIGNED = /^[+\-−＋－]?[0-9０-９]+$/;

/**
 * A cell's text: its runs line by line; wrapped CJK lines join without a space, and so
 * do lines of digits alone, a number too wide for its cell (`314` above `03`, `+2` above `1`).
 */
export function regionText(runs: readonly LinedRun[]): string {
  const byLine = new Map<number, LinedRun[]>();
  for (const r of runs) byLine.set(r.line, [...(byLine.get(r.line) ?? []), r]);
  const lines = [...byLine.keys()].sort((a, b) => a - b).map((line) => joinLine(byLine.get(line)!.sort((a, b) => a.x - b.x)));
  if (SIGNED.test(lines[0] ?? "") && lines.slice(1).every((text) => DIGITS_ONLY.test(text))) return lines.join("");
  let out = "";
  for (const text of lines) {
    if (out && /[A-Za-z0-9]$/.test(out) && /^[A-Za-z0-9]/.test(text)) out += " ";
    out += text;
  }
  return out;
}

function joinLine(runs: readonly LinedRun[]): string {
  let out = "";
  let end = -Infinity;
  for (const r of runs) {
    if (out && r.x - end > 0.3 * r.size) out += " ";
    out += r.text;
    end = r.x + r.width;
  }
  return out.replace(/\s+/g, " ").trim();
}
