// What every view knows from build time: the manifest and the choices for its controls.
import { regionsQuery, yearsQuery } from "../../../lib/metrics/index";
import type { Manifest, Runner } from "../dataset";

export interface SiteContext {
  builtAt: string;
  synthetic: number;
  years: number[];
  regions: { province: string; city: string | null }[];
  agencies: string[];
}

export async function loadSiteContext(runner: Runner, manifest: Manifest): Promise<SiteContext> {
  const [years, regions, agencies] = await Promise.all([
    runner.query<{ year: number }>(yearsQuery(), ["reports"]),
    runner.query<{ province: string; city: string | null }>(regionsQuery(), ["reports"]),
    runner.query<{ agency: string }>("SELECT DISTINCT agency FROM reports WHERE agency IS NOT NULL ORDER BY agency", ["reports"]),
  ]);
  return {
    builtAt: manifest.builtAt,
    synthetic: manifest.synthetic,
    years: years.map((r) => r.year),
    regions,
    agencies: agencies.map((r) => r.agency),
  };
}
