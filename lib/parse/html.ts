// HTML → SourceDocument. Government pages wrap the report in site chrome, and
// many reports are Word exports in which one label is split over dozens of
// <span>/<font>/<o:p> pieces and merged cells use rowspan/colspan. Text outside
// tables becomes one-cell rows (one per block or <br> line); every <tr> of a
// data table becomes a row on a rectangular grid.
import { decodeHTML, decodeHTMLAttribute } from "entities/decode";
import { Parser, type Handler, type QuoteType } from "htmlparser2";
import type { SourceCell, SourceDocument, SourceRow } from "../model/document";
import { splitValueLine } from "./pdfTextLine";

/** Elements whose content is never report text. */
const SKIPPED = new Set([
  "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math",
  "select", "textarea", "button", "input", "canvas", "audio", "video", "map", "xml",
]);

/** Elements that end the current line of running text. */
const BLOCKS = new Set([
  "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
  "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
  "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol",
  "option", "p", "pre", "section", "summary", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
]);

const CHROME_TAGS = new Set(["nav", "header", "footer", "aside"]);
/** Words inside an id/class (split on - and _) that mark site chrome. */
const CHROME_WORDS = new Set([
  "nav", "navbar", "navigation", "topnav", "subnav", "mainnav", "menu", "menus", "menubar", "submenu",
  "footer", "breadcrumb", "breadcrumbs", "crumb", "crumbs", "bread", "share", "bdshare", "bshare",
  "copyright", "sidebar", "topbar", "toolbar", "skiplink", "friendlink", "dqwz",
]);
/** Whole ids/classes that mark chrome only on their own ("header", not "article-header"). */
const CHROME_TOKENS = new Set(["header", "head", "top", "foot", "bottom", "banner", "position", "location", "site-header", "weizhi"]);

/** Baidu, bShare and JiaThis share widgets, common on government sites. */
const SHARE_WIDGET = /^(?:bdshare|bds_|bshare|jiathis)/;

/** A cell with more running text than this is a layout cell holding the report, not a data cell. */
const LAYOUT_CELL_CHARS = 300;

/** `html` may come in chunks (see decode.ts): they are streamed through the parser, never joined. */
export function htmlToDocument(html: string | readonly string[]): SourceDocument {
  const reader = new HtmlReader(lineLocator(html));
  reader.walkChildren(parseTree(html).children);
  reader.flush();
  const doc: SourceDocument = { format: "html", rows: reader.rows };
  if (reader.title) doc.title = reader.title;
  return doc;
}

/**
 * A slim tree: only what the reader needs, without the sibling links and
 * bookkeeping of a full DOM, and without the inline elements that carry no
 * structure (see parseTree).
 */
interface Element {
  type: "tag";
  name: string;
  children: AnyNode[];
  startIndex: number;
  /** Hidden (`hidden`, `display:none`) or site chrome: dropped unless it holds the report. */
  concealed: boolean;
  colspan: string | undefined;
  rowspan: string | undefined;
}
interface Text {
  type: "text";
  data: string;
  startIndex: number;
}
type AnyNode = Element | Text;

/** Elements the reader looks at; any other element is only a wrapper around text. */
const STRUCTURE = new Set([...BLOCKS, ...SKIPPED, "table", "caption", "br", "title", "head", "pre"]);

/**
 * htmlparser2's tokenizer and tree rules (implied end tags, void elements, raw
 * text in script/style, entities) feeding a slim tree. Comments, CDATA and
 * processing instructions (Word's <![if …]>) are not kept. An inline element
 * that is neither hidden nor chrome (<span>, <font>, <b>, <o:p>, …) is not kept
 * either, its text goes to its parent: Word exports wrap every piece of a label
 * in several of them, and keeping them made most of the tree.
 */
