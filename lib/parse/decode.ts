// Bytes → text. Chinese government pages come as UTF-8, GBK/GB2312 (often
// declared, sometimes not, sometimes declared wrongly) and now and then UTF-16.
// Order: BOM, then a declared charset (HTML/XML), then strict UTF-8, then
// detection. GBK and GB2312 are decoded as GB18030, their superset, so that a
// character outside GB2312 in a "gb2312" page still decodes.
//
// The text comes out in chunks of at most CHUNK_BYTES code units. V8 puts a
// string of 128 KB or more in its large-object space, and allocating one costs
// about a millisecond here (page faults in the VM): a 90 KB Word-exported page
// took longer to decode than to parse. Readers that can stream (HTML) take the
// chunks; the others join them.
import { analyse } from "chardet";

export interface DecodedText {
  text: string;
  /** The decoder actually used (WHATWG name): `utf-8`, `gb18030`, `utf-16le`, … */
  encoding: string;
}

export interface DecodedChunks {
  /** The text in order; each piece is below V8's large-object size. */
  chunks: string[];
  encoding: string;
}

/** Bytes per decoded piece: at most that many UTF-16 code units, 64 KB, well under V8's 128 KB large-object threshold. */
const CHUNK_BYTES = 32 * 1024;

/** How many leading bytes are searched for `<meta charset>` or `<?xml encoding>`. */
const SNIFF_BYTES = 4096;

const GB_LABELS = new Set(["gb2312", "gbk", "x-gbk", "gb18030", "cp936", "windows-936", "ms936", "euc-cn", "chinese", "csgb2312", "iso-ir-58", "gb_2312", "gb_2312-80", "x-euc-cn", "hz-gb-2312"]);

export function decodeBytes(bytes: Uint8Array): DecodedText {
  const { chunks, encoding } = decodeChunks(bytes);
  return { text: chunks.join(""), encoding };
}

/** `outerCharset`: a charset declared outside the bytes (an MHTML part's header), taken where the bytes declare none. */
export function decodeChunks(bytes: Uint8Array, outerCharset: string | null = null): DecodedChunks {
  const bom = bomEncoding(bytes);
  if (bom) return { chunks: decodeWith(bom, bytes), encoding: bom };

  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { chunks: decodeWith(utf16, bytes), encoding: utf16 };

  const utf8 = strictUtf8(bytes);
  const declared = declaredCharset(bytes) ?? (outerCharset === null ? null : decoderFor(outerCharset.toLowerCase()));
  // Latin-1 (iso-8859-1, us-ascii: windows-1252 to a decoder) is a page template's default, never the
  // charset of a Chinese report: its bytes are taken for UTF-8 or detected, as if nothing were declared.
  if (declared && declared !== "windows-1252") {
    // A page that declares a legacy charset but is valid, non-ASCII UTF-8 was
    // re-saved without updating the template: GB bytes almost never form valid
    // UTF-8 across a whole document, so the bytes win over the label.
    if (utf8 !== null && (declared === "utf-8" || hasNonAscii(bytes))) return { chunks: utf8, encoding: "utf-8" };
    if (declared !== "utf-8") return { chunks: decodeWith(declared, bytes), encoding: declared };
  }
  if (utf8 !== null) return { chunks: utf8, encoding: "utf-8" };

  const detected = detectLegacy(bytes);
  return { chunks: decodeWith(detected, bytes), encoding: detected };
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

/** UTF-16 without a BOM shows as NUL bytes on one side only (ASCII markup, digits). */
function utf16WithoutBom(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, 2048) & ~1;
  if (n < 8) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  // CJK code units such as U+5F00 put a NUL on the other side now and then.
  if (oddZeros > pairs * 0.1 && evenZeros * 4 < oddZeros) return "utf-16le";
  if (evenZeros > pairs * 0.1 && oddZeros * 4 < evenZeros) return "utf-16be";
  return null;
}

/** Strict UTF-8, tolerating only a sequence cut off at the very end (a truncated download). */
function strictUtf8(bytes: Uint8Array): string[] | null {
  if (firstSequenceBreaksUtf8(bytes)) return null;
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const chunks: string[] = [];
  try {
    for (let at = 0; at < bytes.length; at += CHUNK_BYTES) chunks.push(decoder.decode(bytes.subarray(at, at + CHUNK_BYTES), { stream: true }));
  } catch {
    return null;
  }
  try {
    chunks.push(decoder.decode());
  } catch {
    chunks.push("\uFFFD");
  }
  return chunks.filter((chunk) => chunk !== "");
}

