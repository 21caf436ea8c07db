// Agency name (+ optional surrounding text) → the most specific division it
// names. A county name shared by several provinces (鼓楼区, 朝阳区) is resolved
// only when the name itself or the context names its city or province;
// otherwise the region stops at what all candidates share, never a guess.
import type { Region } from "../model/report";
import { divisionByCode, findPlaceMentions, type Division, type PlaceMention } from "./gazetteer";

export interface RegionResolution {
  region: Region;
  /** The equally good divisions when the name was ambiguous, for a diagnostic. */
  ambiguous: Division[];
  /** Whether the name names its place by short forms alone, which the context may contradict (巴州). */
  shortFormsOnly: boolean;
  /** The division the name's short form named, set aside because the context places the agency elsewhere. */
  contradicted?: Division;
}

const EMPTY: Region = { province: null, city: null, county: null, code: null };
const DEPTH = { province: 0, city: 1, county: 2 } as const;

export function resolveRegion(text: string, context?: string): Region {
  return resolveRegionDetailed(text, context).region;
}

export function resolveRegionDetailed(text: string, context?: string): RegionResolution {
  const mentions = placeMentionsOfName(text);
  if (mentions.length === 0) return { region: EMPTY, ambiguous: [], shortFormsOnly: false };
  const shortFormsOnly = mentions.every((m) => !m.full);

  const candidates = unique(mentions.flatMap((m) => m.divisions));
  // A full name counts double: a short form inside an agency's name may be an ordinary word
  // (杭州市乡村振兴局 names 杭州市, not 振兴区 of 丹东市).
  const support = (d: Division) => {
    let score = 0;
    for (const m of mentions) if (m.divisions.some((c) => c === d || isAncestor(c, d))) score += m.full ? 2 : 1;
    return score;
  };
  let best = maxBy(candidates, support);
  best = maxBy(best, (d) => DEPTH[d.level]);
  if (context && (best.length > 1 || shortFormsOnly)) {
    // Only full names: short forms in running text are too often ordinary words.
    const named = findPlaceMentions(context, { shortForms: false });
    const around = named.filter((m) => m.divisions.some((d) => d.level !== "county"));
    const contextSupport = (d: Division) => around.filter((m: PlaceMention) => m.divisions.some((c) => c === d || isAncestor(c, d))).length;
    if (best.length > 1) {
      const narrowed = maxBy(best, contextSupport);
      if (contextSupport(narrowed[0]!) > 0) best = narrowed;
    } else if (around.length > 0 && !named.some((m) => m.divisions.some((c) => c === best[0] || isAncestor(c, best[0]!) || isAncestor(best[0]!, c)))) {
      // A short form may be another place's conventional name (巴州 is 四川's 巴州区 and 新疆's 巴音郭楞州):
      // when the context names only other provinces and prefectures, the place is the one it names.
      const placed = maxBy(maxBy(unique(around.flatMap((m) => m.divisions)), contextSupport), (d) => DEPTH[d.level]);
      const shared = placed.length === 1 ? placed[0]! : commonAncestor(placed);
      return { region: shared ? regionOf(shared) : EMPTY, ambiguous: [], shortFormsOnly, contradicted: best[0]! };
    }
  }
  if (best.length === 1) return { region: regionOf(best[0]!), ambiguous: [], shortFormsOnly };
  const shared = commonAncestor(best);
  return { region: shared ? regionOf(shared) : EMPTY, ambiguous: best, shortFormsOnly };
}

/** The last character of a body's name, after which a vertical body names its local unit's place (国家统计局杭州调查队, 中国人民银行杭州中心支行). */
const BODY_END = /[局行署会院部委厅办司所站队社关]/;

/**
 * The places a name names. A short form counts only where a place's name can stand: at the start
 * of the name, right after another place, or after a body's name. Elsewhere it is part of a word:
 * 振兴 of 国家乡村振兴局 is not 振兴区, 安新 of 河北雄安新区 not 安新县.
 */
function placeMentionsOfName(text: string): PlaceMention[] {
  const kept: PlaceMention[] = [];
  for (const m of findPlaceMentions(text, { shortForms: true })) {
    if (m.full || m.start === 0 || m.start === kept[kept.length - 1]?.end || BODY_END.test(text.charAt(m.start - 1))) kept.push(m);
  }
  return kept;
}

/** The region of a 6-digit code (a manifest's `code`), or null for an unknown code. */
export function regionFromCode(code: string): Region | null {
  const d = divisionByCode(code);
  return d ? regionOf(d) : null;
}

export function regionOf(d: Division): Region {
  if (d.level === "province") return { province: d.name, city: null, county: null, code: d.code };
  if (d.level === "city") return { province: d.province?.name ?? null, city: d.name, county: null, code: d.code };
  return { province: d.province?.name ?? null, city: d.city?.name ?? null, county: d.name, code: d.code };
}

function isAncestor(a: Division, d: Division): boolean {
  return d.province === a || (d.city !== null && d.city.code === a.code);
}

/** What all candidates share: their prefecture, else their province (a municipality's pseudo-prefecture → the municipality). */
function commonAncestor(divisions: Division[]): Division | null {
  const first = divisions[0]!;
  for (const a of [first.city, first.province]) {
    if (a && divisions.every((d) => isAncestor(a, d))) return divisionByCode(a.code) ?? a.province;
  }
  return null;
}

function maxBy<T>(items: T[], score: (item: T) => number): T[] {
  let best: T[] = [];
  let top = -Infinity;
  for (const item of items) {
    const s = score(item);
    if (s > top) {
      top = s;
      best = [item];
    } else if (s === top) best.push(item);
  }
  return best;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