function parseTree(html: string | readonly string[]): Element {
  const root: Element = { type: "tag", name: "#root", children: [], startIndex: 0, concealed: false, colspan: undefined, rowspan: undefined };
  // The open elements; null for one that was not kept (its children go to the nearest kept one).
  const open: (Element | null)[] = [root];
  let parent = root;
  // Text is merged only with text right before it, never across a tag, so that each piece keeps its start.
  let lastText: Text | null = null;
  // The tokenizer leaves entities alone (see ReportParser); the source text of lastText's
  // current run is decoded once the run ends. A run is cut only where the source is: a
  // comment in the middle of `&amp;` leaves `&amp` and `;` apart, as a browser does.
  let run = "";
  let runEnd = -1;
  // Inside <script>, <style> and the other raw-text elements entities are text.
  let rawText = false;
  const endRun = () => {
    if (lastText && run !== "") lastText.data += rawText ? run : decodeEntities(run);
    run = "";
  };
  const chunks = typeof html === "string" ? [html] : html;
  const parser: ReportParser = new ReportParser(chunks, {
    onopentag(name) {
      endRun();
      lastText = null;
      rawText = RAW_TEXT.has(name) && !parser.openedInForeignContent;
      const attributes = parser.takeAttributes();
      const concealed = CHROME_TAGS.has(name) || attributes.concealed;
      if (!concealed && !STRUCTURE.has(name) && !isOfficeDrawing(name)) {
        open.push(null);
        return;
      }
      const cell = name === "td" || name === "th";
      const el: Element = {
        type: "tag", name, children: [], startIndex: parser.startIndex, concealed,
        colspan: cell ? attributes.colspan : undefined, rowspan: cell ? attributes.rowspan : undefined,
      };
      parent.children.push(el);
      open.push(el);
      parent = el;
    },
    onclosetag() {
      endRun();
      lastText = null;
      rawText = false;
      if (open.length > 1 && open.pop() !== null) parent = nearestKept(open) ?? root;
    },
    ontext(data) {
      const start = parser.textStart;
      // The tokenizer cuts a run of text at each chunk's end and at a `<` that starts no tag.
      if (lastText && start === runEnd) run += data;
      else {
        endRun();
        if (!lastText) {
          lastText = { type: "text", data: "", startIndex: parser.startIndex };
          parent.children.push(lastText);
        }
        run = data;
      }
      runEnd = start + data.length;
    },
  });
  for (const chunk of chunks) parser.write(chunk);
  parser.end();
  endRun();
  return root;
}

/** Most runs of text hold no entity: checking for `&` first spares the decoder's call. */
function decodeEntities(text: string): string {
  return text.includes("&") ? decodeHTML(text) : text;
}

/**
 * The elements whose content htmlparser2's tokenizer reads as raw text, without
 * entities (outside SVG and MathML); <title> and <textarea> do have entities.
 */
const RAW_TEXT = new Set(["script", "style", "xmp", "iframe", "noembed", "noframes", "plaintext"]);

/** What the reader takes from an element's attributes. */
interface ReadAttributes {
  /** Hidden (`hidden`, `display:none`) or marked as site chrome by its role, id or class. */
  concealed: boolean;
  colspan: string | undefined;
  rowspan: string | undefined;
}

/** The attributes read; an element repeating one keeps the first, as in browsers. */
const READ_ATTRIBUTES = ["hidden", "style", "role", "id", "class", "colspan", "rowspan"] as const;
type ReadAttribute = (typeof READ_ATTRIBUTES)[number];
/** READ_ATTRIBUTES by their length: most attribute names are ruled out by it. */
const READ_ATTRIBUTES_BY_LENGTH: (ReadAttribute[] | undefined)[] = [];
for (const name of READ_ATTRIBUTES) (READ_ATTRIBUTES_BY_LENGTH[name.length] ??= []).push(name);

/**
 * htmlparser2's Parser, reading only the few attributes the reader needs. The
 * stock Parser slices out and lower-cases every attribute's name and value and
 * collects them in an object per element; Word exports carry long style
 * attributes on every <p> and <span>, and that was the largest part of parsing.
 * Here a name is matched in place against READ_ATTRIBUTES, and only those
 * values are sliced out. The tree rules are the stock Parser's.
 */
class ReportParser extends Parser {
  /** Where the text of the last ontext starts (Parser's startIndex is where the event before it ended). */
  textStart = 0;
  /** Whether the last opening tag was read in SVG or MathML, where <style> holds markup, not raw text. */
  openedInForeignContent = false;
  /** Where each chunk starts in the whole text: the tokenizer's indices run across chunks. */
  private readonly starts: number[] = [];
  /** The chunk that held the last index looked up: lookups move forward with the tokenizer. */
  private chunk = 0;
  private attribute: ReadAttribute | null = null;
  private value = "";
  /** The READ_ATTRIBUTES already read on this element, one bit each. */
  private seen = 0;
  private attributes: ReadAttributes = { concealed: false, colspan: undefined, rowspan: undefined };

