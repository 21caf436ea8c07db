// The version of the code that turns a file into rows: a hash of every source
// file of lib/model, lib/parse, lib/checks, lib/region and lib/dataset. Part of the
// cache key, so that a parser change re-parses everything without a manual bump.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const FOLDERS = ["lib/model", "lib/parse", "lib/checks", "lib/region", "lib/dataset"];

let loaded: string | undefined;

/**
 * The version of the code this process loaded, computed once: files edited while
 * it runs do not change what it parses with.
 */
export function loadedCodeVersion(): string {
  loaded ??= codeVersion();
  return loaded;
}

export function codeVersion(root = ROOT): string {
  const hash = createHash("sha256");
  for (const folder of FOLDERS) {
    const dir = path.join(root, folder);
    if (!existsSync(dir)) continue;
    const files = (readdirSync(dir, { recursive: true }) as string[])
      .filter((f) => /\.(ts|json)$/.test(f) && !/\.test\.ts$/.test(f))
      .sort();
    for (const file of files) {
      hash.update(`${folder}/${file}\0`);
      hash.update(readFileSync(path.join(dir, file)));
    }
  }
  return hash.digest("hex").slice(0, 16);
}
