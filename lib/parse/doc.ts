// Word 97–2003 (.doc) → SourceDocument. Government sites still publish many reports
// as .doc attachments. The file is an OLE compound file (read with the `cfb`
// package); the text and the table structure come from the binary format itself
// ([MS-DOC]): the piece table gives the text, and the paragraph properties of each
// paragraph mark say whether it sits in a table cell and whether it ends a row.
// Text alone cannot tell an empty cell from a row's end, both being a cell mark.
//
// Line numbers: the body's paragraphs and table rows counted in document order from
// 1 (a paragraph inside a table cell does not count; its row does), as for DOCX.
import * as CFB from "cfb";
import type { SourceDocument } from "../model/document";
import { paragraphsToDocument, type Paragraph } from "./wordParagraphs";

export class DocFormatError extends Error {
  readonly code = "unsupported-format";
}

const PARAGRAPH_END = 0x0d;
const CELL_MARK = 0x07;
const PAGE_BREAK = 0x0c;
const LINE_BREAK = 0x0b;
const FIELD_BEGIN = 0x13;
const FIELD_SEPARATOR = 0x14;
const FIELD_END = 0x15;

/** Paragraph properties that place a paragraph in a table ([MS-DOC] 2.6.2). */
const SPRM_IN_TABLE = 0x2416;
const SPRM_ROW_END = 0x2417;
const SPRM_TABLE_DEPTH = 0x6649;
const SPRM_INNER_CELL_END = 0x244b;
const SPRM_INNER_ROW_END = 0x244c;
/** Properties too long for their page are kept in the Data stream; this points there. */
const SPRM_HUGE_PROPERTIES = 0x6646;

interface Piece {
  cpStart: number;
  cpEnd: number;
  /** Byte offset of the piece's first character in the WordDocument stream. */
  fc: number;
  /** One byte per character (Windows-1252) rather than UTF-16. */
  compressed: boolean;
}

interface ParagraphProps {
  /** 0 out of any table, 1 in a table, 2 in a table nested in a cell, … */
  depth: number;
  /** Its mark ends a row (of a table at its depth). */
  rowEnd: boolean;
  /** Its mark ends a cell of a nested table (the outer table's cells end with a cell mark). */
  innerCellEnd: boolean;
}

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;

function stream(container: CFB.CFB$Container, name: string): Uint8Array | undefined {
  const entry = CFB.find(container, name);
  const content = entry?.content as ArrayLike<number> | undefined;
  if (!content || content.length === 0) return undefined;
  return content instanceof Uint8Array ? content : Uint8Array.from(content);
}

function slice(b: Uint8Array, at: number, length: number, what: string): Uint8Array {
  if (at + length > b.length || length < 0) throw new DocFormatError(`damaged Word document (${what} lies outside its stream)`);
  return b.subarray(at, at + length);
}

/** The piece table (Clx): where each run of characters is stored and how. */
function readPieces(table: Uint8Array, fcClx: number, lcbClx: number): Piece[] {
  const clx = slice(table, fcClx, lcbClx, "the piece table");
  let at = 0;
  // Prc entries (formatting of pieces) come first; the Pcdt follows.
  while (at < clx.length && clx[at] === 0x01) at += 3 + u16(clx, at + 1);
  if (clx[at] !== 0x02) throw new DocFormatError("damaged Word document (no piece table)");
  const plc = slice(clx, at + 5, u32(clx, at + 1), "the piece table");
  const count = (plc.length - 4) / 12;
  if (!Number.isInteger(count) || count < 1) throw new DocFormatError("damaged Word document (malformed piece table)");
  const pieces: Piece[] = [];
  for (let i = 0; i < count; i++) {
    const raw = u32(plc, 4 * (count + 1) + 8 * i + 2);
    const compressed = (raw & 0x40000000) !== 0;
    const fc = raw & 0x3fffffff;
    pieces.push({ cpStart: u32(plc, 4 * i), cpEnd: u32(plc, 4 * (i + 1)), fc: compressed ? fc / 2 : fc, compressed });
  }
  return pieces;
}

/** Compressed pieces store each character in one byte, as Windows-1252 does. */
const CP1252 = new TextDecoder("windows-1252");
const UTF16 = new TextDecoder("utf-16le");

