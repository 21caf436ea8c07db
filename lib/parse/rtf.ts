// RTF → SourceDocument. Many government systems export "Word" files as RTF (often named
// .doc), and Word and WPS save it. The reader follows the RTF grammar: groups, control words
// and symbols; destinations that hold no body text (font and colour tables, styles, headers,
// footers, footnotes, pictures, field instructions, `{\*…}` groups) are skipped. Text comes as
// `\uN` (with its fallback characters skipped) or as bytes (`\'hh`, or raw 8-bit) in the
// code page of the document (`\ansicpgN`) or of the current font (`\fcharsetN`). Tables: a
// paragraph in a table (`\intbl`, `\itapN`) ends its cell with `\cell` (`\nestcell` nested),
// the row ends with `\row` (`\nestrow`); an empty cell is a blank cell. Each paragraph keeps
// the line of the file where its text starts.
import type { SourceDocument } from "../model/document";
import { byteString } from "./decode";
import { paragraphsToDocument, type Paragraph } from "./wordParagraphs";

class RtfFormatError extends Error {
  readonly code = "unsupported-format";
}

/** Destinations whose content is never body text. */
const SKIPPED_DESTINATIONS = new Set([
  "fonttbl", "colortbl", "stylesheet", "info", "pict", "object", "header", "headerl", "headerr", "headerf",
  "footer", "footerl", "footerr", "footerf", "footnote", "annotation", "fldinst", "themedata", "colorschememapping",
  "datastore", "latentstyles", "listtable", "listoverridetable", "rsidtbl", "generator", "xmlnstbl", "filetbl",
  "revtbl", "pgdsctbl", "nonshppict", "shpinst", "bkmkstart", "bkmkend", "txe", "xe", "tc", "template",
]);
/** `{\*…}` destinations that must be read: a nested table's row properties hold its `\nestrow`. */
const READ_STARRED = new Set(["nesttableprops", "shptxt"]);

/** Windows code pages by font charset (`\fcharsetN`): the CJK ones, which decide how `\'hh` bytes read. */
const CHARSET_CODE_PAGES = new Map([[128, 932], [129, 949], [134, 936], [136, 950]]);
const SYMBOLS: Record<string, string> = { emdash: "—", endash: "–", bullet: "•", lquote: "‘", rquote: "’", ldblquote: "“", rdblquote: "”", emspace: " ", enspace: " " };

interface GroupState {
  skip: boolean;
  /** Fallback characters after each \uN. */
  uc: number;
  font: number | null;
  inTable: boolean;
  depth: number;
  fontTable: boolean;
}

function decoderFor(codePage: number): TextDecoder {
  const label = codePage === 936 ? "gbk" : codePage === 950 ? "big5" : codePage === 932 ? "shift_jis" : codePage === 949 ? "euc-kr" : codePage === 65001 ? "utf-8" : `windows-${codePage}`;
  try {
    return new TextDecoder(label);
  } catch {
    return new TextDecoder("windows-1252");
  }
}

