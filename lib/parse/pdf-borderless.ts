// Rebuilds tables printed without ruling lines (Word/WPS tables with borders off,
// or with only horizontal rules) from text positions alone.
//
// A row of such a table is recognised by its values: a line that ends in numbers
// standing apart from each other (an "anchor"). The value columns are the x ranges
// those numbers occupy. Text left of the value columns is label text: the pieces of
// one cell are chained from line to line (same left edge, centre or right edge, at
// line spacing, the lower piece not starting a new numbered item), and a chained
// cell belongs to every row whose values it stands beside — a wrapped label whose
// values sit on its middle line, a merged row-group label printed one character per
// line. Text over the value columns on lines without values is the header; its cells
// are chained the same way (a header word broken into single characters is one cell).
// A number too wide for its narrow cell prints over two lines; the halves are joined first.
// Everything the table does not claim goes back to the running text.
import type { SourceCell, SourceRow } from "../model/document";
import { DIGITS_ONLY, joinRuns, type LinedRun, type PdfLine } from "./pdf-lines";

/** A row rebuilt from positions, with the page position it is sorted by. */
export interface PlacedRow {
  top: number;
  row: SourceRow;
}

type Kind = "number" | "placeholder" | "text";

interface Fragment {
  text: string;
  kind: Kind;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  size: number;
  /** Index of its line among the page's lines. */
  at: number;
  pieces: Piece[];
  /** A number printed over two lines (see joinWrappedDigits). */
  wrapped?: boolean;
}

interface Column {
  x0: number;
  x1: number;
}

/** A cell assembled from fragments chained down the page. */
interface Chain {
  parts: Fragment[];
  top: number;
  bottom: number;
  x0: number;
}

const NUMBER = /^[+\-−＋－]?[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?(?:\s*(?:万元|元|%|％))?$/;
const PLACEHOLDER = /^(?:[—–\-－]{1,2}|[/／]|×)$/;
const UNIT = /^(?:万?元|%|％)$/;
/** The start of a numbered item: a new cell, never the continuation of the one above. */
const NUMBERED = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．])/;
/** A section heading ("四、政府信息公开行政复议…") ends a table's header upwards. */
const SECTION_HEADING = /^[一二三四五六七八九十]+、/;

const kindOf = (text: string): Kind => (NUMBER.test(text) ? "number" : PLACEHOLDER.test(text) ? "placeholder" : "text");
const isValue = (f: Fragment): boolean => f.kind !== "text";

/** Rough advance of a character in ems (as pdf-grid): CJK and full-width forms are square. */
const advance = (ch: string): number => (/[\u2E80-\uFFEF]/.test(ch) ? 1 : 0.55);

/** A piece of a run, with the run it was cut from. */
type Piece = LinedRun & { from: number };

/**
 * A run cut at its spaces, positions estimated from character widths scaled to the
 * run's width (pdf.js may join a label and the numbers after it into one run).
 */
function splitRun(run: LinedRun, from: number): Piece[] {
  if (!/\s/.test(run.text)) return [{ ...run, from }];
  const total = [...run.text].reduce((n, ch) => n + advance(ch), 0);
  const scale = run.width / total;
  const out: Piece[] = [];
  let offset = 0;
  for (const part of run.text.split(/(\s+)/)) {
    const w = [...part].reduce((n, ch) => n + advance(ch), 0) * scale;
    if (part.trim()) out.push({ ...run, text: part, x: run.x + offset, width: w, from });
    offset += w;
  }
  return out;
}

/**
 * The line's runs as fragments: pieces closer than a quarter em join, and so do words
 * of one run; a number keeps apart from everything but its unit. Text of two cells
 * side by side is at least the cells' padding apart.
 */
