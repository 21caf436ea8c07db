import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { mhtmlPages, mhtmlToDocument } from "./mhtml";
import { parseReport } from "./index";

const fixturePath = (name: string) => new URL(`../../data/fixtures/mhtml/${name}`, import.meta.url);
const ascii = (text: string) => new TextEncoder().encode(text);
const texts = (bytes: Uint8Array) => mhtmlToDocument(bytes)!.rows.map((r) => r.cells.map((c) => c.text));

/** An MHTML message as Word and browsers write it: headers, then each part after the boundary. */
function mhtml(parts: { headers: string; body: string }[]): Uint8Array {
  const boundary = "----=_NextPart_01D7";
  const head = `MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\tboundary="${boundary}"\r\n\r\nThis document is a Single File Web Page.\r\n\r\n`;
  const body = parts.map((p) => `--${boundary}\r\n${p.headers}\r\n\r\n${p.body}\r\n`).join("");
  return ascii(`${head}${body}--${boundary}--\r\n`);
}

describe("mhtmlToDocument", () => {
  it("is null for a file that is no MIME message, even one that starts like a header", () => {
    expect(mhtmlToDocument(ascii("行政处罚 1315"))).toBeNull();
    expect(mhtmlToDocument(ascii("From: 2021年报告\n行政处罚 1315"))).toBeNull();
  });

  it("decodes quoted-printable by the part header's charset when the page declares none (Big5 here)", () => {
    // 行政處罰 in Big5 is A6E6 AC46 B342 BB40; read without the header's charset, it would be taken for GBK.
    const doc = mhtml([{ headers: 'Content-Type: text/html; charset="big5"\r\nContent-Transfer-Encoding: quoted-printable', body: "<p>=A6=E6=AC=46=\r\n=B3=42=BB=40 12</p>" }]);
    expect(texts(doc)).toEqual([["行政處罰", "12"]]);
  });

  it("maps each line of the page to the line of the file, across soft line breaks", () => {
    const body = ["<table>", '<tr><td>=E8=A1=8C=E6=94=BF=E8=AE=B8=', "=E5=8F=AF</td><td>5</td></tr>", "<tr><td>=E8=A1=8C=E6=94=BF=E5=A4=84=E7=BD=9A</td><td>7</td></tr>", "</table>"].join("\r\n");
    const file = mhtml([{ headers: "Content-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable", body }]);
    const lines = new TextDecoder().decode(file).split("\n");
    const rows = mhtmlToDocument(file)!.rows;
    const punishment = rows.find((r) => r.cells[0]!.text === "行政处罚")!;
    expect(lines[punishment.cells[1]!.line! - 1]).toContain("<td>7</td>");
    const licensing = rows.find((r) => r.cells[0]!.text === "行政许可")!;
    expect(lines[licensing.cells[0]!.line! - 1]).toContain("<tr><td>=E8=A1=8C");
  });

  it("reads base64 parts (their lines cannot be traced) and every page, frames included", () => {
    const frame = Buffer.from("<table><tr><td>行政处罚</td><td>9</td></tr></table>").toString("base64");
    const file = mhtml([
      { headers: "Content-Type: text/html\r\nContent-Transfer-Encoding: 7bit", body: "<p>site chrome</p><iframe src=x></iframe>" },
      { headers: "Content-Type: image/png\r\nContent-Transfer-Encoding: base64", body: "iVBORw0KGgo=" },
      { headers: "Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64", body: frame },
    ]);
    expect(mhtmlPages(file)).toHaveLength(2);
    const rows = mhtmlToDocument(file)!.rows;
    expect(rows.map((r) => r.cells.map((c) => c.text))).toEqual([["site chrome"], ["行政处罚", "9"]]);
    // The first page's body starts on the file's 11th line.
    expect(rows[0]!.cells[0]!.line).toBe(11);
    expect(rows[1]!.cells.map((c) => c.line)).toEqual([null, null]);
  });
});

describe("parseReport on MHTML saved by Chromium", () => {
  it.each([
    ["seed-000.mhtml", "000_37e37f6984e2b857", "宁波市鄞州区卫生健康局"],
    ["seed-004-gbk.mhtml", "004_309576c5c0f6d228", null],
  ])("%s gives the golden values, each traced to the line of the file that holds it", async (name, seed, agency) => {
    const bytes = new Uint8Array(readFileSync(fixturePath(name)));
    const golden = JSON.parse(readFileSync(new URL(`../../data/fixtures/seeds/${seed}.expected.json`, import.meta.url), "utf8"));
    const outcome = await parseReport({ file: name, bytes, sha256: "0" });
    if (!outcome.ok) throw new Error(outcome.failure.error.message);
    const { report } = outcome;
    expect(report.meta).toMatchObject({ agency, year: golden.meta.year, template: golden.meta.template });
    expect(report.meta.source.format).toBe("html");
    expect(report.active).toEqual(golden.active);
    expect(report.applications?.granted?.total).toBe(golden.applications.granted[6]);
    expect(report.reviewLitigation?.review?.total).toBe(golden.reviewLitigation.review[4]);
    const lines = readFileSync(fixturePath(name), "latin1").split("\n");
    const traced = report.provenance["active.punishment.decisions"]!;
    expect(lines[traced.line! - 1]).toContain(`>${golden.active.punishment.decisions}<`);
  });

  it("reports an MHTML file without a web page, naming the file", async () => {
    const bytes = mhtml([{ headers: "Content-Type: image/png\r\nContent-Transfer-Encoding: base64", body: "iVBORw0KGgo=" }]);
    const outcome = await parseReport({ file: "saved/页面.mht", bytes, sha256: "0" });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.failure.error).toMatchObject({ code: "unsupported-format", message: expect.stringContaining("saved/页面.mht") });
  });
});
