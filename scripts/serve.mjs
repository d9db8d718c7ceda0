// A small static server for the built app: correct MIME types (the wasm needs
// application/wasm), gzip as any real host would send it, the app shell for unknown paths,
// and no caching of the files that decide which version runs.
// Usage: node scripts/serve.mjs DIR HOST PORT
import { createServer } from "node:http";
import { gzipSync } from "node:zlib";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";

const [root = "dist", host = "127.0.0.1", port = "8080"] = process.argv.slice(2);
const base = resolve(root);

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};
const NO_CACHE = new Set(["/", "/index.html", "/sw.js", "/manifest.webmanifest"]);
// Already compressed, or too small to matter.
const STORED = new Set([".png", ".ico"]);

// Compressed bodies, kept while the file's content stays the same.
const gzipped = new Map();
function compressed(file, raw) {
  const hit = gzipped.get(file);
  if (hit && hit.raw.equals(raw)) return hit.gz;
  const gz = gzipSync(raw, { level: 9 });
  gzipped.set(file, { raw, gz });
  return gz;
}

// Sent with every answer. A meta tag cannot carry frame-ancestors; COOP keeps a page that
// opened this one (or that this one opens) from holding a handle on its window.
const SECURITY_HEADERS = {
  "Content-Security-Policy": "frame-ancestors 'none'",
  "Cross-Origin-Opener-Policy": "same-origin",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "X-Frame-Options": "DENY",
};

const server = createServer(async (req, res) => {
  try {
    await answer(req, res);
  } catch {
    // Whatever a request does, the server keeps serving the others.
    if (!res.headersSent) res.writeHead(500, SECURITY_HEADERS);
    res.end();
  }
});

async function answer(req, res) {
  const url = new URL(req.url ?? "/", "http://localhost");
  let path;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    // A malformed escape such as "/%": say so, never crash.
    res.writeHead(400, { ...SECURITY_HEADERS, "Content-Type": "text/plain" }).end("Bad request");
    return;
  }
  if (path.endsWith("/")) path += "index.html";
  const file = normalize(join(base, path));
  if (file !== base && !file.startsWith(base + sep)) {
    res.writeHead(403, SECURITY_HEADERS).end();
    return;
  }
  let body;
  let type = TYPES[extname(file)] ?? "application/octet-stream";
  try {
    body = await readFile(file);
  } catch {
    if (extname(path) !== "") {
      res.writeHead(404, { ...SECURITY_HEADERS, "Content-Type": "text/plain" }).end("Not found");
      return;
    }
    // An in-app path: answer with the app shell.
    body = await readFile(join(base, "index.html"));
    type = TYPES[".html"];
    path = "/index.html";
  }
  const gzip = !STORED.has(extname(path)) && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "");
  if (gzip) body = compressed(file, body);
  res.writeHead(200, {
    "Content-Type": type,
    ...(gzip ? { "Content-Encoding": "gzip", Vary: "Accept-Encoding" } : {}),
    "Cache-Control": NO_CACHE.has(path) ? "no-cache" : "public, max-age=31536000, immutable",
    ...SECURITY_HEADERS,
  });
  res.end(req.method === "HEAD" ? undefined : body);
}

server.listen(Number(port), host, () => {
  console.log(`serving ${base} at http://${host}:${port}/`);
});
