// HTML → SourceDocument. Government pages wrap the report in site chrome, and
// many reports are Word exports in which one label is split over dozens of
// <span>/<font>/<o:p> pieces and merged cells use rowspan/colspan. Text outside
// tables becomes one-cell rows (one per block or <br> line); every <tr> of a
// data table becomes a row on a rectangular grid.
import { decodeHTML, decodeHTMLAttribute } from "entities/decode";
import { Tokenizer, type TokenizerCallbacks } from "htmlparser2";
import type { SourceCell, SourceDocument, SourceRow } from "../model/document";
import { isPageFurniture, splitValueLine } from "./pdfTextLine";
import { tabbedRow } from "./textDocument";

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

/** A cell with more running text than this is a layout cell holding the report, not a data cell (in Word files too). */
export const LAYOUT_CELL_CHARS = 300;

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

/**
 * Elements the reader looks at (links: a list of them is site chrome; superscripts: a footnote mark
 * in a cell); any other element is only a wrapper around text.
 */
const STRUCTURE = new Set([...BLOCKS, ...SKIPPED, "table", "caption", "br", "title", "head", "pre", "a", "sup"]);

/**
 * htmlparser2's tokenizer, with the tree rules of its Parser (see TreeBuilder),
 * feeding a slim tree. Comments, CDATA and processing instructions (Word's
 * <![if …]>) are not kept. An inline element that is neither hidden nor chrome
 * (<span>, <font>, <b>, <o:p>, …) is not kept either, its text goes to its
 * parent: Word exports wrap every piece of a label in several of them, and
 * keeping them made most of the tree.
 */
function parseTree(html: string | readonly string[]): Element {
  const chunks = typeof html === "string" ? [html] : html;
  const builder = new TreeBuilder(chunks);
  // Entities are decoded by the builder, only in the text and attributes it keeps: left alone, they
  // let the tokenizer run through text and quoted values to the next `<` or quote in one tight loop.
  const tokenizer = new SkippingTokenizer({ decodeEntities: false }, builder);
  for (const chunk of chunks) tokenizer.write(chunk);
  tokenizer.end();
  builder.endRun();
  return builder.root;
}

/**
 * htmlparser2's Tokenizer, skipping to the character it waits for (the `<` that ends
 * text, the quote that ends a value, the `>` that ends a closing tag) with indexOf
 * instead of its loop over one character at a time: on a Word export, ~7% of the
 * document stage. fastForwardTo is private in the typings, hence defineProperty; it
 * moves `index` to the character's position in the whole text, or to the buffer's
 * last character when the buffer does not hold it, as the Tokenizer's own does.
 */
