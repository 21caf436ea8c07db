// A tiny static server for the exported site (`out/`) on 127.0.0.1.
//   PORT=3000 (default)  ROOT=out (default)
//   DATA_DIR=…  serve /data/ from another dataset folder (tests use it for a test-only dataset)
//   SERVE_LOG=1  print "status bytes path" for every response (the web benchmark counts bytes with it)
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";

const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".wasm": "application/wasm",
  ".parquet": "application/vnd.apache.parquet",
  ".map": "application/json; charset=utf-8",
  ".woff2": "font/woff2",
};

const root = path.resolve(process.env.ROOT ?? "out");
const dataDir = process.env.DATA_DIR ? path.resolve(process.env.DATA_DIR) : null;
const port = Number(process.env.PORT ?? 3000);
const basePath = (process.env.NEXT_PUBLIC_BASE_PATH ?? "").replace(/\/$/, "");
const log = process.env.SERVE_LOG === "1";

if (!existsSync(path.join(root, "index.html"))) {
  console.error(`serve: ${root}/index.html does not exist. Build the site first: npm run build`);
  process.exit(1);
}

/** The file for a URL path, or null; never outside the served folders. */
function resolveFile(urlPath: string): string | null {
  let rel = decodeURIComponent(urlPath);
  if (basePath && (rel === basePath || rel.startsWith(`${basePath}/`))) rel = rel.slice(basePath.length) || "/";
  let base = root;
  if (dataDir && rel.startsWith("/data/")) {
    base = dataDir;
    rel = rel.slice("/data".length);
  }
  const file = path.join(base, path.normalize(rel));
  if (file !== base && !file.startsWith(base + path.sep)) return null;
  if (existsSync(file) && statSync(file).isDirectory()) {
    const index = path.join(file, "index.html");
    return existsSync(index) ? index : null;
  }
  if (existsSync(file)) return file;
  if (existsSync(`${file}.html`)) return `${file}.html`;
  return null;
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://localhost");
  let file: string | null = null;
  try {
    file = resolveFile(url.pathname);
  } catch {
    file = null;
  }
  // Directory URLs without the trailing slash get one, as on static hosts.
  if (file?.endsWith("index.html") && !url.pathname.endsWith("/") && !url.pathname.endsWith(".html")) {
    res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
    res.end();
    return;
  }
  const status = file ? 200 : 404;
  file ??= path.join(root, "404.html");
  const type = MIME[path.extname(file)] ?? "application/octet-stream";
  const size = statSync(file).size;
  res.writeHead(status, { "Content-Type": type, "Content-Length": size, "Cache-Control": "no-cache" });
  if (log) console.log(`${status} ${req.method === "HEAD" ? 0 : size} ${url.pathname}`);
  if (req.method === "HEAD") {
    res.end();
    return;
  }
  createReadStream(file).pipe(res);
});

server.listen(port, "127.0.0.1", () => {
  console.log(`serving ${root}${dataDir ? ` (data from ${dataDir})` : ""} on http://127.0.0.1:${port}${basePath}/`);
});

for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.close(() => process.exit(0)));
