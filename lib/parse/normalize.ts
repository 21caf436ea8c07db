// Text normalisation for matching row labels and reading numbers. Reports mix
// full-width and half-width forms (（一） vs (一), ０ vs 0), curly and straight
// quotes, and spaces inside labels ("结果 维持"); one fast pass makes them equal.
// A hand-written loop instead of String.normalize("NFKC"): it runs on every cell
// of every report and must stay cheap.

import { BoundedMemo } from "./boundedMemo";
import { ideographOf } from "./radicals";

const QUOTE_CODES = new Set([..."“”‘’「」『』'"].map((c) => c.charCodeAt(0)));

/** Full-width ASCII (U+FF01–FF5E) to half-width; the ideographic space to a space. */
export function toHalfWidth(text: string): string {
  // Most texts hold nothing to convert: look before building a new string.
  let first = 0;
  while (first < text.length && !isWide(text.charCodeAt(first))) first++;
  if (first === text.length) return text;
  const codes: number[] = [];
  for (let i = first; i < text.length; i++) {
    const code = text.charCodeAt(i);
    codes.push(code === 0x3000 ? 0x20 : code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code);
  }
  return text.slice(0, first) + fromCodes(codes);
}

function isWide(code: number): boolean {
  return (code >= 0xff01 && code <= 0xff5e) || code === 0x3000;
}

function fromCodes(codes: readonly number[]): string {
  let out = "";
  // In slices: a spread of a very long array would overflow the argument stack.
  for (let i = 0; i < codes.length; i += 4096) out += String.fromCharCode(...codes.slice(i, i + 4096));
  return out;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x3000 || code === 0xa0 || (code >= 0x09 && code <= 0x0d) || code === 0xfeff ||
    (code >= 0x2000 && code <= 0x200d) || code === 0x00ad || code === 0x2060;
}

// Anything normalizeLabel would change; most labels contain none of it. Soft hyphens, zero-width
// joiners and radicals (radicals.ts) are a class apart: in one class with the rest, V8 tested
// labels 2.5 times slower.
const NEEDS_WORK = /[\s\uff01-\uff5e\u3000\u00a0\ufeff\u2000-\u200b“”‘’「」『』'．]|[\u00ad\u200c-\u200d\u2060\u2e80-\u2fdf]/;

// Row labels recur from report to report, so a normalised label is remembered
// (bounded; long texts such as a whole table's headers are not): the same few
// hundred labels were rebuilt code by code for every report.
const MEMO_MAX_LENGTH = 80;
const memo = new BoundedMemo<string>(20_000);

/**
 * The form row labels are matched in: half-width digits, letters and brackets,
 * no whitespace at all, every quote mark as `"`.
 */
export function normalizeLabel(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return text.length > MEMO_MAX_LENGTH ? normalize(text) : memo.get(text, normalize);
}

function normalize(text: string): string {
  const codes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (isSpace(code)) continue;
    if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
    if (QUOTE_CODES.has(code)) code = 0x22;
    codes.push(ideographOf(code));
  }
  return fromCodes(codes);
}