  constructor(
    private readonly chunks: readonly string[],
    callbacks: Partial<Handler>,
  ) {
    // Entities are decoded by the reader, only in the text and attributes it keeps: left alone, they
    // let the tokenizer run through text and quoted values to the next `<` or quote in one tight loop.
    super(callbacks, { decodeEntities: false });
    let start = 0;
    for (const chunk of chunks) {
      this.starts.push(start);
      start += chunk.length;
    }
  }

  /** The attributes of the element just opened; they are cleared for the next one. */
  takeAttributes(): ReadAttributes {
    const attributes = this.attributes;
    this.clearAttributes();
    return attributes;
  }

  override ontext(start: number, endIndex: number): void {
    this.textStart = start;
    super.ontext(start, endIndex);
  }

  override onopentagname(start: number, endIndex: number): void {
    this.openedInForeignContent = this.isInForeignContext();
    // A tag the tree rules drop (a second <form>) reports no onopentag; its attributes must not reach the next one.
    this.clearAttributes();
    super.onopentagname(start, endIndex);
  }

  override onattribname(start: number, endIndex: number): void {
    this.startIndex = start;
    this.attribute = this.readAttributeName(start, endIndex);
    this.value = "";
  }

  override onattribdata(start: number, endIndex: number): void {
    if (this.attribute !== null) this.value += this.slice(start, endIndex);
  }

  override onattribend(_quote: QuoteType, endIndex: number): void {
    this.endIndex = endIndex;
    const name = this.attribute;
    if (name === null) return;
    const bit = 1 << READ_ATTRIBUTES.indexOf(name);
    if (this.seen & bit) return;
    this.seen |= bit;
    const value = this.value.includes("&") ? decodeHTMLAttribute(this.value) : this.value;
    const attributes = this.attributes;
    switch (name) {
      case "colspan":
        attributes.colspan = value;
        break;
      case "rowspan":
        attributes.rowspan = value;
        break;
      default:
        if (concealsElement(name, value)) attributes.concealed = true;
    }
  }

  private clearAttributes(): void {
    if (this.seen === 0) return;
    this.seen = 0;
    this.attributes = { concealed: false, colspan: undefined, rowspan: undefined };
  }

  /** Which of READ_ATTRIBUTES the name at [start, end) is (ASCII case-insensitively), if any. */
  private readAttributeName(start: number, end: number): ReadAttribute | null {
    const candidates = READ_ATTRIBUTES_BY_LENGTH[end - start];
    if (candidates === undefined) return null;
    names: for (const name of candidates) {
      for (let i = 0; i < name.length; i++) {
        // Folds only A–Z: the names are all letters, so `c | 0x20` equals one only for its two cases
        // (toLowerCase would also fold the Kelvin sign to `k`, in none of the names).
        if ((this.charCodeAt(start + i) | 0x20) !== name.charCodeAt(i)) continue names;
      }
      return name;
    }
    return null;
  }

  private charCodeAt(index: number): number {
    const chunk = this.chunkAt(index);
    return this.chunks[chunk]!.charCodeAt(index - this.starts[chunk]!);
  }

  private slice(start: number, end: number): string {
    let chunk = this.chunkAt(start);
    let text = "";
    while (start < end) {
      const chunkStart = this.starts[chunk]!;
      const piece = this.chunks[chunk]!.slice(start - chunkStart, end - chunkStart);
      text += piece;
      start += piece.length;
      chunk++;
    }
    return text;
  }

  private chunkAt(index: number): number {
    let chunk = this.chunk;
    while (chunk > 0 && this.starts[chunk]! > index) chunk--;
    while (chunk + 1 < this.starts.length && this.starts[chunk + 1]! <= index) chunk++;
    this.chunk = chunk;
    return chunk;
  }
}

/** The innermost open element that was kept (a loop: findLast's callback per closing tag showed). */
function nearestKept(open: readonly (Element | null)[]): Element | null {
  for (let i = open.length - 1; i >= 0; i--) {
    const el = open[i];
    if (el) return el;
  }
  return null;
}

class HtmlReader {
  readonly rows: SourceRow[] = [];
  title: string | undefined;
  private parts: string[] = [];
  private firstLine: number | null = null;
  private preformatted = 0;

  constructor(private readonly lineOf: (offset: number) => number) {}

  walkChildren(nodes: readonly AnyNode[]): void {
    for (const node of nodes) this.walk(node);
  }