/**
 * Whether the first non-ASCII byte sequence is already invalid UTF-8 (by the WHATWG
 * decoder's rules). A GBK page breaks UTF-8 at its first Chinese character; seeing
 * that here spares a fatal decoder's run over the page and its exception, which
 * took about half of decoding such a page. A sequence cut off by the end is left
 * to the decoder.
 */
function firstSequenceBreaksUtf8(bytes: Uint8Array): boolean {
  let at = 0;
  while (at < bytes.length && bytes[at]! < 0x80) at++;
  if (at === bytes.length) return false;
  const lead = bytes[at]!;
  // How many continuation bytes follow the lead, and the range of the first one.
  let count: number;
  let low = 0x80;
  let high = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) count = 1;
  else if (lead >= 0xe0 && lead <= 0xef) {
    count = 2;
    if (lead === 0xe0) low = 0xa0;
    if (lead === 0xed) high = 0x9f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    count = 3;
    if (lead === 0xf0) low = 0x90;
    if (lead === 0xf4) high = 0x8f;
  } else return true;
  for (let i = 1; i <= count; i++) {
    const byte = bytes[at + i];
    if (byte === undefined) return false;
    if (byte < low || byte > high) return true;
    low = 0x80;
    high = 0xbf;
  }
  return false;
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

const META_CHARSET = /^<meta\b[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.-]+)/i;
const XML_ENCODING = /^<\?xml\b[^>]*?encoding\s*=\s*["']([a-z0-9_:.-]+)["']/i;

/** The charset a page declares in its first bytes, as a decoder name this runtime supports. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const label = declaredLabel(bytes.subarray(0, SNIFF_BYTES));
  return label === null ? null : decoderFor(label);
}

/** A charset label as a decoder name this runtime supports. */
function decoderFor(label: string): string | null {
  if (GB_LABELS.has(label)) return "gb18030";
  // An ASCII-compatible page cannot really be UTF-16; browsers read it as UTF-8 too.
  if (label.startsWith("utf-16") || label === "unicode") return "utf-8";
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

/**
 * The first `<meta … charset=…>`, else the first `<?xml … encoding=…?>`. Only the
 * tags that can declare a charset are turned into text: decoding the whole head
 * cost more than the rest of reading a plain-text report.
 */
function declaredLabel(head: Uint8Array): string | null {
  let xml: string | null = null;
  for (let at = head.indexOf(LT); at >= 0; at = head.indexOf(LT, at + 1)) {
    const isMeta = startsWithWord(head, at + 1, "meta");
    if (!isMeta && !(xml === null && startsWithWord(head, at + 1, "?xml"))) continue;
    const end = head.indexOf(GT, at);
    const tag = byteString(head.subarray(at, end < 0 ? head.length : end + 1));
    const match = (isMeta ? META_CHARSET : XML_ENCODING).exec(tag);
    if (!match) continue;
    const label = match[1]!.toLowerCase();
    if (isMeta) return label;
    xml = label;
  }
  return xml;
}

const LT = 0x3c;
const GT = 0x3e;

/** ASCII `word` at `at`, case-insensitively (only letters are folded). */
function startsWithWord(bytes: Uint8Array, at: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    const byte = bytes[at + i];
    if (byte === undefined || (code >= 0x61 && code <= 0x7a ? byte | 0x20 : byte) !== code) return false;
  }
  return true;
}

/**
 * Bytes as a string of one character each (Latin-1), in no charset: for finding ASCII
 * markup (a tag, MIME headers, RTF control words) in bytes whose charset is not known yet.
 */
export function byteString(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return out;
}

/**
 * Not UTF-8 and nothing declared: almost always GBK in this corpus. Big5 is
 * taken only when the detector clearly prefers it, since short GBK samples
 * also score as Korean or Japanese.
 */
function detectLegacy(bytes: Uint8Array): string {
  const matches = analyse(bytes.subarray(0, 64 * 1024));
  const score = (name: string) => matches.find((m) => m.name === name)?.confidence ?? 0;
  if (score("Big5") > score("GB18030") + 20) return "big5";
  return "gb18030";
}

function decodeWith(encoding: string, bytes: Uint8Array): string[] {
  const decoder = new TextDecoder(encoding);
  const chunks: string[] = [];
  for (let at = 0; at < bytes.length; at += CHUNK_BYTES) chunks.push(decoder.decode(bytes.subarray(at, at + CHUNK_BYTES), { stream: true }));
  chunks.push(decoder.decode());
  return chunks.filter((chunk) => chunk !== "");
}
