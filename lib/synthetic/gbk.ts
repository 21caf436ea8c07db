// A GBK encoder for the html-page-gbk layout. TextEncoder only writes UTF-8,
// so the table is built once from the platform's GB18030 decoder over the
// two-byte range (which is GBK). Characters GBK lacks become HTML numeric
// character references, as a page saved in GBK would carry them.

let table: Map<number, number> | null = null;

function encodingTable(): Map<number, number> {
  if (table) return table;
  const decoder = new TextDecoder("gb18030");
  const map = new Map<number, number>();
  const pair = new Uint8Array(2);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      pair[0] = lead;
      pair[1] = trail;
      const text = decoder.decode(pair);
      if (text.length !== 1 || text === "\ufffd") continue;
      const code = text.charCodeAt(0);
      if (!map.has(code)) map.set(code, (lead << 8) | trail);
    }
  }
  table = map;
  return map;
}

export function encodeGbkHtml(text: string): Uint8Array {
  const map = encodingTable();
  const out = new Uint8Array(text.length * 2 + 16);
  let n = 0;
  let buffer = out;
  const ensure = (extra: number) => {
    if (n + extra <= buffer.length) return;
    const bigger = new Uint8Array(buffer.length * 2 + extra);
    bigger.set(buffer.subarray(0, n));
    buffer = bigger;
  };
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) {
      ensure(1);
      buffer[n++] = code;
      continue;
    }
    const gbk = code <= 0xffff ? map.get(code) : undefined;
    if (gbk !== undefined) {
      ensure(2);
      buffer[n++] = gbk >> 8;
      buffer[n++] = gbk & 0xff;
      continue;
    }
    const reference = `&#${code};`;
    ensure(reference.length);
    for (let i = 0; i < reference.length; i++) buffer[n++] = reference.charCodeAt(i);
  }
  return buffer.subarray(0, n);
}
