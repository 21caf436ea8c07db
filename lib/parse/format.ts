// What kind of file a report is, decided before any text is read: too large,
// empty, binary, a DOCX or PDF (recognised by their magic bytes, read by another
// path), or text that is HTML, Markdown or plain. A file that is no document the
// parser reads (an image, an archive, a spreadsheet, OFD) is named as what it is.
// Every failure names the file.
import type { ParseFailure } from "../model";

export const MAX_BYTES = 20 * 1024 * 1024;
const SAMPLE = 64 * 1024;

export type TextFormat = "text" | "html" | "markdown" | "wordml";
/** Formats with a reader of their own rather than a text decoder (RTF is ASCII, but its own grammar). */
export type BinaryFormat = "docx" | "doc" | "rtf" | "odt" | "pdf";

export type Sniffed = { ok: true; kind: "text" } | { ok: true; kind: BinaryFormat } | { ok: false; failure: ParseFailure };

export function failure(file: string, code: string, message: string): ParseFailure {
  return { file, error: { code, message: `${file}: ${message}` } };
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false;
  return true;
}

function containsAscii(bytes: Uint8Array, needle: string, limit: number): boolean {
  const end = Math.min(bytes.length, limit) - needle.length;
  const first = needle.charCodeAt(0);
  outer: for (let i = 0; i <= end; i++) {
    if (bytes[i] !== first) continue;
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle.charCodeAt(j)) continue outer;
    return true;
  }
  return false;
}

/** The control bytes text may hold: tab, line feed, form feed, carriage return and escape, one bit each. */
const TEXT_CONTROLS = (1 << 0x09) | (1 << 0x0a) | (1 << 0x0c) | (1 << 0x0d) | (1 << 0x1b);

/** NUL bytes (at even and odd offsets) and other control bytes than TEXT_CONTROLS, in the first `end` bytes. */
export function countControlBytes(bytes: Uint8Array, end: number): { even: number; odd: number; control: number } {
  let control = 0;
  let even = 0;
  let odd = 0;
  const words = new DataView(bytes.buffer, bytes.byteOffset, end);
  for (let i = 0; i < end; i += 4) {
    // Four bytes at a time: a word with no byte below 0x20 is passed over at once (the
    // "has a byte less than n" bit trick). Most words of text are; checking byte by byte
    // took 0.1 ms on a Word-exported page.
    if (i + 4 <= end) {
      const word = words.getUint32(i, true);
      if (((word - 0x20202020) & ~word & 0x80808080) === 0) continue;
    }
    for (let k = i; k < i + 4 && k < end; k++) {
      const b = bytes[k] as number;
      if (b >= 0x20) continue;
      if (b === 0) {
        if (k & 1) odd++;
        else even++;
      } else if (((TEXT_CONTROLS >>> b) & 1) === 0) control++;
    }
  }
  return { even, odd, control };
}

/** NUL bytes or control bytes other than tab, line breaks, form feed and escape, in the first 64 KB. */
function looksBinary(bytes: Uint8Array): boolean {
  // UTF-16 text is full of NUL bytes; its BOM says so.
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return false;
  const end = Math.min(bytes.length, SAMPLE);
  const { even, odd, control } = countControlBytes(bytes, end);
  if (even + odd > 0) {
    // UTF-16 without a BOM: NULs on one side of (nearly) every ASCII pair, none on the other.
    const half = end / 2;
    const utf16 = (even > half * 0.3 && odd < half * 0.01) || (odd > half * 0.3 && even < half * 0.01);
    if (!utf16) return true;
  }
  return control > end * 0.02;
}

const READ_AS_DOCUMENT = "the parser reads reports as documents (Word, WPS, PDF, web page, text)";
const SCAN = "not text: a scanned report needs OCR first, then its text can be read";
const UNPACK = "if it holds reports, unpack it into the reports folder";