export function rtfToDocument(bytes: Uint8Array): SourceDocument {
  if (!startsWithRtf(bytes)) throw new RtfFormatError("not an RTF document");
  const paragraphs: Paragraph[] = [];
  const fontCharsets = new Map<number, number>();
  const decoders = new Map<number, TextDecoder>();
  let codePage = 1252;
  let state: GroupState = { skip: false, uc: 1, font: null, inTable: false, depth: 1, fontTable: false };
  const stack: GroupState[] = [];
  let text = "";
  let textLine: number | null = null;
  let pendingBytes: number[] = [];
  let line = 1;
  /** Fallback characters still to skip after a \uN. */
  let skipChars = 0;
  /** The font being defined in the font table. */
  let definingFont: number | null = null;
  /** The next control word names the destination of the group just opened. */
  let groupStart = false;
  let starred = false;

  const emit = (chars: string) => {
    if (state.skip || state.fontTable) return;
    if (textLine === null && chars.trim() !== "") textLine = line;
    text += chars;
  };
  const flushBytes = () => {
    if (pendingBytes.length === 0) return;
    const charset = state.font === null ? undefined : fontCharsets.get(state.font);
    const page = (charset !== undefined ? CHARSET_CODE_PAGES.get(charset) : undefined) ?? codePage;
    let decoder = decoders.get(page);
    if (!decoder) decoders.set(page, (decoder = decoderFor(page)));
    emit(decoder.decode(Uint8Array.from(pendingBytes)));
    pendingBytes = [];
  };
  const endParagraph = (depth: number, cellEnd: boolean, rowEnd: boolean) => {
    flushBytes();
    if (state.skip) return;
    paragraphs.push({ text, depth, cellEnd, rowEnd, line: textLine ?? line });
    text = "";
    textLine = null;
  };
  const byte = (b: number) => {
    if (skipChars > 0) {
      skipChars--;
      return;
    }
    pendingBytes.push(b);
  };
  const char = (ch: string) => {
    if (skipChars > 0) {
      skipChars--;
      return;
    }
    flushBytes();
    emit(ch);
  };

  const controlWord = (word: string, param: number | null) => {
    if (groupStart) {
      groupStart = false;
      if ((starred && !READ_STARRED.has(word)) || SKIPPED_DESTINATIONS.has(word)) {
        flushBytes();
        state.skip = true;
      }
      if (word === "fonttbl") {
        state.skip = false;
        state.fontTable = true;
      }
    }
    if (state.fontTable) {
      if (word === "f" && param !== null) definingFont = param;
      else if (word === "fcharset" && param !== null && definingFont !== null) fontCharsets.set(definingFont, param);
      return;
    }
    switch (word) {
      case "ansicpg":
        if (param !== null) codePage = param;
        return;
      case "f":
        flushBytes();
        state.font = param;
        return;
      case "uc":
        state.uc = param ?? 1;
        return;
      case "u":
        if (param === null) return;
        flushBytes();
        char(String.fromCharCode(param < 0 ? param + 65536 : param));
        skipChars = state.uc;
        return;
      case "par":
      case "sect":
      case "page":
        return endParagraph(state.inTable ? state.depth : 0, false, false);
      case "cell":
        return endParagraph(1, true, false);
      case "nestcell":
        return endParagraph(Math.max(2, state.depth), true, false);
      case "row":
        return endParagraph(1, false, true);
      case "nestrow":
        return endParagraph(Math.max(2, state.depth), false, true);
      case "pard":
        state.inTable = false;
        state.depth = 1;
        return;
      case "intbl":
        state.inTable = true;
        return;
      case "itap":
        state.depth = param ?? 1;
        state.inTable = state.depth > 0;
        return;
      case "line":
        return char("\n");
      case "tab":
        return char("\t");
      default:
        if (word in SYMBOLS) char(SYMBOLS[word]!);
    }
  };

  const n = bytes.length;
  for (let i = 0; i < n; ) {
    const b = bytes[i]!;
    if (b === 0x7b /* { */) {
      flushBytes();
      stack.push(state);
      state = { ...state };
      groupStart = true;
      starred = false;
      i++;
    } else if (b === 0x7d /* } */) {
      flushBytes();
      if (state.fontTable) definingFont = null;
      state = stack.pop() ?? state;
      groupStart = false;
      i++;
    } else if (b === 0x5c /* \ */) {
      const next = bytes[i + 1];
      if (next === undefined) break;
      if (isLetter(next)) {
        let end = i + 1;
        while (end < n && isLetter(bytes[end]!)) end++;
        const word = byteString(bytes.subarray(i + 1, end));
        let paramEnd = end;
        if (bytes[paramEnd] === 0x2d /* - */) paramEnd++;
        while (paramEnd < n && isDigit(bytes[paramEnd]!)) paramEnd++;
        const param = paramEnd > end && !(paramEnd === end + 1 && bytes[end] === 0x2d) ? Number(byteString(bytes.subarray(end, paramEnd))) : null;
        i = bytes[paramEnd] === 0x20 ? paramEnd + 1 : paramEnd;
        if (word === "bin" && param !== null) {
          i += param;
          continue;
        }
        controlWord(word, param);
        continue;
      }
      if (next === 0x27 /* ' */) {
        groupStart = false;
        const hex = byteString(bytes.subarray(i + 2, i + 4));
        if (/^[0-9a-fA-F]{2}$/.test(hex)) byte(parseInt(hex, 16));
        i += 4;
        continue;
      }
      if (next === 0x2a /* * */) starred = true;
      else if (next === 0x7e /* ~ */) char(" ");
      else if (next === 0x5f /* _ */) char("-");
      else if (next === 0x5c || next === 0x7b || next === 0x7d) char(String.fromCharCode(next));
      else if (next === 0x0a || next === 0x0d) {
        // \<newline> is a paragraph mark.
        endParagraph(state.inTable ? state.depth : 0, false, false);
        if (next === 0x0a) line++;
      }
      i += 2;
    } else if (b === 0x0a) {
      line++;
      i++;
    } else if (b === 0x0d) {
      i++;
    } else {
      groupStart = false;
      if (b >= 0x80) byte(b);
      else char(b === 0x09 ? "\t" : String.fromCharCode(b));
      i++;
    }
  }
  endParagraph(0, false, false);
  return paragraphsToDocument(paragraphs, "rtf");
}

function startsWithRtf(bytes: Uint8Array): boolean {
  return byteString(bytes.subarray(0, 5)) === "{\\rtf";
}

const isLetter = (b: number) => (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a);
const isDigit = (b: number) => b >= 0x30 && b <= 0x39;