class SkippingTokenizer extends Tokenizer {}
Object.defineProperty(SkippingTokenizer.prototype, "fastForwardTo", {
  value(this: { buffer: string; index: number; offset: number }, c: number): boolean {
    const at = this.buffer.indexOf(String.fromCharCode(c), this.index + 1 - this.offset);
    if (at !== -1) {
      this.index = at + this.offset;
      return true;
    }
    this.index = this.buffer.length + this.offset - 1;
    return false;
  },
});

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
 * The tag names of most tags in reports (Word's above all), matched in place: slicing out
 * and lower-casing the name of every opening and closing tag made much of the garbage.
 */
const COMMON_TAGS = ["p", "span", "o:p", "td", "tr", "font", "b", "br", "div", "th", "table", "tbody", "a", "strong", "i", "u", "li", "img"];
const COMMON_TAGS_BY_LENGTH: (string[] | undefined)[] = [];
for (const name of COMMON_TAGS) (COMMON_TAGS_BY_LENGTH[name.length] ??= []).push(name);

// The tree rules of htmlparser2 12's Parser in HTML mode, as its tables have them.
const FORM_TAGS = new Set(["input", "option", "optgroup", "select", "button", "datalist", "textarea"]);
const P_TAG = new Set(["p"]);
const HEADING_TAGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6", "p"]);
const TABLE_SECTION_TAGS = new Set(["thead", "tbody"]);
const DD_DT_TAGS = new Set(["dd", "dt"]);
const RT_RP_TAGS = new Set(["rt", "rp"]);
/** The open elements an opening tag closes first (`<td>` closes an open `<td>` or `<th>`). */
const OPEN_IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>([
  ["tr", new Set(["tr", "th", "td"])], ["th", new Set(["th"])], ["td", new Set(["thead", "th", "td"])],
  ["body", new Set(["head", "link", "script"])], ["a", new Set(["a"])], ["li", new Set(["li"])], ["p", P_TAG],
  ["h1", HEADING_TAGS], ["h2", HEADING_TAGS], ["h3", HEADING_TAGS], ["h4", HEADING_TAGS], ["h5", HEADING_TAGS], ["h6", HEADING_TAGS],
  ["select", FORM_TAGS], ["input", FORM_TAGS], ["output", FORM_TAGS], ["button", FORM_TAGS], ["datalist", FORM_TAGS], ["textarea", FORM_TAGS],
  ["option", new Set(["option"])], ["optgroup", new Set(["optgroup", "option"])], ["dd", DD_DT_TAGS], ["dt", DD_DT_TAGS],
  ...["address", "article", "aside", "blockquote", "details", "div", "dl", "fieldset", "figcaption", "figure", "footer", "form",
    "header", "hr", "main", "nav", "ol", "pre", "section", "table", "ul"].map((name) => [name, P_TAG] as const),
  ["rt", RT_RP_TAGS], ["rp", RT_RP_TAGS], ["tbody", TABLE_SECTION_TAGS], ["tfoot", TABLE_SECTION_TAGS],
]);
const VOID_ELEMENTS = new Set([
  "area", "base", "basefont", "br", "col", "command", "embed", "frame", "hr", "img", "input", "isindex", "keygen",
  "link", "meta", "param", "source", "track", "wbr",
]);
const FOREIGN_CONTEXT_ELEMENTS = new Set(["math", "svg"]);
/** HTML inside SVG or MathML, in SVG's casing. */
const HTML_INTEGRATION_ELEMENTS = new Set(["mi", "mo", "mn", "ms", "mtext", "annotation-xml", "foreignObject", "desc", "title"]);
const SVG_TAG_NAMES = new Map(
  [
    "altGlyph", "altGlyphDef", "altGlyphItem", "animateColor", "animateMotion", "animateTransform", "clipPath", "feBlend",
    "feColorMatrix", "feComponentTransfer", "feComposite", "feConvolveMatrix", "feDiffuseLighting", "feDisplacementMap",
    "feDistantLight", "feDropShadow", "feFlood", "feFuncA", "feFuncB", "feFuncG", "feFuncR", "feGaussianBlur", "feImage",
    "feMerge", "feMergeNode", "feMorphology", "feOffset", "fePointLight", "feSpecularLighting", "feSpotLight", "feTile",
    "feTurbulence", "foreignObject", "glyphRef", "linearGradient", "radialGradient", "textPath",
  ].map((name) => [name.toLowerCase(), name]),
);
/** What the innermost open SVG, MathML or HTML integration element makes of its content. */
type ForeignContext = "html" | "svg" | "math";

/**
 * Builds the slim tree from the tokenizer's events, by the tree rules of
 * htmlparser2's Parser (implied end tags, void elements, `</p>` and `</br>`
 * without an opening tag, a second <form> ignored, SVG and MathML), which it
 * replaces: with the Parser in between, each tag went through its generic
 * bookkeeping (an attributes object per element, a stack shifted at the front,
 * the events of a full DOM) and that cost more than the tokenizer itself. The
 * indices an element and a text keep are those the Parser reported. Only the
 * attributes the reader needs are read, matched in place; Word exports carry
 * long style attributes on every <p> and <span>.
 */
class TreeBuilder implements TokenizerCallbacks {
  readonly root: Element = { type: "tag", name: "#root", children: [], startIndex: 0, concealed: false, colspan: undefined, rowspan: undefined };
  // ---- The tree ----
  /** The open elements, innermost last; null for one that was not kept (its children go to the nearest kept one). */
  private readonly open: (Element | null)[] = [this.root];
  private parent: Element = this.root;
  /** Text is merged only with text right before it, never across a tag, so that each piece keeps its start. */
  private lastText: Text | null = null;
  /**
   * The source text of lastText's current run, decoded once the run ends. A run is cut
   * only where the source is: a comment in the middle of `&amp;` leaves `&amp` and `;`
   * apart, as a browser does.
   */
  private run = "";
  private runEnd = -1;
  /** Inside <script>, <style> and the other raw-text elements entities are text. */
  private rawText = false;
  /** Where the text of the last ontext starts (the text of CDATA in SVG keeps it too, as with the Parser). */
  private textStart = 0;

  // ---- The Parser's state ----
  /** Where the current event starts: the Parser's startIndex, which elements and texts keep. */
  private startIndex = 0;
  /** Where the opening tag being read started. */
  private openTagStart = 0;
  /** The opening tag being read; "" for an ignored one (a second <form>). */
  private tagName = "";
  /** Whether the opening tag being read is still to be reported (the Parser's `attribs !== null`). */
  private tagPending = false;
  /** Whether the last opening tag was read in SVG or MathML, where <style> holds markup, not raw text. */
  private openedInForeignContent = false;
  /** The element names of the tree rules' stack, innermost last. */
  private readonly stack: string[] = [];
  private readonly foreignContext: ForeignContext[] = ["html"];

  // ---- Source and attributes ----
  /** Where each chunk starts in the whole text: the tokenizer's indices run across chunks. */
  private readonly starts: number[] = [];
  /** The chunk that held the last index looked up: lookups move forward with the tokenizer. */
  private chunk = 0;
  private attribute: ReadAttribute | null = null;
  private value = "";
  /** The READ_ATTRIBUTES already read on this element, one bit each. */
  private seen = 0;
  private attributes: ReadAttributes = { concealed: false, colspan: undefined, rowspan: undefined };

  constructor(private readonly chunks: readonly string[]) {
    let start = 0;
    for (const chunk of chunks) {
      this.starts.push(start);
      start += chunk.length;
    }
  }

  // ---- Tokenizer events ----

  ontext(start: number, endIndex: number): void {
    this.textStart = start;
    this.addText(this.slice(start, endIndex));
    this.startIndex = endIndex;
  }

  ontextentity(codepoint: number, endIndex: number): void {
    // Only with entities decoded by the tokenizer, which they are not; as the Parser has it.
    this.addText(String.fromCodePoint(codepoint));
    this.startIndex = endIndex;
  }

  isInForeignContext(): boolean {
    return this.foreignContext[this.foreignContext.length - 1] !== "html";
  }

  onopentagname(start: number, endIndex: number): void {
    this.openedInForeignContent = this.isInForeignContext();
    // A tag the tree rules drop (a second <form>) is not reported; its attributes must not reach the next one.
    this.clearAttributes();
    this.openTag(this.readTagName(start, endIndex));
  }

  onopentagend(endIndex: number): void {
    this.endOpenTag();
    this.startIndex = endIndex + 1;
  }

  onselfclosingtag(endIndex: number): void {
    // In HTML, `/>` closes an element only inside SVG or MathML.
    if (this.isInForeignContext()) this.closeCurrentTag();
    else this.endOpenTag();
    this.startIndex = endIndex + 1;
  }

  onclosetag(start: number, endIndex: number): void {
    const name = this.readTagName(start, endIndex);
    if (!VOID_ELEMENTS.has(name)) {
      const at = this.stack.lastIndexOf(name);
      if (at !== -1) {
        while (this.stack.length > at + 1) this.popElement();
        this.popElement();
      } else if (name === "p") {
        // `</p>` without a <p>: an empty paragraph.
        this.openTag("p");
        this.closeCurrentTag();
      }
    } else if (name === "br") {
      // `</br>` is a <br>.
      this.openElement("br");
      this.closeElement();
    }
    this.startIndex = endIndex + 1;
  }

  onattribname(start: number, endIndex: number): void {
    this.startIndex = start;
    this.attribute = this.readAttributeName(start, endIndex);
    this.value = "";
  }

  onattribdata(start: number, endIndex: number): void {
    if (this.attribute !== null) this.value += this.slice(start, endIndex);
  }

  onattribentity(): void {
    // Only with entities decoded by the tokenizer, which they are not: values are decoded in onattribend.
  }

  onattribend(): void {
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

  oncdata(start: number, endIndex: number, endOffset: number): void {
    // HTML has CDATA only inside SVG and MathML; elsewhere it is a comment.
    if (this.isInForeignContext()) this.addText(this.slice(start, endIndex - endOffset));
    this.startIndex = endIndex + 1;
  }

  oncomment(_start: number, endIndex: number): void {
    this.startIndex = endIndex + 1;
  }

  ondeclaration(_start: number, endIndex: number): void {
    this.startIndex = endIndex + 1;
  }

  onprocessinginstruction(_start: number, endIndex: number): void {
    this.startIndex = endIndex + 1;
  }

  onend(): void {
    // The elements still open end here, innermost first.
    for (let i = this.stack.length - 1; i >= 0; i--) this.closeElement();
  }

  // ---- Tree rules ----

  /** The Parser's readTagName: lower-cased, in SVG's casing inside SVG, `image` read as `img` in HTML. */
  private readTagName(start: number, endIndex: number): string {
    const name = this.commonTagName(start, endIndex) ?? this.slice(start, endIndex).toLowerCase();
    const context = this.foreignContext;
    if (context[context.length - 1] === "svg") return SVG_TAG_NAMES.get(name) ?? name;
    if (context.length > 1) {
      // A closing tag of an SVG element inside an HTML integration point.
      const adjusted = SVG_TAG_NAMES.get(name);
      if (adjusted !== undefined && this.stack.includes(adjusted)) return adjusted;
    }
    if (!this.isInForeignContext()) return name === "image" ? "img" : name;
    return name;
  }

  /** The Parser's emitOpenTag; the element is reported once its opening tag ends (endOpenTag). */
  private openTag(name: string): void {
    this.openTagStart = this.startIndex;
    this.tagName = name;
    if (name === "form" && this.stack.includes("form")) {
      this.tagName = "";
      return;
    }
    const impliesClose = OPEN_IMPLIES_CLOSE.get(name);
    if (impliesClose) {
      while (this.stack.length > 0 && impliesClose.has(this.stack[this.stack.length - 1]!)) this.popElement();
    }
    if (!VOID_ELEMENTS.has(name)) {
      this.stack.push(name);
      if (name === "svg" || name === "math") this.foreignContext.push(name);
      else if (HTML_INTEGRATION_ELEMENTS.has(name)) this.foreignContext.push("html");
    }
    this.tagPending = true;
  }

  private endOpenTag(): void {
    this.startIndex = this.openTagStart;
    if (this.tagPending) {
      this.openElement(this.tagName);
      this.tagPending = false;
    }
    if (VOID_ELEMENTS.has(this.tagName)) this.closeElement();
    this.tagName = "";
  }

  private closeCurrentTag(): void {
    const name = this.tagName;
    this.endOpenTag();
    if (this.stack[this.stack.length - 1] === name) this.popElement();
  }

  private popElement(): void {
    const name = this.stack.pop()!;
    if (FOREIGN_CONTEXT_ELEMENTS.has(name) || HTML_INTEGRATION_ELEMENTS.has(name)) this.foreignContext.pop();
    this.closeElement();
  }

  // ---- The slim tree ----

  private openElement(name: string): void {
    this.endRun();
    this.lastText = null;
    this.rawText = RAW_TEXT.has(name) && !this.openedInForeignContent;
    const attributes = this.takeAttributes();
    const concealed = CHROME_TAGS.has(name) || attributes.concealed;
    if (!concealed && !STRUCTURE.has(name) && !isOfficeDrawing(name)) {
      this.open.push(null);
      return;
    }
    const cell = name === "td" || name === "th";
    const el: Element = {
      type: "tag", name, children: [], startIndex: this.startIndex, concealed,
      colspan: cell ? attributes.colspan : undefined, rowspan: cell ? attributes.rowspan : undefined,
    };
    this.parent.children.push(el);
    this.open.push(el);
    this.parent = el;
  }

  private closeElement(): void {
    this.endRun();
    this.lastText = null;
    this.rawText = false;
    if (this.open.length > 1 && this.open.pop() !== null) this.parent = nearestKept(this.open) ?? this.root;
  }

  private addText(data: string): void {
    const start = this.textStart;
    // The tokenizer cuts a run of text at each chunk's end and at a `<` that starts no tag.
    if (this.lastText && start === this.runEnd) this.run += data;
    else {
      this.endRun();
      if (!this.lastText) {
        this.lastText = { type: "text", data: "", startIndex: this.startIndex };
        this.parent.children.push(this.lastText);
      }
      this.run = data;
    }
    this.runEnd = start + data.length;
  }

  endRun(): void {
    if (this.lastText && this.run !== "") this.lastText.data += this.rawText ? this.run : decodeEntities(this.run);
    this.run = "";
  }

  /** The attributes of the element just opened; they are cleared for the next one. */
  private takeAttributes(): ReadAttributes {
    const attributes = this.attributes;
    this.clearAttributes();
    return attributes;
  }

  private clearAttributes(): void {
    if (this.seen === 0) return;
    this.seen = 0;
    this.attributes = { concealed: false, colspan: undefined, rowspan: undefined };
  }

  // ---- Reading the source in place ----

  /** Which of COMMON_TAGS the name at [start, end) is (ASCII case-insensitively), if any. */
  private commonTagName(start: number, end: number): string | null {
    const candidates = COMMON_TAGS_BY_LENGTH[end - start];
    if (candidates === undefined) return null;
    names: for (const name of candidates) {
      for (let i = 0; i < name.length; i++) {
        const c = this.charCodeAt(start + i);
        const lower = name.charCodeAt(i);
        // An upper-case letter folds to its lower case, any other character must be the same.
        if (c !== lower && !(lower >= 0x61 && lower <= 0x7a && c === lower - 0x20)) continue names;
      }
      return name;
    }
    return null;
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
    if ((el.concealed || isLinkList(el)) && !holdsReportContent(el)) return;
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
    const raw = this.parts.join("");
    const line = this.firstLine;
    this.parts = [];
    this.firstLine = null;
    // Preformatted text keeps its tabs: a line with tabs between its words is a table row typed
    // as text, as in a text file (a text file saved as a web page is one <pre>).
    const tabbed = this.preformatted > 0 ? tabbedRow(raw, line) : null;
    if (tabbed) {
      this.rows.push(tabbed);
      return;
    }
    const text = normalizeText(raw);
    // A table pasted into a CMS editor as text: one <p> per row, cells apart by spaces.
    // A page converted from a PDF keeps its page numbers ("- 2 -") between the parts of a table.
    if (text && !isPageFurniture(text)) this.rows.push({ cells: splitValueLine(text, line) ?? [{ text, line }] });
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

/** A row's cells; a hidden one (`display:none`, a page's duplicate of the cell beside it) is no cell. */
function cellsOf(tr: Element): Element[] {
  return tr.children.filter((c): c is Element => c.type === "tag" && (c.name === "td" || c.name === "th") && !c.concealed);
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
  return isWrappedNumber(state.text) ? state.text.replace(/\s+/g, "") : normalizeText(state.text);
}

/**
 * Digits alone on the lines of a narrow cell, as PDF-to-Word converters write a number that wrapped
 * (`<p>103</p><p>1</p>`): the first line full, of two digits or more, and none after it longer. A cell
 * holds one value; `1<br>1` is no wrap and stays two pieces.
 */
function isWrappedNumber(text: string): boolean {
  if (!WRAPPED_DIGITS.test(text)) return false;
  const pieces = text.trim().split(/\s+/);
  return pieces[0]!.length >= 2 && pieces.every((p) => p.length <= pieces[0]!.length);
}

/** Digits broken over lines, and nothing else. */
const WRAPPED_DIGITS = /^\s*\d+(?:[ \t\r]*\n\s*\d+)+\s*$/;

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
  // A footnote mark stays apart from the number it follows: `1315<sup>1</sup>` is 1315[1], not 13151.
  if (node.name === "sup") {
    const mark = textOf(node).trim();
    if (mark !== "") {
      state.started = true;
      appendPiece(`[${mark}]`, state);
    }
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

/**
 * A list whose every item is a link (`<li><a>…2020年度政府信息公开工作年度报告</a><span>2021-01-20</span>`):
 * a site's list of other pages, which names other reports, years and agencies.
 */
function isLinkList(el: Element): boolean {
  if (el.name !== "ul" && el.name !== "ol") return false;
  let items = 0;
  for (const child of el.children) {
    if (child.type !== "tag") continue;
    if (child.name !== "li" || !containsTag(child, "a")) return false;
    items++;
  }
  return items >= 2;
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
