// The comparison's ranking, made in the page from rosterQuery and metricValuesQuery: the
// reports of the metric's templates, highest value first, blanks last, equal values by agency
// name — the order DuckDB gives to `ORDER BY value DESC NULLS LAST, agency`.

export interface RosterRow {
  agency: string | null;
  template: string;
}

/** Agency names as DuckDB orders VARCHAR (by UTF-8 bytes, i.e. by code point); a missing name last. */
export function compareAgencyNames(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // A surrogate stands for a code point above U+FFFF, which sorts after every other UTF-16 unit.
    const sx = x >= 0xd800 && x <= 0xdfff;
    const sy = y >= 0xd800 && y <= 0xdfff;
    if (sx !== sy) return sx ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}

/**
 * The roster's positions in agency-name order (equal names by position), sorted once per roster:
 * a change of metric keeps the roster, and ranking then never compares names again.
 */
const nameOrders = new WeakMap<readonly RosterRow[], Int32Array>();

function nameOrderOf(roster: readonly RosterRow[]): Int32Array {
  let order = nameOrders.get(roster);
  if (!order) {
    order = Int32Array.from(Array.from(roster.keys()).sort((a, b) => compareAgencyNames(roster[a]!.agency, roster[b]!.agency) || a - b));
    nameOrders.set(roster, order);
  }
  return order;
}

/**
 * The ranked order as positions in `roster`: `values[i]` is the metric's value for `roster[i]`;
 * rows of other templates are left out. Positions rather than rows, so that the caller makes
 * each ranked row once (17,000 of them at 100,000 reports).
 *
 * A counting sort rather than a sort with a comparator, which every change of metric paid on
 * 17,000 reports at 100,000 (in Node on one core, counts 6.9 → 3.1 ms, rates 8.9 → 4.3 ms): the distinct
 * values, sorted as numbers, are the buckets, highest first and blanks last; rows fill them in
 * name order, so that equal values keep the names' order.
 */
export function rankOrder(roster: readonly RosterRow[], values: readonly (number | null)[], templates: readonly string[]): number[] {
  if (values.length !== roster.length) throw new Error(`rankOrder: ${values.length} values for ${roster.length} reports`);
  const kept = new Uint8Array(roster.length);
  const present = new Float64Array(roster.length);
  let presentCount = 0;
  for (let i = 0; i < roster.length; i++) {
    if (!templates.includes(roster[i]!.template)) continue;
    kept[i] = 1;
    const v = values[i];
    if (v !== null && v !== undefined) present[presentCount++] = v;
  }
  // Each distinct value once, ascending: a value's bucket counts down from the highest, and blanks are the last bucket.
  const distinct = uniqueSorted(present.subarray(0, presentCount).sort());
  const blank = distinct.length;
  const bucket = new Int32Array(roster.length);
  const starts = new Int32Array(blank + 2);
  let count = 0;
  for (let i = 0; i < roster.length; i++) {
    if (!kept[i]) continue;
    const v = values[i];
    const b = v === null || v === undefined ? blank : blank - 1 - indexIn(distinct, v);
    bucket[i] = b;
    starts[b + 1]!++;
    count++;
  }
  for (let b = 1; b < starts.length; b++) starts[b]! += starts[b - 1]!;
  const order: number[] = new Array(count);
  for (const i of nameOrderOf(roster)) if (kept[i]) order[starts[bucket[i]!]!++] = i;
  return order;
}

/** The sorted values without repeats (in place). */
function uniqueSorted(sorted: Float64Array): Float64Array {
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (n === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i]!;
  return sorted.subarray(0, n);
}

/** Where `v` is in `sorted` (binary search; `v` is there). */
function indexIn(sorted: Float64Array, v: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
