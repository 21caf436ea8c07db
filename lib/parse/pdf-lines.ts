// Groups a page's positioned runs into text lines and finds the page furniture
// (running headers, footers, page numbers) that must not interrupt the text or a table.
import type { PdfRun } from "./pdf-content";

/** A run with the running line number it belongs to (see pdfToDocument for the numbering). */
export interface LinedRun extends PdfRun {
  line: number;
}

export interface PdfLine {
  page: number;
  top: number;
  bottom: number;
  x0: number;
  x1: number;
  size: number;
  runs: LinedRun[];
  text: string;
  line: number;
}

/** A line (or piece of one) of digits alone: part of a number that wrapped in its cell. */
export const DIGITS_ONLY = /^[0-9０-９]+$/;

/** Runs whose vertical centres are closer than this fraction of the font size share a line. */
const SAME_LINE = 0.5;

/** Clusters runs into lines top to bottom, numbering them from `firstLine`. */
export function groupLines(runs: readonly PdfRun[], page: number, firstLine: number): PdfLine[] {
  const sorted = [...runs].sort((a, b) => a.top + a.size / 2 - (b.top + b.size / 2) || a.x - b.x);
  const groups: PdfRun[][] = [];
  let centre = -Infinity;
  for (const run of sorted) {
    const c = run.top + run.size / 2;
    const last = groups[groups.length - 1];
    if (last && Math.abs(c - centre) < SAME_LINE * run.size) last.push(run);
    else {
      groups.push([run]);
      centre = c;
    }
  }
  return groups.map((group, k) => {
    const line = firstLine + k;
    const lined = group.sort((a, b) => a.x - b.x).map((r) => ({ ...r, line }));
    return {
      page,
      top: Math.min(...lined.map((r) => r.top)),
      bottom: Math.max(...lined.map((r) => r.top + r.size)),
      x0: lined[0]!.x,
      x1: Math.max(...lined.map((r) => r.x + r.width)),
      size: Math.max(...lined.map((r) => r.size)),
      runs: lined,
      text: joinRuns(lined),
      line,
    };
  });
}

/** Joins runs of one line left to right; a visible gap becomes one space. */
export function joinRuns(runs: readonly PdfRun[]): string {
  let out = "";
  let end = -Infinity;
  for (const r of runs) {
    if (out && r.x - end > 0.3 * r.size && !out.endsWith(" ")) out += " ";
    out += r.text;
    end = r.x + r.width;
  }
  return out.replace(/\s+/g, " ").trim();
}

const PAGE_NUMBER = [
  /^[-—–－\s]*\d{1,4}[-—–－\s]*$/, // "- 3 -"
  /^第\s*\d{1,4}\s*页(\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?$/, // "第3页", "第 3 页 共 5 页"
  /^\d{1,4}\s*[/／]\s*\d{1,4}$/, // "3/5"
  /^page\s*\d+(\s*of\s*\d+)?$/i,
];
/** A number alone ("3"): a table's value as often as a page number. */
const BARE_NUMBER = /^\d{1,4}$/;
/** Numbers apart by spaces ("0 0 1"): a table's values, never furniture. */
const VALUES = /^\d+(?: \d+)+$/;

/** Header/footer bands: the top and bottom tenth of the page. */
const BAND = 0.1;

/**
 * Lines in the top or bottom band that are page numbers, or that repeat (digits
 * ignored) at the same height on at least two pages. A number alone is a page number
 * only where the numbers run with the pages (the same number minus page at the same
 * height on two pages or more; "1" on a one-page document), and a line of numbers
 * apart by spaces never is: a PDF of a report pasted as text, one cell per line, has
 * lone values in the bands of its pages.
 */
export function findPageFurniture(pages: readonly { lines: PdfLine[]; height: number }[]): Set<PdfLine> {
  const banded = pages.flatMap((p) =>
    p.lines
      .filter((l) => l.top < p.height * BAND || l.bottom > p.height * (1 - BAND))
      .map((line) => {
        const text = line.text.replace(/\s+/g, " ").trim();
        const bare = BARE_NUMBER.test(text);
        // Where the line stands, and what it would repeat on other pages: a number as its distance from the page index.
        const key = `${Math.round(line.top / 3)}|${bare ? `page${Number(text) - line.page}` : text.replace(/\d+/g, "#").replace(/\s/g, "")}`;
        return { line, text, bare, key };
      }),
  );
  const pagesByKey = new Map<string, Set<number>>();
  for (const { line, key } of banded) {
    const set = pagesByKey.get(key) ?? new Set<number>();
    set.add(line.page);
    pagesByKey.set(key, set);
  }
  const furniture = new Set<PdfLine>();
  for (const { line, text, bare, key } of banded) {
    if (VALUES.test(text)) continue;
    const repeated = (pagesByKey.get(key)?.size ?? 0) >= 2;
    const pageNumber = bare ? repeated || (pages.length === 1 && text === "1") : repeated || PAGE_NUMBER.some((re) => re.test(text));
    if (pageNumber) furniture.add(line);
  }
  return furniture;
}
