// Reads what the layout needs from a PDF with pdf.js: positioned text runs and the
// straight ruling lines (table borders) of every page, in top-left page coordinates.
import type { PDFDocumentProxy, PDFPageProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import { unifyRadicals } from "./radicals";

/** One positioned piece of text as pdf.js reports it (usually a run of one font). */
export interface PdfRun {
  text: string;
  /** Left edge, points from the page's left. */
  x: number;
  /** Top of the glyph box, points from the page's top. */
  top: number;
  width: number;
  /** Font size in points (the glyph box height). */
  size: number;
}

/** A horizontal (`h`: at y = pos, from start to end in x) or vertical ruling line. */
export interface PdfRuling {
  dir: "h" | "v";
  pos: number;
  start: number;
  end: number;
}

export interface PdfPageContent {
  width: number;
  height: number;
  runs: PdfRun[];
  rulings: PdfRuling[];
}

export interface PdfLoadOptions {
  /** Where pdf.js finds its packed CMaps (`pdfjs-dist/cmaps/`), for fonts that use predefined CJK encodings. */
  cMapUrl?: string;
  /** Where pdf.js finds the standard 14 fonts' data (`pdfjs-dist/standard_fonts/`). */
  standardFontDataUrl?: string;
}

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");
let pdfjsPromise: Promise<PdfJs> | undefined;

/**
 * pdf.js parses in a worker; we run its worker code on the calling thread instead
 * (`globalThis.pdfjsWorker`), which works the same in Node and in a browser without
 * serving a worker file. Loaded lazily: most reports are not PDFs.
 */
function loadPdfJs(): Promise<PdfJs> {
  pdfjsPromise ??= (async () => {
    const [lib, worker] = await Promise.all([
      import("pdfjs-dist/legacy/build/pdf.mjs"),
      import("pdfjs-dist/legacy/build/pdf.worker.mjs"),
    ]);
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= worker;
    return lib;
  })();
  return pdfjsPromise;
}

export async function openPdf(bytes: Uint8Array, options: PdfLoadOptions = {}): Promise<PDFDocumentProxy> {
  const pdfjs = await loadPdfJs();
  // pdf.js takes ownership of (detaches) the buffer it is given: pass a copy, a plain Uint8Array even
  // when the bytes are a Node Buffer (as build:data reads files), which pdf.js refuses and whose
  // slice() is a view, not a copy.
  return pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
    cMapUrl: options.cMapUrl,
    cMapPacked: true,
    standardFontDataUrl: options.standardFontDataUrl,
  }).promise;
}

export async function readPageContent(page: PDFPageProxy): Promise<PdfPageContent> {
  const pdfjs = await loadPdfJs();
  const viewport = page.getViewport({ scale: 1 });
  const [text, ops] = await Promise.all([page.getTextContent(), page.getOperatorList()]);
  const runs: PdfRun[] = [];
  for (const item of text.items) {
    if (!("str" in item) || item.str.trim() === "") continue;
    const [a, b, , , e, f] = item.transform as number[];
    const size = Math.hypot(a!, b!) || item.height;
    // Viewport transform maps PDF user space (y up) to top-left page space.
    const [x, baseline] = viewport.convertToViewportPoint(e!, f!) as [number, number];
    // Radicals the PDF maps its shared glyphs to (⾏ for 行) are read as the ideographs they print.
    runs.push({ text: unifyRadicals(item.str), x, top: baseline - size * 0.88, width: item.width, size });
  }
  return { width: viewport.width, height: viewport.height, runs, rulings: readRulings(ops, pdfjs.OPS, viewport.transform) };
}

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];
const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** Borders are thin: a filled rectangle thinner than this is drawn as a line. */
const MAX_LINE_THICKNESS = 3;
const MIN_RULING_LENGTH = 4;

/**
 * Collects straight horizontal/vertical segments from stroked paths and thin filled
 * rectangles (Word and WPS draw borders either way). Clipping-only paths are ignored.
 */
function readRulings(ops: { fnArray: number[]; argsArray: unknown[] }, OPS: PdfJs["OPS"], viewport: number[]): PdfRuling[] {
  const out: PdfRuling[] = [];
  const stack: Matrix[] = [];
  let ctm = viewport.slice(0, 6) as Matrix;
  const painting = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const strokes = new Set<number>([OPS.stroke, OPS.closeStroke]);
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i]!;
    const args = ops.argsArray[i] as unknown[] | null;
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform && args) ctm = multiply(ctm, args as Matrix);
    else if (fn === OPS.constructPath && args) {
      const paintOp = args[0] as number;
      if (!painting.has(paintOp)) continue;
      const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
      if (data) collectSegments(data, ctm, strokes.has(paintOp), out);
    }
  }
  return out;
}

/** Decodes pdf.js's flat path encoding (DrawOPS: 0 moveTo, 1 lineTo, 2 curveTo, 3 quadraticCurveTo, 4 closePath). */
function collectSegments(data: ArrayLike<number>, ctm: Matrix, stroked: boolean, out: PdfRuling[]): void {
  const points: [number, number][] = [];
  const flush = (closed: boolean): void => {
    if (points.length >= 2) addPolyline(points, closed, stroked, out);
    points.length = 0;
  };
  for (let k = 0; k < data.length; ) {
    const op = data[k++];
    if (op === 0) {
      flush(false);
      points.push(apply(ctm, data[k]!, data[k + 1]!));
      k += 2;
    } else if (op === 1) {
      points.push(apply(ctm, data[k]!, data[k + 1]!));
      k += 2;
    } else if (op === 2) {
      flush(false); // curves are never table borders
      k += 6;
    } else if (op === 3) {
      flush(false);
      k += 4;
    } else {
      flush(true);
    }
  }
  flush(false);
}

function addPolyline(points: [number, number][], closed: boolean, stroked: boolean, out: PdfRuling[]): void {
  if (!stroked) {
    // A filled shape counts only as a thin bar; larger fills are shading, not borders.
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    if (y1 - y0 <= MAX_LINE_THICKNESS && x1 - x0 >= MIN_RULING_LENGTH) out.push({ dir: "h", pos: (y0 + y1) / 2, start: x0, end: x1 });
    else if (x1 - x0 <= MAX_LINE_THICKNESS && y1 - y0 >= MIN_RULING_LENGTH) out.push({ dir: "v", pos: (x0 + x1) / 2, start: y0, end: y1 });
    return;
  }
  const n = points.length;
  for (let k = 0; k < (closed ? n : n - 1); k++) {
    const [ax, ay] = points[k]!;
    const [bx, by] = points[(k + 1) % n]!;
    if (Math.abs(ay - by) < 0.5 && Math.abs(ax - bx) >= MIN_RULING_LENGTH) out.push({ dir: "h", pos: (ay + by) / 2, start: Math.min(ax, bx), end: Math.max(ax, bx) });
    else if (Math.abs(ax - bx) < 0.5 && Math.abs(ay - by) >= MIN_RULING_LENGTH) out.push({ dir: "v", pos: (ax + bx) / 2, start: Math.min(ay, by), end: Math.max(ay, by) });
  }
}