function fragmentsOf(line: PdfLine, at: number): Fragment[] {
  const pieces = line.runs.flatMap(splitRun).sort((a, b) => a.x - b.x);
  const groups: Piece[][] = [];
  for (const p of pieces) {
    const last = groups[groups.length - 1];
    const prev = last?.[last.length - 1];
    if (last && prev) {
      const gap = p.x - (prev.x + prev.width);
      const size = Math.max(p.size, prev.size);
      const a = kindOf(joinRuns(last));
      const b = kindOf(p.text.trim());
      const words = a === "text" && b === "text" && (p.from === prev.from || gap < 0.4 * size);
      const join = gap < 0.25 * size || words || (a === "number" && UNIT.test(p.text.trim()) && gap < size);
      if (join) {
        last.push(p);
        continue;
      }
    }
    groups.push([p]);
  }
  return groups.map((g) => {
    const text = joinRuns(g);
    return {
      text,
      kind: kindOf(text),
      x0: Math.min(...g.map((r) => r.x)),
      x1: Math.max(...g.map((r) => r.x + r.width)),
      top: Math.min(...g.map((r) => r.top)),
      bottom: Math.max(...g.map((r) => r.top + r.size)),
      size: Math.max(...g.map((r) => r.size)),
      at,
      pieces: g,
    };
  });
}

/**
 * A table row's line: it ends in a value, holds a number, and each value stands
 * apart from what precedes it (running text with "2019 年" in it does not). Cells so
 * narrow that numbers wrap in them (`narrow`) keep their numbers closer together.
 */
function isAnchor(frags: readonly Fragment[], narrow: boolean): boolean {
  if (frags.length < 2 || !isValue(frags[frags.length - 1]!) || !frags.some((f) => f.kind === "number")) return false;
  return frags.every((f, i) => i === 0 || !isValue(f) || f.x0 - frags[i - 1]!.x1 >= (narrow && isValue(frags[i - 1]!) ? 0.3 : 0.8) * f.size);
}

const overlap = (a: Column, f: { x0: number; x1: number }): number => Math.min(a.x1, f.x1) - Math.max(a.x0, f.x0);

/** The column a fragment falls in: the one it overlaps most, else the nearest by centre. */
function columnOf(columns: readonly Column[], f: { x0: number; x1: number }): number {
  let best = -1;
  let bestOverlap = -Infinity;
  columns.forEach((c, i) => {
    const o = overlap(c, f);
    if (o > bestOverlap) {
      bestOverlap = o;
      best = i;
    }
  });
  if (bestOverlap >= 0) return best;
  const mid = (f.x0 + f.x1) / 2;
  let nearest = 0;
  columns.forEach((c, i) => {
    if (Math.abs((c.x0 + c.x1) / 2 - mid) < Math.abs((columns[nearest]!.x0 + columns[nearest]!.x1) / 2 - mid)) nearest = i;
  });
  return nearest;
}

/** Columns covered by a header fragment wider than one column (a colspan). */
function columnsCovered(columns: readonly Column[], f: { x0: number; x1: number }): number[] {
  const hit = columns.flatMap((c, i) => (overlap(c, f) > 0 ? [i] : []));
  return hit.length ? hit : [columnOf(columns, f)];
}

/**
 * Value columns of a block: every value of the row with the most values is a column;
 * the other rows' values join the column they overlap, or open one of their own.
 */
function valueColumns(anchorFrags: readonly Fragment[][]): Column[] {
  const ordered = [...anchorFrags].sort((a, b) => b.filter(isValue).length - a.filter(isValue).length);
  const columns: Column[] = [];
  for (const frags of ordered) {
    for (const f of frags.filter(isValue)) {
      const hit = columns.find((c) => overlap(c, f) >= 0);
      if (hit) {
        hit.x0 = Math.min(hit.x0, f.x0);
        hit.x1 = Math.max(hit.x1, f.x1);
      } else columns.push({ x0: f.x0, x1: f.x1 });
    }
  }
  return columns.sort((a, b) => a.x0 - b.x0);
}