/** ZIP packages other than Word and OpenDocument text, told apart by an entry they hold. */
const ZIP_KINDS: readonly { entry: string; what: string }[] = [
  { entry: "xl/workbook.xml", what: `an Excel workbook (.xlsx); ${READ_AS_DOCUMENT}, not spreadsheets` },
  { entry: "ppt/presentation.xml", what: `a PowerPoint presentation (.pptx); ${READ_AS_DOCUMENT}` },
  { entry: "opendocument.spreadsheet", what: `an OpenDocument spreadsheet; ${READ_AS_DOCUMENT}, not spreadsheets` },
  { entry: "opendocument.presentation", what: `an OpenDocument presentation; ${READ_AS_DOCUMENT}` },
  // OFD, China's fixed-layout format (GB/T 33190), names its root OFD.xml.
  { entry: "OFD.xml", what: "an OFD document, which the parser does not read; save or print it as PDF" },
];

/** Files that are no document at all, by their first bytes: what they are, and what to do. */
const NOT_DOCUMENTS: readonly { magic: readonly number[]; what: string }[] = [
  { magic: [0xff, 0xd8, 0xff], what: `an image (JPEG), ${SCAN}` },
  { magic: [0x89, 0x50, 0x4e, 0x47], what: `an image (PNG), ${SCAN}` },
  { magic: [0x47, 0x49, 0x46, 0x38], what: `an image (GIF), ${SCAN}` },
  { magic: [0x49, 0x49, 0x2a, 0x00], what: `an image (TIFF), ${SCAN}` },
  { magic: [0x4d, 0x4d, 0x00, 0x2a], what: `an image (TIFF), ${SCAN}` },
  { magic: [0x52, 0x61, 0x72, 0x21], what: `a RAR archive; ${UNPACK}` },
  { magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: `a 7-Zip archive; ${UNPACK}` },
  { magic: [0x1f, 0x8b], what: `a gzip archive; ${UNPACK}` },
];

/** Decides from the bytes alone whether the file can be read, and as what. */
export function sniffBytes(file: string, bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return { ok: false, failure: failure(file, "empty", "the file is empty") };
  if (bytes.length > MAX_BYTES) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1);
    return { ok: false, failure: failure(file, "too-large", `the file is ${mb} MB; reports larger than 20 MB are not read`) };
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return { ok: true, kind: "pdf" };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (containsAscii(bytes, "word/", SAMPLE * 4)) return { ok: true, kind: "docx" };
    // An OpenDocument package names its type in its first, stored entry (mimetype).
    if (containsAscii(bytes, "application/vnd.oasis.opendocument.text", 256)) return { ok: true, kind: "odt" };
    const what = ZIP_KINDS.find((k) => containsAscii(bytes, k.entry, SAMPLE * 4))?.what ?? `a ZIP archive that is not a Word (.docx) or OpenDocument text (.odt) document; ${UNPACK}`;
    return { ok: false, failure: failure(file, "unsupported-format", what) };
  }
  const other = NOT_DOCUMENTS.find((k) => startsWith(bytes, k.magic));
  if (other) return { ok: false, failure: failure(file, "unsupported-format", other.what) };
  // An OLE compound file: Word 97–2003 is read; what else it may hold (.xls, .ppt) is told by its reader.
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return { ok: true, kind: "doc" };
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return { ok: true, kind: "rtf" };
  if (looksBinary(bytes)) return { ok: false, failure: failure(file, "binary", "binary data, not text") };
  return { ok: true, kind: "text" };
}

