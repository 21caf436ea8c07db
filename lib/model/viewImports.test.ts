// The dashboard's views read the contract's plain data (tableShapes, cells, the metric
// catalogue) and must not load zod or the parser: they would add some 35 KB gzip to every
// page's JS for nothing a view does. This follows the static imports of each view, as a
// bundler does (`import type` and dynamic `import()` load nothing up front).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../..");
const VIEWS = ["OverviewView", "CompareView", "TrendView", "AgencyView", "QualityView"].map((v) => `app/components/views/${v}.tsx`);
const STATIC_IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^"';]*?\sfrom\s+)?["']([^"']+)["']/gm;

function resolveModule(from: string, specifier: string): string | null {
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")]) {
    if (existsSync(candidate) && candidate.match(/\.tsx?$/)) return candidate;
  }
  return null;
}

/** Every package and project module a file loads through static imports, transitively. */
function staticImports(entry: string): { modules: Set<string>; packages: Set<string> } {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const queue = [path.join(ROOT, entry)];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (modules.has(file)) continue;
    modules.add(file);
    for (const [, specifier] of readFileSync(file, "utf8").matchAll(STATIC_IMPORT)) {
      if (!specifier!.startsWith(".")) packages.add(specifier!.split("/").slice(0, specifier!.startsWith("@") ? 2 : 1).join("/"));
      else {
        const resolved = resolveModule(file, specifier!);
        if (resolved) queue.push(resolved);
      }
    }
  }
  return { modules, packages };
}

describe("what the dashboard's views load", () => {
  it.each(VIEWS)("%s loads neither zod nor the parser", (view) => {
    const { modules, packages } = staticImports(view);
    expect(modules.size).toBeGreaterThan(10);
    expect(packages).toContain("react");
    expect(packages).not.toContain("zod");
    expect([...modules].map((m) => path.relative(ROOT, m)).filter((m) => m.startsWith("lib/parse/") || m === "lib/model/report.ts")).toEqual([]);
  });
});