const visible = (s: string): number => s.replace(/\s/g, "").length;
const aligned = (a: Fragment, b: Fragment): boolean => {
  const tol = 0.3 * Math.max(a.size, b.size);
  return Math.abs(a.x0 - b.x0) <= tol || Math.abs(a.x1 - b.x1) <= tol || Math.abs(a.x0 + a.x1 - b.x0 - b.x1) / 2 <= tol;
};

/**
 * Chains fragments into cells, top to bottom: a fragment continues the chain whose
 * last piece lies just above it (line spacing, not a row gap) and is aligned with it.
 * A numbered item starts a new cell; two label pieces that each stand beside values
 * are two rows, unless both are single characters of a vertical label. A piece just
 * above a row whose values stand alone on their line (`unlabelled`) starts that row's
 * label, never continues the label of the row above (规章 17 / 行政规范性 / 6 3 41 / 文件).
 */
function chain(
  frags: readonly Fragment[],
  anchorAt: ReadonlySet<number>,
  sameColumns: (a: Fragment, b: Fragment) => boolean,
  unlabelled: ReadonlySet<number> = new Set(),
): Chain[] {
  const chains: Chain[] = [];
  const tails: { chain: Chain; last: Fragment; anchored: boolean }[] = [];
  for (const f of [...frags].sort((a, b) => a.top - b.top || a.x0 - b.x0)) {
    const short = visible(f.text) <= 2;
    let best: (typeof tails)[number] | undefined;
    for (const t of tails) {
      const gap = f.top - t.last.bottom;
      if (gap > 0.65 * f.size || gap < -0.3 * f.size || !aligned(t.last, f) || !sameColumns(t.last, f)) continue;
      const stacked = short && visible(t.last.text) <= 2;
      if (NUMBERED.test(f.text) && !stacked) continue;
      if (anchorAt.has(f.at) && t.anchored && !stacked) continue;
      if (unlabelled.has(f.at + 1) && anchorAt.has(t.last.at) && !stacked) continue;
      if (!best || t.last.bottom > best.last.bottom) best = t;
    }
    if (best) {
      best.chain.parts.push(f);
      best.chain.bottom = Math.max(best.chain.bottom, f.bottom);
      best.chain.x0 = Math.min(best.chain.x0, f.x0);
      best.last = f;
      best.anchored ||= anchorAt.has(f.at);
    } else {
      const c: Chain = { parts: [f], top: f.top, bottom: f.bottom, x0: f.x0 };
      chains.push(c);
      tails.push({ chain: c, last: f, anchored: anchorAt.has(f.at) });
    }
  }
  return chains;
}

/** A cell's text: its pieces top to bottom; wrapped CJK lines join without a space. */
function chainText(c: Chain): string {
  let out = "";
  for (const f of c.parts) {
    if (out && /[A-Za-z0-9]$/.test(out) && /^[A-Za-z0-9]/.test(f.text)) out += " ";
    out += f.text;
  }
  return out;
}

const chainLine = (c: Chain): number => Math.min(...c.parts.flatMap((f) => f.pieces.map((p) => p.line)));

interface Block {
  anchors: number[];
  columns: Column[];
}

/** Anchors in page order, grouped while their values keep to the same columns. */
function groupAnchors(anchors: readonly number[], frags: readonly Fragment[][]): Block[] {
  const blocks: Block[] = [];
  for (const at of anchors) {
    const values = frags[at]!.filter(isValue);
    const block = blocks[blocks.length - 1];
    // A row joins the block when most of its values stand in the block's columns, or when it fills every
    // column of the block so far: then the rows above it left cells blank (`规章 … 2` above `行政规范性文件 3 1 24`).
    const fits =
      block &&
      (values.filter((v) => block.columns.some((c) => overlap(c, v) >= 0)).length * 2 >= values.length ||
        block.columns.every((c) => values.some((v) => overlap(c, v) >= 0)));
    if (block && fits) {
      block.anchors.push(at);
      block.columns = valueColumns(block.anchors.map((a) => frags[a]!));
    } else blocks.push({ anchors: [at], columns: valueColumns([frags[at]!]) });
  }
  return blocks;
}