  private walk(node: AnyNode): void {
    if (node.type === "text") {
      this.appendText(node.data, node.startIndex);
      return;
    }
    const el = node;
    const name = el.name;
    if (SKIPPED.has(name) || isOfficeDrawing(name)) return;
    if (name === "title") {
      this.title ??= normalizeText(textOf(el)) || undefined;
      return;
    }
    if (name === "head") return this.walkHead(el);
    if (el.concealed && !holdsReportContent(el)) return;
    if (name === "table") {
      this.flush();
      this.readTable(el);
      return;
    }
    if (name === "br") {
      this.flush();
      return;
    }
    if (name === "pre") this.preformatted++;
    const block = BLOCKS.has(name);
    if (block) this.flush();
    this.walkChildren(el.children);
    if (block) this.flush();
    if (name === "pre") this.preformatted--;
  }

  private walkHead(head: Element): void {
    for (const child of head.children) {
      if (child.type === "tag" && child.name === "title") this.walk(child);
    }
  }

  private appendText(data: string, start: number | null): void {
    if (this.preformatted > 0 && data.includes("\n")) {
      const pieces = data.split("\n");
      let offset = start;
      pieces.forEach((piece, i) => {
        if (i > 0) this.flush();
        this.appendText(piece, offset);
        if (offset !== null) offset += piece.length + 1;
      });
      return;
    }
    if (this.firstLine === null && start !== null) {
      const first = data.search(/[^\s\u200b]/);
      if (first >= 0) this.firstLine = this.lineOf(start) + countNewlines(data, first);
    }
    this.parts.push(data);
  }

  /** Ends the current line of running text. */
  flush(): void {
    if (this.parts.length === 0) return;
    const text = normalizeText(this.parts.join(""));
    // A table pasted into a CMS editor as text: one <p> per row, cells apart by spaces.
    if (text) this.rows.push({ cells: splitValueLine(text, this.firstLine) ?? [{ text, line: this.firstLine }] });
    this.parts = [];
    this.firstLine = null;
  }

  private readTable(table: Element): void {
    const trs = tableRows(table);
    for (const caption of table.children) {
      if (caption.type === "tag" && caption.name === "caption") this.walk(caption);
    }
    const rowCells = trs.map(cellsOf);
    // A table of single cells is page layout around the report: read it as running text.
    const layout = rowCells.every((cells) => cells.length <= 1 && cells.every((c) => span(c, "colspan") === 1));
    let grid = new GridBuilder(this.lineOf, trs.length);
    for (let r = 0; r < trs.length; r++) {
      const cells = rowCells[r]!;
      const texts = cells.map(cellText);
      if (layout || holdsLayout(cells, texts)) {
        this.emitGrid(grid);
        grid = new GridBuilder(this.lineOf, trs.length - r - 1, r + 1);
        for (const cell of cells) {
          this.walk(cell);
          this.flush();
        }
        continue;
      }
      grid.addRow(r, cells, texts);
    }
    this.emitGrid(grid);
  }

  private emitGrid(grid: GridBuilder): void {
    for (const row of grid.rows()) this.rows.push(row);
  }
}

/** A row with a nested table or a cell of running text is page layout, not data. */
function holdsLayout(cells: readonly Element[], texts: readonly string[]): boolean {
  for (let i = 0; i < cells.length; i++) {
    if (containsTag(cells[i]!, "table") || texts[i]!.length > LAYOUT_CELL_CHARS) return true;
  }
  return false;
}

/** Places cells on a rectangular grid, expanding rowspan and colspan. */
class GridBuilder {
  private readonly grid: (SourceCell | undefined)[][] = [];

  constructor(
    private readonly lineOf: (offset: number) => number,
    private readonly rowCount: number,
    private readonly firstRow = 0,
  ) {}

  addRow(tableRow: number, cells: Element[], texts: string[]): void {
    const r = tableRow - this.firstRow;
    const row = (this.grid[r] ??= []);
    let c = 0;
    for (let k = 0; k < cells.length; k++) {
      const cell = cells[k]!;
      while (row[c]) c++;
      const text = texts[k]!;
      const line = this.lineOf(cell.startIndex);
      const colspan = Math.min(span(cell, "colspan"), 1000);
      const rawRowspan = span(cell, "rowspan", true);
      // rowspan=0 and spans past the last row stop at the table's end, as in browsers.
      const rowspan = rawRowspan === 0 ? this.rowCount - r : Math.min(rawRowspan, this.rowCount - r);
      for (let i = 0; i < Math.max(rowspan, 1); i++) {
        const target = (this.grid[r + i] ??= []);
        for (let j = 0; j < colspan; j++) {
          if (target[c + j]) continue; // overlapping spans in broken markup: first one wins
          if (i === 0 && j === 0) target[c] = { text, line };
          else target[c + j] = { text: j === 0 ? text : "", line, spanned: true };
        }
      }
      c += colspan;
    }
  }

