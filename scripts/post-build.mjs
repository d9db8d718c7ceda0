// Trunk post_build hook: give the service worker the exact list of files this build made
// (hashed names included) and a version derived from their contents.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error("post-build: TRUNK_STAGING_DIR is not set (run through trunk build)");
  process.exit(1);
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

// The Content-Security-Policy allows no inline script: move Trunk's inline start-up module
// into a file of its own, named by its content like every other built file.
const indexPath = join(staging, "index.html");
let indexHtml = readFileSync(indexPath, "utf8");
let moved = 0;
indexHtml = indexHtml.replace(/<script type="module">([\s\S]*?)<\/script>/g, (_, body) => {
  const name = `start-${createHash("sha256").update(body).digest("hex").slice(0, 16)}.js`;
  writeFileSync(join(staging, name), body.trim() + "\n");
  moved += 1;
  return `<script type="module" src="/${name}"></script>`;
});
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(indexHtml)) {
  console.error("post-build: index.html still has an inline script, which the CSP forbids");
  process.exit(1);
}
writeFileSync(indexPath, indexHtml);
console.log(`post-build: moved ${moved} inline script(s) into files`);

const swPath = join(staging, "sw.js");
const files = walk(staging)
  .map((path) => relative(staging, path).split(sep).join("/"))
  .filter((path) => path !== "sw.js")
  .sort();

const hash = createHash("sha256");
for (const file of files) {
  hash.update(file);
  hash.update("\0");
  hash.update(readFileSync(join(staging, file)));
}
const version = hash.digest("hex").slice(0, 16);

const template = readFileSync(swPath, "utf8");
for (const placeholder of ['"__VEILIG_BUILD_VERSION__"', '["__VEILIG_PRECACHE__"]']) {
  if (!template.includes(placeholder)) {
    console.error(`post-build: ${placeholder} not found in sw.js`);
    process.exit(1);
  }
}
const sw = template
  .replace('"__VEILIG_BUILD_VERSION__"', JSON.stringify(version))
  .replace('["__VEILIG_PRECACHE__"]', JSON.stringify(files));
writeFileSync(swPath, sw);
console.log(`post-build: service worker ${version} precaches ${files.length} files`);
