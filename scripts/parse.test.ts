// The parse CLI end to end: one JSON array on stdout, exit 0 or 2, manifest lookup.
import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const root = new URL("..", import.meta.url).pathname;
const SEED = "data/reports/seeds/004_309576c5c0f6d228.txt";

async function parseCli(args: string[], cwd = root): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(join(root, "node_modules/.bin/tsx"), [join(root, "scripts/parse.ts"), ...args], { cwd });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const scratch = mkdtempSync(join(tmpdir(), "parse-cli-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("npm run parse", () => {
  it("prints one JSON array in argument order and exits 2 when a file fails", async () => {
    const missing = "data/reports/seeds/no-such-report.txt";
    const { code, stdout } = await parseCli([SEED, missing]);
    expect(code).toBe(2);
    const out = JSON.parse(stdout) as [{ meta: { source: { file: string }; agency: string } }, { file: string; error: { code: string; message: string } }];
    expect(out).toHaveLength(2);
    expect(out[0].meta.source.file).toBe(SEED);
    expect(out[0].meta.agency).toBe("慈溪市卫生健康局");
    expect(out[1]).toEqual({ file: missing, error: { code: "unreadable", message: `${missing}: no such file` } });
  }, 30_000);

  it("exits 0 when every file parsed and takes metadata from a manifest.csv in an ancestor folder", async () => {
    mkdirSync(join(scratch, "reports/2019"), { recursive: true });
    copyFileSync(join(root, SEED), join(scratch, "reports/2019/cixi.txt"));
    writeFileSync(join(scratch, "package.json"), "{}");
    writeFileSync(join(scratch, "reports/manifest.csv"), "file,agency,year\n2019/cixi.txt,慈溪市卫生健康局（清单）,2019\n");
    const { code, stdout } = await parseCli(["reports/2019/cixi.txt"], scratch);
    expect(code).toBe(0);
    const [report] = JSON.parse(stdout) as [{ meta: { agency: string; agencySource: string; source: { file: string } } }];
    expect(report.meta).toMatchObject({ agency: "慈溪市卫生健康局（清单）", agencySource: "manifest" });
    expect(report.meta.source.file).toBe(relative(scratch, join(scratch, "reports/2019/cixi.txt")));
  }, 30_000);
});
