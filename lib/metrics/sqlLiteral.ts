// The only way a value reaches SQL text: report text, agency names and URL values
// are quoted here, never concatenated raw.

/** A SQL string literal: single quotes doubled; NUL bytes rejected (DuckDB cannot hold them). */
export function sqlString(value: string): string {
  if (value.includes("\u0000")) throw new Error("sqlString: value contains a NUL character");
  return `'${value.replaceAll("'", "''")}'`;
}

/** A SQL number literal from a finite number; anything else is an error, not a silent NULL. */
export function sqlNumber(value: number): string {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new Error(`sqlNumber: ${String(value)} is not a finite number`);
  }
  return String(value);
}

/** A whole number such as a year: rejects fractions as well. */
export function sqlInteger(value: number): string {
  if (!Number.isSafeInteger(value)) throw new Error(`sqlInteger: ${String(value)} is not an integer`);
  return String(value);
}

/** A quoted identifier; only for names taken from our own catalogue, checked against a plain pattern. */
export function sqlIdentifier(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`sqlIdentifier: "${name}" is not a plain identifier`);
  return `"${name}"`;
}