/**
 * Numbers broken over two lines in a narrow cell (`314` above `03`). Digits at line spacing
 * below a line of numbers, each under a number of it (left, centre or right aligned) that has
 * no room for one more digit (a shorter one would not have wrapped), and nothing
 * else on their line but the rest of a wrapped label, are the rest of those numbers, never a
 * row of their own. In a row centred vertically the row's other cells print between the two
 * halves (`101` / `2.重复申请 0 0 0` / `3`): the upper line's numbers then move to that middle
 * line, when they share no column with it. Returns the fragments joined to another, each with
 * the fragment that now holds the whole number.
 */
function joinWrappedDigits(frags: Fragment[][], lines: readonly PdfLine[]): Map<Fragment, Fragment> {
  const joined = new Map<Fragment, Fragment>();
  // Each line's numbers as printed, before any is joined.
  const numbers = frags.map((line) => line.filter((f) => f.kind === "number").map((f) => ({ x0: f.x0, x1: f.x1 })));
  // Line `line` is of the same table as line `up`: as many numbers, at least half, and most of them under one of `up`'s.
  const sameTable = (line: readonly Column[], up: readonly Column[]): boolean =>
    line.length * 2 >= up.length && line.filter((n) => up.some((u) => overlap(u, n) > 0)).length * 2 > line.length;
  // `a` and the first digit of `tail` are as wide as any number printed whole in its column: that digit
  // did not fit beside `a`, so it wrapped. A tie will do (positions inside a run are estimated, splitRun),
  // but not for a third line: the middle part of a number must show that it filled its cell.
  const filled = (a: Fragment, tail: Fragment, up: number, tie = true): boolean => {
    const width = a.x1 - a.x0 + (tail.x1 - tail.x0) / [...tail.text].length + (tie ? 0.3 : -0.05) * a.size;
    return numbers.every((line) => !sameTable(line, numbers[up]!) || line.every((n) => overlap(a, n) <= 0 || n.x1 - n.x0 < width));
  };
  const texts = frags.flat().filter((f) => f.kind === "text");
  // The lower line starts with the rest of the upper line's label: that label fills its cell, as wide as
  // any label aligned with it (text that ends left of the values; running text reaches over them).
  const wrapsLabel = (upper: readonly Fragment[], label: readonly Fragment[]): boolean => {
    if (label.length !== 1 || NUMBERED.test(label[0]!.text)) return false;
    const head = upper.find((f) => f.kind === "text" && aligned(f, label[0]!));
    const valueLeft = upper.find(isValue)?.x0 ?? -Infinity;
    if (!head) return false;
    return texts.every((t) => t.x1 > valueLeft || !aligned(t, head) || t.x1 - t.x0 <= head.x1 - head.x0 + head.size);
  };
  const join = (tails: readonly Fragment[], hosts: readonly Fragment[]) =>
    tails.forEach((f, i) => {
      const host = hosts[i]!;
      host.text += f.text;
      host.x1 = Math.max(host.x1, f.x1);
      host.bottom = Math.max(host.bottom, f.bottom);
      host.wrapped = true;
      joined.set(f, host);
    });
  // The digits joined from each line: a number over three lines (31 / 40 / 3) goes on under them.
  const joinedAt = new Map<number, Fragment[]>();
  for (let at = 1; at < frags.length; at++) {
    const firstDigit = frags[at]!.findIndex((f) => f.kind !== "text");
    if (firstDigit < 0) continue;
    const label = frags[at]!.slice(0, firstDigit);
    const tails = frags[at]!.slice(firstDigit);
    if (!tails.every((f) => DIGITS_ONLY.test(f.text)) || label.some((f) => f.kind !== "text")) continue;
    const gapAbove = (up: number) => lines[at]!.top - lines[up]!.bottom <= 0.65 * lines[at]!.size;
    const middles = joinedAt.get(at - 1);
    if (middles && (label.length === 0 || wrapsLabel(frags[at - 1]!, label)) && gapAbove(at - 1)) {
      const parts = tails.map((f) => middles.find((m) => overlap(m, f) > 0 && aligned(m, f) && filled(m, f, at - 1, false)));
      if (parts.every((m) => m !== undefined) && new Set(parts).size === parts.length) {
        join(tails, parts.map((m) => joined.get(m)!));
        joinedAt.set(at, tails);
        frags[at] = label;
        continue;
      }
    }
    for (const up of [at - 1, at - 2]) {
      if (up < 0 || !gapAbove(up)) continue;
      const hosts = tails.map((f) => frags[up]!.find((a) => DIGITS_ONLY.test(a.text) && a.text.length >= 2 && overlap(a, f) > 0 && aligned(a, f) && filled(a, f, up)));
      if (hosts.some((h) => !h) || new Set(hosts).size !== hosts.length) continue;
      const middle = up < at - 1 ? at - 1 : null;
      if (middle === null ? label.length > 0 && !wrapsLabel(frags[up]!, label) : !moveValues(frags, up, middle)) continue;
      join(tails, hosts as Fragment[]);
      joinedAt.set(at, tails);
      frags[at] = label;
      break;
    }
  }
  return joined;
}

