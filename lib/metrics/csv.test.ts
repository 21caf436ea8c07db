import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";

describe("toCsv", () => {
  it("writes header and rows with RFC 4180 quoting", () => {
    const rows = [
      { agency: "宁波市鄞州区卫生健康局", value: 1315 },
      { agency: 'a,"b"', value: null },
    ];
    const csv = toCsv(
      [
        { header: "机构", value: (r: (typeof rows)[number]) => r.agency },
        { header: "行政处罚", value: (r: (typeof rows)[number]) => r.value },
      ],
      rows,
    );
    expect(csv).toBe('机构,行政处罚\r\n宁波市鄞州区卫生健康局,1315\r\n"a,""b""",\r\n');
  });
  it("defuses spreadsheet formulas in text but not negative numbers", () => {
    const csv = toCsv([{ header: "x", value: (r: { x: string | number }) => r.x }], [{ x: "=HYPERLINK()" }, { x: -3 }]);
    expect(csv).toBe("x\r\n\"'=HYPERLINK()\"\r\n-3\r\n");
  });
});
