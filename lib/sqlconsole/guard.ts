// The SQL console's first wall: one read-only statement over the dataset's tables.
// The engine itself is the second wall (enable_external_access=false and a locked
// configuration, set in app/lib/duckdb.ts); this guard turns what it would refuse
// into a clear message before the query is sent, and refuses writes the engine
// would allow (DROP TABLE reports would break every other view of the session).

export type GuardCode = "empty" | "multiple-statements" | "not-read-only" | "forbidden-keyword" | "file-function" | "url" | "unterminated";

export type GuardResult = { ok: true; sql: string } | { ok: false; code: GuardCode; word: string; offset: number };

/** Statements that only read. */
const READ_STARTS = new Set(["SELECT", "WITH", "FROM", "VALUES", "TABLE", "DESCRIBE", "SHOW", "SUMMARIZE", "EXPLAIN", "PIVOT", "UNPIVOT"]);

/** Words that change the database, its settings or reach outside it: refused anywhere, unquoted. */
const FORBIDDEN = new Set([
  "INSTALL", "LOAD", "ATTACH", "DETACH", "COPY", "EXPORT", "IMPORT", "SET", "RESET", "PRAGMA", "CALL",
  "CREATE", "DROP", "ALTER", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "MERGE", "USE", "CHECKPOINT", "VACUUM",
  "SECRET", "BEGIN", "COMMIT", "ROLLBACK", "ABORT", "PREPARE", "EXECUTE", "DEALLOCATE",
]);

/** Table functions that read files or the network (read_csv, read_parquet, read_json_auto, …). */
const FILE_FUNCTIONS = new Set(["glob", "parquet_scan", "parquet_metadata", "parquet_schema", "parquet_file_metadata", "parquet_kv_metadata", "sniff_csv", "iceberg_scan", "delta_scan", "sqlite_scan", "postgres_scan", "mysql_scan", "query_table", "getenv"]);

interface Token {
  kind: "word" | "string" | "quoted" | "symbol";
  text: string;
  offset: number;
}

/** Words, string literals, quoted identifiers and symbols; comments dropped. */
function tokenize(sql: string): Token[] | { unterminated: number } {
  const tokens: Token[] = [];
  let i = 0;
  while (i < sql.length) {
    const c = sql[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (sql.startsWith("--", i)) {
      const end = sql.indexOf("\n", i);
      i = end === -1 ? sql.length : end + 1;
    } else if (sql.startsWith("/*", i)) {
      const end = sql.indexOf("*/", i + 2);
      if (end === -1) return { unterminated: i };
      i = end + 2;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      let text = "";
      for (;;) {
        if (j >= sql.length) return { unterminated: i };
        if (sql[j] === c) {
          if (sql[j + 1] === c) {
            text += c;
            j += 2;
            continue;
          }
          break;
        }
        text += sql[j];
        j++;
      }
      tokens.push({ kind: c === "'" ? "string" : "quoted", text, offset: i });
      i = j + 1;
    } else if (c === "$" && /^\$[A-Za-z_]*\$/.test(sql.slice(i))) {
      const tag = /^\$[A-Za-z_]*\$/.exec(sql.slice(i))![0];
      const end = sql.indexOf(tag, i + tag.length);
      if (end === -1) return { unterminated: i };
      tokens.push({ kind: "string", text: sql.slice(i + tag.length, end), offset: i });
      i = end + tag.length;
    } else if (/[\p{L}_]/u.test(c)) {
      const m = /^[\p{L}\p{N}_$]+/u.exec(sql.slice(i))!;
      tokens.push({ kind: "word", text: m[0], offset: i });
      i += m[0].length;
    } else {
      tokens.push({ kind: "symbol", text: c, offset: i });
      i++;
    }
  }
  return tokens;
}

/** Checks one console query; returns it without a trailing semicolon, or why it is refused. */
export function guardSql(sql: string): GuardResult {
  const tokens = tokenize(sql);
  if (!Array.isArray(tokens)) return { ok: false, code: "unterminated", word: "", offset: tokens.unterminated };
  let end = tokens.length;
  while (end > 0 && tokens[end - 1]!.text === ";" && tokens[end - 1]!.kind === "symbol") end--;
  const body = tokens.slice(0, end);
  if (body.length === 0) return { ok: false, code: "empty", word: "", offset: 0 };
  const semicolon = body.find((t) => t.kind === "symbol" && t.text === ";");
  if (semicolon) return { ok: false, code: "multiple-statements", word: ";", offset: semicolon.offset };
  const first = body.find((t) => !(t.kind === "symbol" && t.text === "("));
  if (!first || first.kind !== "word" || !READ_STARTS.has(first.text.toUpperCase())) {
    return { ok: false, code: "not-read-only", word: first?.text ?? "", offset: first?.offset ?? 0 };
  }
  for (const [i, t] of body.entries()) {
    if (t.kind === "string" && /^[a-z][a-z0-9+.-]*:\/\//i.test(t.text.trim())) return { ok: false, code: "url", word: t.text, offset: t.offset };
    if (t.kind !== "word") continue;
    const upper = t.text.toUpperCase();
    const lower = t.text.toLowerCase();
    // A column may be named like a keyword when written after a dot (r.load); a bare keyword may not.
    const afterDot = body[i - 1]?.kind === "symbol" && body[i - 1]!.text === ".";
    if (FORBIDDEN.has(upper) && !afterDot) return { ok: false, code: "forbidden-keyword", word: t.text, offset: t.offset };
    const isCall = body[i + 1]?.kind === "symbol" && body[i + 1]!.text === "(";
    if (isCall && (lower.startsWith("read_") || FILE_FUNCTIONS.has(lower))) return { ok: false, code: "file-function", word: t.text, offset: t.offset };
  }
  const sqlEnd = end < tokens.length ? tokens[end]!.offset : sql.length;
  return { ok: true, sql: sql.slice(0, sqlEnd).trim() };
}