/** Moves the values of line `from` to line `to`, when they share no column. */
function moveValues(frags: Fragment[][], from: number, to: number): boolean {
  const values = frags[from]!.filter(isValue);
  if (values.some((v) => frags[to]!.some((f) => overlap(v, f) > 0))) return false;
  for (const v of values) v.at = to;
  frags[to] = [...frags[to]!, ...values].sort((a, b) => a.x0 - b.x0);
  frags[from] = frags[from]!.filter((f) => !isValue(f));
  return true;
}

/**
 * Borderless tables of one page. `lines` are the page's text lines outside ruled
 * tables, page furniture removed. Returns the table rows and the lines (or the
 * parts of lines) the tables did not claim.
 */
export function findBorderlessTables(lines: readonly PdfLine[]): { rows: PlacedRow[]; rest: PdfLine[] } {
  const printed = lines.map(fragmentsOf);
  const frags = [...printed];
  const joined = joinWrappedDigits(frags, lines);
  const anchors = frags.flatMap((f, at) => (isAnchor(f, f.some((x) => x.wrapped)) ? [at] : []));
  if (anchors.length === 0) return { rows: [], rest: [...lines] };
  const left = Math.min(...lines.map((l) => l.x0));
  const textWidth = Math.max(...lines.map((l) => l.x1)) - left;
  const claimed = new Set<Fragment>();
  const rows: PlacedRow[] = [];
  const blocks = groupAnchors(anchors, frags);
  blocks.forEach((block, b) => {
    // A lone row with a single value is running text more often than a table.
    if (block.anchors.length < 2 && frags[block.anchors[0]!]!.filter(isValue).length < 3) return;
    const floor = b > 0 ? blocks[b - 1]!.anchors.at(-1)! + 1 : 0;
    const ceiling = b + 1 < blocks.length ? blocks[b + 1]!.anchors[0]! : lines.length;
    rows.push(...rebuildBlock(block, frags, lines, floor, ceiling, textWidth, claimed));
  });
  const rest: PdfLine[] = [];
  lines.forEach((line, at) => {
    const kept = printed[at]!.filter((f) => !claimed.has(joined.get(f) ?? f));
    if (kept.length === printed[at]!.length) rest.push(line);
    else if (kept.length > 0) {
      const runs = kept.flatMap((f) => f.pieces);
      rest.push({ ...line, runs, x0: Math.min(...runs.map((r) => r.x)), x1: Math.max(...runs.map((r) => r.x + r.width)), text: joinRuns(runs) });
    }
  });
  return { rows, rest };
}

const isProse = (f: readonly Fragment[], textWidth: number): boolean => f.some((x) => x.kind === "text" && x.x1 - x.x0 > 0.6 * textWidth);