const HTML_EXT = /\.(?:html?|xhtml|shtml)$/i;
const MARKDOWN_EXT = /\.(?:md|markdown)$/i;
/** Word's single-file XML: `<?xml …?><?mso-application progid="Word.Document"?><w:wordDocument …>` (2003) or `<pkg:package …>` (2007). */
const WORD_XML = /^\s*<\?xml[^>]*>\s*(?:<\?[^>]*>\s*)*<(?:w:wordDocument|pkg:package)[\s>]/;
const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<\?xml[^>]*>\s*<html)/i;
const HTML_TABLE = /<table[\s>]/i;
/** A pipe table's delimiter row, also as written with full-width pipes, dashes and colons. */
const PIPE_SEPARATOR = /^[ \t]*[|｜]?[ \t]*[:：]?[-－—]{3,}[:：]?[ \t]*(?:[|｜][ \t]*[:：]?[-－—]{3,}[:：]?[ \t]*)+[|｜]?[ \t]*\r?$/m;

const DASHES = /[-－—=]{3}/;
const PIPE = /[|｜]/;
/**
 * A pipe table without its delimiter row, as OCR tools and converters of web pages write them
 * (`行政许可 | 5691 |`), is read as Markdown: two lines running with a pipe, numbers in cells of
 * their own on PIPED_NUMBER_LINES lines or more, and no value after a tab. A page's footer
 * (`网站地图 | 联系我们 | 2023 |`) below a table pasted as text has a line or two of them at most.
 */
const PIPE_ROWS = /^[^\n|｜]*[|｜][^\n]*\n[^\n|｜]*[|｜]/m;
const PIPED_NUMBER_LINE = /^(?:[^\n]*[|｜])?[ \t]*[0-9０-９][0-9０-９,.]*[ \t]*[|｜][^\n]*$/gm;
const PIPED_NUMBER_LINES = 5;
const TAB_VALUE = /\t[ ]*[0-9０-９]/;
const BOX_CORNER = /[┌├╞╔┏╒╟]/;

/** A match may straddle two chunks of decoded text; this much of the previous one is searched again. */
const CHUNK_OVERLAP = 256;

/** A grid table's border (`+----+----+`, `├──┼──┤`): converters' plain-text tables, read as Markdown. */
const GRID_BORDER = /^[ \t]*(?:\+[-=:]{3,})+\+[ \t]*\r?$|^[ \t]*[┌├╞╔┏╒╟][─━═┬┼╪╤╦┳╋╫ \t]{2,}[┐┤╡╗┓╕╢][ \t]*\r?$/m;

/** HTML, Markdown or plain text: by the file name first, then by the content (whole, or in the decoder's chunks). */
export function textFormat(file: string, text: string | readonly string[]): TextFormat {
  if (HTML_EXT.test(file)) return "html";
  if (MARKDOWN_EXT.test(file)) return "markdown";
  const chunks = typeof text === "string" ? [text] : text;
  const head = (chunks[0] ?? "").slice(0, 4096);
  if (WORD_XML.test(head)) return "wordml";
  if (HTML_START.test(head) || anyChunk(chunks, HTML_TABLE)) return "html";
  // Both need a run of three dashes or a box-drawing corner; most plain text has neither, and is not searched.
  if (anyChunk(chunks, DASHES) && (anyChunk(chunks, PIPE_SEPARATOR) || anyChunk(chunks, GRID_BORDER))) return "markdown";
  if (anyChunk(chunks, BOX_CORNER) && anyChunk(chunks, GRID_BORDER)) return "markdown";
  if (anyChunk(chunks, PIPE) && anyChunk(chunks, PIPE_ROWS) && !anyChunk(chunks, TAB_VALUE) && countLines(chunks, PIPED_NUMBER_LINE) >= PIPED_NUMBER_LINES) {
    return "markdown";
  }
  return "text";
}

/** Lines matching a global, multiline `pattern`, chunk by chunk (a line split between two chunks may be missed). */
function countLines(chunks: readonly string[], pattern: RegExp): number {
  let count = 0;
  for (const chunk of chunks) count += chunk.match(pattern)?.length ?? 0;
  return count;
}

function anyChunk(chunks: readonly string[], pattern: RegExp): boolean {
  return chunks.some((chunk, i) => pattern.test(i === 0 ? chunk : chunks[i - 1]!.slice(-CHUNK_OVERLAP) + chunk));
}