  *rows(): Generator<SourceRow> {
    for (const row of this.grid) {
      if (!row) continue;
      // A gap left by a short row next to a rowspan is layout, not a blank value.
      // A plain loop: Array.from with a map function takes a slow generic path on a row with holes.
      const cells: SourceCell[] = [];
      let hasText = false;
      for (let i = 0; i < row.length; i++) {
        const cell = row[i] ?? { text: "", line: null, spanned: true };
        if (cell.text !== "") hasText = true;
        cells.push(cell);
      }
      if (hasText) yield { cells, fromTable: true };
    }
  }
}

/** The table's own rows (through thead/tbody/tfoot), not those of nested tables. */
function tableRows(table: Element): Element[] {
  const rows: Element[] = [];
  const visit = (parent: Element) => {
    for (const child of parent.children) {
      if (child.type !== "tag") continue;
      if (child.name === "tr") rows.push(child);
      else if (child.name === "thead" || child.name === "tbody" || child.name === "tfoot" || child.name === "form") visit(child);
    }
  };
  visit(table);
  return rows;
}

function cellsOf(tr: Element): Element[] {
  return tr.children.filter((c): c is Element => c.type === "tag" && (c.name === "td" || c.name === "th"));
}

function span(cell: Element, attr: "colspan" | "rowspan", allowZero = false): number {
  const value = cell[attr];
  if (value === undefined) return 1;
  const n = Number.parseInt(value, 10);
  if (Number.isNaN(n) || n < 0) return 1;
  if (n === 0) return allowZero ? 0 : 1;
  return Math.min(n, 65534);
}

/**
 * All text of a cell. <br> and block boundaries become line breaks that
 * normalizeText resolves; only breaks between two pieces of text are kept, so
 * that the common `<p><span>0</span></p>` cell needs no normalising at all.
 */
function cellText(cell: Element): string {
  // Most cells of a hand-written table hold one piece of text: no walk needed.
  const only = cell.children.length === 1 ? cell.children[0]! : null;
  if (only?.type === "text") return normalizeText(only.data);
  const state: CellTextState = { text: "", held: "", started: false, pendingBreak: false };
  for (const child of cell.children) appendCellText(child, state);
  return normalizeText(state.text);
}

interface CellTextState {
  /** From the first piece with text to the last one. */
  text: string;
  /**
   * Blank pieces after `text`, added only when more text follows: blanks before the
   * first and after the last piece with text (Word's indentation around a cell's <p>)
   * would only be trimmed by normalizeText, and without them most cells need no normalising.
   */
  held: string;
  /** Whether anything, blank or not, was read: a break goes only after something. */
  started: boolean;
  pendingBreak: boolean;
}

/** cellText's walk; a plain function: a closure made per cell cost more than the walk. */
function appendCellText(node: AnyNode, state: CellTextState): void {
  if (node.type === "text") {
    if (state.pendingBreak && state.started) appendPiece("\n", state);
    state.pendingBreak = false;
    if (node.data !== "") {
      state.started = true;
      appendPiece(node.data, state);
    }
    return;
  }
  if (SKIPPED.has(node.name) || isOfficeDrawing(node.name)) return;
  if (node.name === "br") {
    state.pendingBreak = true;
    return;
  }
  const block = BLOCKS.has(node.name);
  if (block) state.pendingBreak = true;
  for (const child of node.children) appendCellText(child, state);
  if (block) state.pendingBreak = true;
}

function appendPiece(piece: string, state: CellTextState): void {
  if (!isAsciiBlank(piece)) {
    state.text += state.held + piece;
    state.held = "";
  } else if (state.text !== "") state.held += piece;
}

/** Only spaces, tabs and line breaks: a subset of the whitespace normalizeText trims. */
function isAsciiBlank(piece: string): boolean {
  for (let i = 0; i < piece.length; i++) {
    const code = piece.charCodeAt(i);
    if (code !== 0x20 && (code < 0x09 || code > 0x0d)) return false;
  }
  return true;
}

