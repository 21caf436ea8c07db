// A memo for texts that recur from report to report (row labels, placeholders such
// as "—"), bounded because one-off texts pass through it too: when it is full it
// forgets everything and fills again with what recurs.
export class BoundedMemo<V> {
  private readonly values = new Map<string, V>();

  constructor(private readonly limit: number) {}

  /** The remembered value of `key`, or `compute(key)`, then remembered. */
  get(key: string, compute: (key: string) => V): V {
    let value = this.values.get(key);
    if (value === undefined) {
      value = compute(key);
      if (this.values.size >= this.limit) this.values.clear();
      this.values.set(key, value);
    }
    return value;
  }
}