function rebuildBlock(
  block: Block,
  frags: readonly Fragment[][],
  lines: readonly PdfLine[],
  floor: number,
  ceiling: number,
  textWidth: number,
  claimed: Set<Fragment>,
): PlacedRow[] {
  const { anchors } = block;
  const first = anchors[0]!;
  const last = anchors[anchors.length - 1]!;
  const valueLeft = block.columns[0]!.x0;
  // Header lines above the first row: up to a section heading, running text or a paragraph gap.
  let start = first;
  while (start - 1 >= floor) {
    const above = frags[start - 1]!;
    const gap = lines[start]!.top - lines[start - 1]!.bottom;
    if (above.length === 0 || isProse(above, textWidth) || gap > 1.3 * lines[start]!.size) break;
    if (above.length === 1 && SECTION_HEADING.test(above[0]!.text)) break;
    start--;
  }
  // Label lines below the last row, where a wrapped label may end.
  let end = last;
  while (end + 1 < ceiling && end + 1 - last <= 3) {
    const below = frags[end + 1]!;
    if (below.length === 0 || below.some((f) => f.x1 > valueLeft || isValue(f)) || lines[end + 1]!.top - lines[end]!.bottom > 0.65 * lines[end]!.size) break;
    end++;
  }
  const anchorAt = new Set(anchors);
  const inBlock = frags.slice(start, end + 1).flat();
  const labelFrags = inBlock.filter((f) => !anchorAt.has(f.at) || !isValue(f)).filter((f) => f.x1 <= valueLeft + 0.5 * f.size);
  const headerFrags = inBlock.filter((f) => !anchorAt.has(f.at) && f.x1 > valueLeft + 0.5 * f.size);
  const columns = withBlankColumns(block.columns, headerFrags);
  const labelled = new Set(labelFrags.map((f) => f.at));
  const labels = chain(labelFrags, anchorAt, () => true, new Set(anchors.filter((at) => !labelled.has(at))));
  const span = (f: Fragment): string => columnsCovered(columns, f).join(",");
  // A header word wrapped in its cell lies above that cell alone: one that reaches over the next header
  // of the line below spans those columns (复议后起诉 over 结果维持 结果纠正 …) and heads them instead.
  const oneCell = (a: Fragment, b: Fragment) => span(a) === span(b) && !headerFrags.some((x) => x.at === b.at && x !== b && overlap(a, x) > 0);
  const headers = chain(headerFrags, anchorAt, oneCell);

  // The middle of the row's values on its own line (a number wrapped below it reaches lower).
  const centre = (at: number): number => {
    const values = frags[at]!.filter(isValue);
    return values.reduce((s, f) => s + (Math.max(f.top, lines[at]!.top) + Math.min(f.bottom, lines[at]!.bottom)) / 2, 0) / values.length;
  };
  const covers = (c: Chain, at: number): boolean => {
    const tol = 0.25 * frags[at]![0]!.size;
    const y = centre(at);
    return y >= c.top - tol && y <= c.bottom + tol;
  };
  const owned = new Map<Chain, number[]>();
  for (const c of labels) {
    const rowsOf = anchors.filter((at) => covers(c, at));
    if (rowsOf.length) owned.set(c, rowsOf);
  }

  const out: PlacedRow[] = [];
  for (const at of anchors) {
    const labelCells: { x0: number; cell: SourceCell }[] = [];
    let top = lines[at]!.top;
    for (const [c, rowsOf] of owned) {
      if (!rowsOf.includes(at)) continue;
      const firstRow = rowsOf[0] === at;
      labelCells.push({ x0: c.x0, cell: firstRow ? { text: chainText(c), line: chainLine(c) } : { text: chainText(c), line: chainLine(c), spanned: true } });
      if (firstRow) top = Math.min(top, c.top);
    }
    const valueFrags = frags[at]!.filter((f) => isValue(f) || f.x1 > valueLeft + 0.5 * f.size);
    const row = [...labelCells.sort((a, b) => a.x0 - b.x0).map((l) => l.cell), ...placeInColumns(columns, valueFrags, lines[at]!.line)];
    for (const f of valueFrags) claimed.add(f);
    out.push({ top, row: { cells: row, fromTable: true } });
  }
  for (const c of owned.keys()) for (const f of c.parts) claimed.add(f);

  // Header rows: header cells grouped by their first line, with the label cells beside them.
  const headerItems = [...headers, ...labels.filter((c) => !owned.has(c))].sort((a, b) => a.top - b.top);
  const headerRows: Chain[][] = [];
  for (const c of headerItems) {
    const row = headerRows[headerRows.length - 1];
    if (row && c.top - row[0]!.top <= 0.5 * c.parts[0]!.size) row.push(c);
    else headerRows.push([c]);
  }
  const headerSet = new Set(headers);
  for (const row of headerRows) {
    if (!row.some((c) => headerSet.has(c))) continue;
    const labelCells = row.filter((c) => !headerSet.has(c)).sort((a, b) => a.x0 - b.x0);
    const cells: SourceCell[] = labelCells.map((c) => ({ text: chainText(c), line: chainLine(c) }));
    const line = Math.min(...row.map(chainLine));
    const slots: (SourceCell | undefined)[] = columns.map(() => undefined);
    for (const c of row.filter((x) => headerSet.has(x)).sort((a, b) => a.x0 - b.x0)) {
      const covered = columnsCovered(columns, { x0: c.x0, x1: Math.max(...c.parts.map((f) => f.x1)) });
      const [head, ...tail] = covered;
      const existing = slots[head!];
      if (existing && !existing.spanned) existing.text += chainText(c);
      else slots[head!] = { text: chainText(c), line: chainLine(c) };
      for (const k of tail) slots[k] ??= { text: "", line: chainLine(c), spanned: true };
    }
    cells.push(...slots.map((s) => s ?? { text: "", line }));
    for (const c of row) for (const f of c.parts) claimed.add(f);
    out.push({ top: row[0]!.top, row: { cells, fromTable: true } });
  }
  return out;
}

