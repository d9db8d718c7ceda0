// The size budget: everything a first visit downloads, gzip-compressed, must stay within
// 200 KB. Prints each file and the total; exits non-zero when over budget.
// Usage: node scripts/check-size.mjs DIR
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";

const BUDGET = 200 * 1000;
const dir = process.argv[2] ?? "dist";

function walk(d) {
  return readdirSync(d).flatMap((name) => {
    const path = join(d, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

// The whole build counts, including the icons and the service worker's precache, because
// the service worker downloads all of it on the first visit.
let total = 0;
const rows = walk(dir)
  .map((path) => {
    const raw = readFileSync(path);
    const gz = gzipSync(raw, { level: 9 }).length;
    total += gz;
    return [relative(dir, path), raw.length, gz];
  })
  .sort((a, b) => b[2] - a[2]);
for (const [name, raw, gz] of rows) {
  console.log(`${name.padEnd(48)} ${String(raw).padStart(9)} B raw ${String(gz).padStart(8)} B gzip`);
}
const verdict = total <= BUDGET ? "within" : "OVER";
console.log(`first-load transfer (gzip): ${(total / 1000).toFixed(1)} KB, ${verdict} the ${BUDGET / 1000} KB budget`);
process.exit(total <= BUDGET ? 0 : 1);
