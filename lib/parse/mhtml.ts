// MHTML (.mht, .mhtml) → the web pages inside it. A browser's "save as a single file"
// and Word's "single file web page" (often named .doc) wrap the page in a MIME
// multipart/related message: the HTML is quoted-printable or base64 and keeps its own
// bytes (a GBK page stays GBK, its charset declared in its <meta> or the part's header).
// Every text/html part is returned (a report may sit in a frame the page embeds), with
// a map from each decoded line to the line of the file it came from, so that a value
// can still be traced to a line of the file the user holds.
import type { SourceDocument } from "../model/document";
import { byteString, decodeChunks } from "./decode";
import { htmlToDocument } from "./html";

export class MhtmlFormatError extends Error {
  readonly code = "unsupported-format";
}

export interface MhtmlPage {
  bytes: Uint8Array;
  /** The part header's charset, if it names one. */
  charset: string | null;
  /** File line (1-based) of each decoded line (index 0 is the page's first line); null where base64 hides lines. */
  lines: (number | null)[];
}

/** Only the head is searched to decide whether a file is MHTML. */
const HEAD_BYTES = 4096;

/** The message's headers (folded lines joined), up to the first empty line. */
function headers(text: string, start: number): { fields: Map<string, string>; end: number } {
  const fields = new Map<string, string>();
  let at = start;
  let last: string | null = null;
  while (at < text.length) {
    let eol = text.indexOf("\n", at);
    if (eol < 0) eol = text.length;
    const line = text.slice(at, eol).replace(/\r$/, "");
    at = eol + 1;
    if (line === "") break;
    if (/^[ \t]/.test(line) && last) fields.set(last, `${fields.get(last)} ${line.trim()}`);
    else {
      const colon = line.indexOf(":");
      if (colon <= 0) continue;
      last = line.slice(0, colon).trim().toLowerCase();
      fields.set(last, line.slice(colon + 1).trim());
    }
  }
  return { fields, end: at };
}

/** A parameter of a header value (`boundary="…"`, `charset=gbk`). */
function parameter(value: string | undefined, name: string): string | null {
  const match = value ? new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, "i").exec(value) : null;
  return match ? (match[1] ?? match[2] ?? null) : null;
}

const lineCount = (text: string, from: number, to: number): number => {
  let n = 0;
  for (let at = text.indexOf("\n", from); at >= 0 && at < to; at = text.indexOf("\n", at + 1)) n++;
  return n;
};

/** Quoted-printable to bytes, noting the file line of each decoded line (soft breaks join lines). */
function decodeQuotedPrintable(body: string, firstLine: number): { bytes: Uint8Array; lines: number[] } {
  const out = new Uint8Array(body.length);
  const lines = [firstLine];
  let n = 0;
  let fileLine = firstLine;
  for (let i = 0; i < body.length; i++) {
    const ch = body.charCodeAt(i);
    if (ch === 0x3d /* = */) {
      const next = body.slice(i + 1, i + 3);
      if (next.startsWith("\r\n") || next.startsWith("\n")) {
        i += next.startsWith("\r") ? 2 : 1;
        fileLine++;
        continue;
      }
      if (/^[0-9A-Fa-f]{2}$/.test(next)) {
        out[n++] = parseInt(next, 16);
        i += 2;
        continue;
      }
    }
    if (ch === 0x0a) {
      fileLine++;
      lines.push(fileLine);
    }
    out[n++] = ch;
  }
  return { bytes: out.subarray(0, n), lines };
}

function decodeBase64(body: string): Uint8Array {
  const clean = body.replace(/[^A-Za-z0-9+/]/g, "");
  return Uint8Array.from(atob(clean.slice(0, clean.length - (clean.length % 4))), (c) => c.charCodeAt(0));
}

/** The web pages of an MHTML file, in order; null when the file is not MHTML. */
export function mhtmlPages(bytes: Uint8Array): MhtmlPage[] | null {
  // A MIME message starts with a header name: most reports start with Chinese, a BOM or "<".
  const first = (bytes[0] ?? 0) | 0x20;
  if (first < 0x61 || first > 0x7a) return null;
  const head = byteString(bytes.subarray(0, HEAD_BYTES));
  if (!/^[A-Za-z-]+:/.test(head) || !/^content-type:\s*multipart\/related/im.test(head)) return null;
  const text = byteString(bytes);
  const top = headers(text, 0);
  const boundary = parameter(top.fields.get("content-type"), "boundary");
  if (!top.fields.get("content-type")?.toLowerCase().startsWith("multipart/related") || !boundary) return null;

  const pages: MhtmlPage[] = [];
  const delimiter = `--${boundary}`;
  for (let at = text.indexOf(delimiter, top.end); at >= 0; ) {
    const partStart = text.indexOf("\n", at) + 1;
    if (partStart === 0 || text.startsWith("--", at + delimiter.length)) break;
    const next = text.indexOf(`\n${delimiter}`, partStart);
    const partEnd = next < 0 ? text.length : next;
    const part = headers(text, partStart);
    at = next < 0 ? -1 : next + 1;
    const type = part.fields.get("content-type") ?? "text/plain";
    if (!/^text\/html\b/i.test(type)) continue;
    const body = text.slice(part.end, partEnd);
    const firstLine = lineCount(text, 0, part.end) + 1;
    const encoding = (part.fields.get("content-transfer-encoding") ?? "7bit").toLowerCase();
    const charset = parameter(type, "charset");
    if (encoding === "quoted-printable") {
      pages.push({ ...decodeQuotedPrintable(body, firstLine), charset });
    } else if (encoding === "base64") {
      const decoded = decodeBase64(body);
      const breaks = decoded.reduce((n, b) => n + (b === 0x0a ? 1 : 0), 0);
      pages.push({ bytes: decoded, charset, lines: Array.from({ length: breaks + 1 }, () => null) });
    } else {
      const raw = bytes.subarray(part.end, partEnd);
      pages.push({ bytes: raw, charset, lines: Array.from({ length: lineCount(body, 0, body.length) + 1 }, (_, i) => firstLine + i) });
    }
  }
  return pages;
}

/**
 * An MHTML file's pages read as one web page (each decoded by its own charset), its lines
 * those of the file; null when the file is not MHTML.
 */
export function mhtmlToDocument(bytes: Uint8Array): SourceDocument | null {
  const pages = mhtmlPages(bytes);
  if (!pages) return null;
  if (pages.length === 0) throw new MhtmlFormatError("an MHTML archive that holds no web page");
  const chunks: string[] = [];
  const fileLines: (number | null)[] = [];
  for (const page of pages) {
    // A line break between pages keeps the line map one entry per line.
    if (chunks.length > 0) chunks.push("\n");
    chunks.push(...decodeChunks(page.bytes, page.charset).chunks);
    fileLines.push(...page.lines);
  }
  const doc = htmlToDocument(chunks);
  const rows = doc.rows.map((row) => ({ ...row, cells: row.cells.map((cell) => ({ ...cell, line: cell.line === null ? null : (fileLines[cell.line - 1] ?? null) })) }));
  return { ...doc, rows };
}