function pieceText(word: Uint8Array, piece: Piece): string {
  const chars = piece.cpEnd - piece.cpStart;
  if (piece.compressed) return CP1252.decode(slice(word, piece.fc, chars, "a piece of text"));
  return UTF16.decode(slice(word, piece.fc, chars * 2, "a piece of text"));
}

/** Size of a property's operand at `at` (the byte after its 2-byte id), by its spra bits. */
function operandSize(sprm: number, grpprl: Uint8Array, at: number): number {
  switch (sprm >> 13) {
    case 0:
    case 1:
      return 1;
    case 2:
    case 4:
    case 5:
      return 2;
    case 3:
      return 4;
    case 7:
      return 3;
    default:
      // sprmTDefTable's length is a 2-byte count of the remainder plus one.
      if (sprm === 0xd608) return 1 + u16(grpprl, at);
      return 1 + (grpprl[at] ?? 0);
  }
}

function readProps(grpprl: Uint8Array, data: Uint8Array | undefined): ParagraphProps {
  let inTable = false;
  let depth: number | undefined;
  let rowEnd = false;
  let innerRowEnd = false;
  let innerCellEnd = false;
  for (let at = 0; at + 2 <= grpprl.length; ) {
    const sprm = u16(grpprl, at);
    at += 2;
    if (sprm === SPRM_IN_TABLE) inTable = grpprl[at] === 1;
    else if (sprm === SPRM_ROW_END) rowEnd = grpprl[at] === 1;
    else if (sprm === SPRM_TABLE_DEPTH) depth = u32(grpprl, at);
    else if (sprm === SPRM_INNER_CELL_END) innerCellEnd = grpprl[at] === 1;
    else if (sprm === SPRM_INNER_ROW_END) innerRowEnd = grpprl[at] === 1;
    else if (sprm === SPRM_HUGE_PROPERTIES && data) {
      const offset = u32(grpprl, at);
      return readProps(slice(data, offset + 2, u16(slice(data, offset, 2, "paragraph properties"), 0), "paragraph properties"), undefined);
    }
    at += operandSize(sprm, grpprl, at);
  }
  const level = depth ?? (inTable ? 1 : 0);
  return { depth: level, rowEnd: level === 1 ? rowEnd : level > 1 && innerRowEnd, innerCellEnd };
}

const NOT_IN_TABLE: ParagraphProps = { depth: 0, rowEnd: false, innerCellEnd: false };

/**
 * The paragraph properties of the paragraph whose mark is at byte `fc`: found through
 * the bin table (PlcBtePapx) in a 512-byte formatted-disk page (PapxFkp).
 */
function paragraphPropsReader(word: Uint8Array, table: Uint8Array, data: Uint8Array | undefined, fcPlc: number, lcbPlc: number): (fc: number) => ParagraphProps {
  const plc = slice(table, fcPlc, lcbPlc, "the paragraph properties");
  const count = (plc.length - 4) / 8;
  if (!Number.isInteger(count)) throw new DocFormatError("damaged Word document (malformed paragraph properties)");
  const pages = new Map<number, Uint8Array>();
  return (fc) => {
    let i = 0;
    while (i < count && u32(plc, 4 * (i + 1)) <= fc) i++;
    if (i >= count || u32(plc, 4 * i) > fc) return NOT_IN_TABLE;
    const pn = u32(plc, 4 * (count + 1) + 4 * i) & 0x3fffff;
    let fkp = pages.get(pn);
    if (!fkp) pages.set(pn, (fkp = slice(word, pn * 512, 512, "a page of paragraph properties")));
    const runs = fkp[511]!;
    let run = 0;
    while (run < runs && u32(fkp, 4 * (run + 1)) <= fc) run++;
    if (run >= runs) return NOT_IN_TABLE;
    const offset = fkp[4 * (runs + 1) + 13 * run]! * 2;
    if (offset === 0) return NOT_IN_TABLE;
    const cb = fkp[offset]!;
    const start = cb === 0 ? offset + 2 : offset + 1;
    const length = cb === 0 ? 2 * fkp[offset + 1]! : 2 * cb - 1;
    // The first two bytes are the paragraph's style; the properties follow.
    return readProps(fkp.subarray(start + 2, Math.min(512, start + length)), data);
  };
}