function textOf(el: Element): string {
  let s = "";
  for (const child of el.children) {
    if (child.type === "text") s += child.data;
    else if (child.type === "tag") s += textOf(child);
  }
  return s;
}

function containsTag(el: Element, name: string): boolean {
  for (const child of el.children) {
    if (child.type === "tag" && (child.name === name || containsTag(child, name))) return true;
  }
  return false;
}

/** VML shapes and Word XML islands; Word's <o:p> and smart tags (<st1:chsdate>) do hold text. */
function isOfficeDrawing(name: string): boolean {
  return name.startsWith("v:") || name.startsWith("w:");
}

const CHROME_ROLES = new Set(["navigation", "banner", "contentinfo"]);
const DISPLAY_NONE = /display\s*:\s*none/i;

/** Whether one attribute hides the element (`hidden`, `display:none`) or marks it as site chrome (role, id, class). */
function concealsElement(name: Exclude<ReadAttribute, "colspan" | "rowspan">, value: string): boolean {
  switch (name) {
    case "hidden":
      return true;
    case "style":
      return DISPLAY_NONE.test(value);
    case "role":
      return CHROME_ROLES.has(value);
    case "id":
    case "class":
      return namesChrome(value);
  }
}

// Verdicts per id or class value: a page repeats a few values (Word's class=MsoNormal on
// every paragraph), and splitting each one on every element was a hot spot. Bounded.
const CHROME_NAMES_LIMIT = 5_000;
const chromeNames = new Map<string, boolean>();

/** Whether any token of an id or class value marks site chrome. */
function namesChrome(value: string): boolean {
  let verdict = chromeNames.get(value);
  if (verdict === undefined) {
    verdict = value.toLowerCase().split(/\s+/).some(isChromeToken);
    if (chromeNames.size >= CHROME_NAMES_LIMIT) chromeNames.clear();
    chromeNames.set(value, verdict);
  }
  return verdict;
}

function isChromeToken(token: string): boolean {
  if (CHROME_TOKENS.has(token) || SHARE_WIDGET.test(token)) return true;
  for (const word of token.split(/[-_]/)) if (CHROME_WORDS.has(word)) return true;
  return false;
}

/** Chrome is dropped only when it holds neither a table nor the report's running text. */
function holdsReportContent(el: Element): boolean {
  if (containsTag(el, "table")) return true;
  const text = textOf(el);
  return text.length > 500 && text.includes("政府信息公开");
}

/** Text that is already normal (single inner spaces only) is returned as is: most cells are. */
const NEEDS_NORMALIZING = /^\s|\s$|\s\s|[^\S ]|[\u200b-\u200d\u00ad\ufeff]/;
const INVISIBLE = /[\u200b-\u200d\u00ad\ufeff]/g;
const CJK = "\\u2e80-\\u9fff\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uffef";
/** A CJK character, then plain whitespace holding a line break (not &nbsp;), then a CJK character. */
const CJK_SEGMENT_BREAK = new RegExp(`([${CJK}])[ \\t\\r]*\\n[ \\t\\r\\n]*(?=[${CJK}])`, "g");

/**
 * Collapses whitespace (including &nbsp; and the ideographic space) to one
 * space. A line break between two CJK characters disappears instead, as in
 * CSS segment-break handling: Word and converters wrap Chinese labels
 * anywhere, and `不予\n公开` means `不予公开`.
 */
export function normalizeText(raw: string): string {
  if (!NEEDS_NORMALIZING.test(raw)) return raw;
  return raw
    .replace(INVISIBLE, "")
    .replace(CJK_SEGMENT_BREAK, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

function countNewlines(s: string, end: number): number {
  let n = 0;
  for (let i = s.indexOf("\n"); i >= 0 && i < end; i = s.indexOf("\n", i + 1)) n++;
  return n;
}

/** Maps a character offset (across all chunks) to its 1-based line by binary search over line starts. */
export function lineLocator(source: string | readonly string[]): (offset: number) => number {
  const starts = [0];
  let base = 0;
  for (const chunk of typeof source === "string" ? [source] : source) {
    for (let i = chunk.indexOf("\n"); i >= 0; i = chunk.indexOf("\n", i + 1)) starts.push(base + i + 1);
    base += chunk.length;
  }
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