/**
 * The value columns and those blank in every row, which only their header marks: a header piece
 * over no value column, between value columns whose own headers on its line stand over them (a
 * blank 结果纠正 in table 四). A header beside a column that no header of its line stands over
 * is that column's, set off to one side (left-aligned 商业企业 over a centred 7).
 */
function withBlankColumns(columns: readonly Column[], headers: readonly Fragment[]): Column[] {
  const added: Column[] = [];
  for (const at of new Set(headers.map((h) => h.at))) {
    const line = headers.filter((h) => h.at === at);
    const headed = (c: Column | undefined) => !c || line.some((h) => overlap(c, h) > 0);
    const free = line.filter(
      (h) => columns.every((c) => overlap(c, h) <= 0) && headed(columns.findLast((c) => c.x1 <= h.x0)) && headed(columns.find((c) => c.x0 >= h.x1)),
    );
    for (const f of free) {
      const same = added.find((c) => overlap(c, f) > 0);
      if (same) {
        same.x0 = Math.min(same.x0, f.x0);
        same.x1 = Math.max(same.x1, f.x1);
      } else added.push({ x0: f.x0, x1: f.x1 });
    }
  }
  return added.length ? [...columns, ...added].sort((a, b) => a.x0 - b.x0) : [...columns];
}

/** One cell per value column; a column with nothing printed is a real empty cell. */
function placeInColumns(columns: readonly Column[], values: readonly Fragment[], line: number): SourceCell[] {
  const cells: SourceCell[] = columns.map(() => ({ text: "", line }));
  const filled = columns.map(() => false);
  for (const f of values) {
    const k = columnOf(columns, f);
    const cell = cells[k]!;
    cell.text = filled[k] ? `${cell.text} ${f.text}` : f.text;
    cell.line = filled[k] ? cell.line : f.pieces[0]!.line;
    filled[k] = true;
  }
  return cells;
}