/** A character of the body's text with the byte offset that its properties are keyed by. */
interface Char {
  code: number;
  fc: number;
}

function* bodyChars(word: Uint8Array, pieces: readonly Piece[], ccpText: number): Generator<Char> {
  for (const piece of pieces) {
    if (piece.cpStart >= ccpText) break;
    const text = pieceText(word, piece);
    const end = Math.min(text.length, ccpText - piece.cpStart);
    const width = piece.compressed ? 1 : 2;
    for (let i = 0; i < end; i++) yield { code: text.charCodeAt(i), fc: piece.fc + i * width };
  }
}

/**
 * Field codes (between a field's begin and separator marks: `PAGE`, `HYPERLINK "…"`) are
 * dropped, its shown result kept; anchors of pictures, footnotes and comments are dropped.
 */
function printable(code: number): string {
  if (code === 0x09) return "\t";
  if (code === 0xa0 || code === 0x3000) return " ";
  if (code === 0x1e) return "-";
  if (code < 0x20) return "";
  return String.fromCharCode(code);
}

export function docToDocument(bytes: Uint8Array): SourceDocument {
  let container: CFB.CFB$Container;
  try {
    // cfb reads a Node Buffer some twenty times faster than a Uint8Array, which it copies
    // into plain arrays (the only way it has in a browser).
    const input = typeof Buffer === "function" ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : bytes;
    container = CFB.read(input, { type: "buffer" });
  } catch (error) {
    throw new DocFormatError(`not a Word 97–2003 document (unreadable compound file: ${(error as Error).message})`);
  }
  const word = stream(container, "WordDocument");
  if (!word) {
    const kind = CFB.find(container, "Workbook") || CFB.find(container, "Book") ? "an Excel workbook" : CFB.find(container, "PowerPoint Document") ? "a PowerPoint file" : "an Office file of another kind";
    throw new DocFormatError(`${kind}, not a Word document`);
  }
  if (word.length < 0x1aa || u16(word, 0) !== 0xa5ec) throw new DocFormatError("not a Word 97–2003 document (no Word header)");
  const nFib = u16(word, 2);
  const flags = u16(word, 0x0a);
  if (nFib < 101) throw new DocFormatError("a Word 6.0/95 document; save it as .docx");
  if (flags & 0x0100) throw new DocFormatError("an encrypted Word document; remove its password and save it again");
  const table = stream(container, flags & 0x0200 ? "1Table" : "0Table");
  if (!table) throw new DocFormatError("damaged Word document (no table stream)");
  const pieces = readPieces(table, u32(word, 0x1a2), u32(word, 0x1a6));
  const propsAt = paragraphPropsReader(word, table, stream(container, "Data"), u32(word, 0x102), u32(word, 0x106));
  return paragraphsToDocument(paragraphsOf(bodyChars(word, pieces, u32(word, 0x4c)), propsAt), "doc");
}

/** The body's paragraphs, field codes dropped (their shown results kept). */
function paragraphsOf(chars: Iterable<Char>, propsAt: (fc: number) => ParagraphProps): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const fields: boolean[] = [];
  let text = "";
  const end = (mark: number, props: ParagraphProps) => {
    // The outer table's cells and rows end with a cell mark, a nested table's with a paragraph mark.
    const outer = props.depth === 1 && mark === CELL_MARK;
    const rowEnd = props.depth > 0 && (outer || props.depth > 1) && props.rowEnd;
    const cellEnd = !rowEnd && (outer || (props.depth > 1 && props.innerCellEnd));
    paragraphs.push({ text, depth: props.depth, cellEnd, rowEnd });
    text = "";
  };
  for (const { code, fc } of chars) {
    if (code === FIELD_BEGIN) fields.push(false);
    else if (code === FIELD_SEPARATOR) fields[fields.length - 1] = true;
    else if (code === FIELD_END) fields.pop();
    else if (fields.length > 0 && !fields[fields.length - 1]) continue;
    else if (code === PARAGRAPH_END || code === CELL_MARK) end(code, propsAt(fc));
    else if (code === PAGE_BREAK) end(code, NOT_IN_TABLE);
    else if (code === LINE_BREAK) text += "\n";
    else text += printable(code);
  }
  if (text) end(PARAGRAPH_END, NOT_IN_TABLE);
  return paragraphs;
}
