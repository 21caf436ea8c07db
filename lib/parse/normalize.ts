// Text normalisation for matching row labels and reading numbers. Reports mix
// full-width and half-width forms (（一） vs (一), ０ vs 0), curly and straight
// quotes, and spaces inside labels ("结果 维持"); one fast pass makes them equal.
// A hand-written loop instead of String.normalize("NFKC"): it runs on every cell
// of every report and must stay cheap.

const QUOTE_CODES = new Set([..."“”‘’「」『』'"].map((c) => c.charCodeAt(0)));

/** Full-width ASCII (U+FF01–FF5E) to half-width; the ideographic space to a space. */
export function toHalfWidth(text: string): string {
  let out = "";
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) {
      out += String.fromCharCode(code - 0xfee0);
      changed = true;
    } else if (code === 0x3000) {
      out += " ";
      changed = true;
    } else {
      out += text[i];
    }
  }
  return changed ? out : text;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x3000 || code === 0xa0 || (code >= 0x09 && code <= 0x0d) || code === 0xfeff ||
    (code >= 0x2000 && code <= 0x200b);
}

/**
 * The form row labels are matched in: half-width digits, letters and brackets,
 * no whitespace at all, every quote mark as `"`.
 */
// Anything normalizeLabel would change; most labels contain none of it.
const NEEDS_WORK = /[\s\uff01-\uff5e\u3000\u00a0\ufeff\u2000-\u200b“”‘’「」『』'．]/;

export function normalizeLabel(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  const codes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (isSpace(code)) continue;
    if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
    if (QUOTE_CODES.has(code)) code = 0x22;
    codes.push(code);
  }
  let out = "";
  for (let i = 0; i < codes.length; i += 4096) out += String.fromCharCode(...codes.slice(i, i + 4096));
  return out;
}
