// Trunk post_build hook. Trunk has built the family's door (young people and parents: the
// crate without its default "professional" feature; the lock, the first module the family's
// app loads). This hook
//   1. builds the family's home (the second module of the family's app: everything behind
//      the lock, src/bin/home.rs), the professional's app (the complete crate) and the QR
//      module (crates/qr)
//      beside it: cargo, wasm-bindgen and, for a release, wasm-opt with the same parameters
//      index.html gives Trunk; and names the QR module in a <meta> of index.html;
//   2. replaces Trunk's inline start-up script with static/start.js, which loads one app or
//      the other (the Content-Security-Policy allows no inline script);
//      and copies the family's texts (content/) in under hashed names, named in a <meta> too;
//   3. gives the service worker the exact lists of files this build made (hashed names
//      included): what every device precaches, and the professional's app, which only a
//      professional's device keeps; and a version derived from all of their contents.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";

const staging = process.env.TRUNK_STAGING_DIR;
const source = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
if (!staging) {
  console.error("post-build: TRUNK_STAGING_DIR is not set (run through trunk build)");
  process.exit(1);
}
const release = process.env.TRUNK_PROFILE === "release";

function fail(message) {
  console.error(`post-build: ${message}`);
  process.exit(1);
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const hashOf = (...parts) => {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part);
  return hash.digest("hex").slice(0, 16);
};

const run = (command, args) => execFileSync(command, args, { cwd: source, stdio: ["ignore", "inherit", "inherit"] });

// Trunk's start-up script names the family's app.
const indexPath = join(staging, "index.html");
let indexHtml = readFileSync(indexPath, "utf8");
const inline = [...indexHtml.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)];
if (inline.length !== 1) fail(`expected Trunk's one start-up script, found ${inline.length}`);
const family = {
  js: inline[0][1].match(/from '(\/[^']+\.js)'/)?.[1],
  wasm: inline[0][1].match(/module_or_path: '(\/[^']+\.wasm)'/)?.[1],
};
if (!family.js || !family.wasm) fail("the family's app is not named in Trunk's start-up script");

// 1. The family's home, the professional's app and the QR module: each built with cargo,
// wasm-bindgen and, for a release, wasm-opt with the parameters index.html gives Trunk; named
// by their hash.
const { target_directory: targetDir } = JSON.parse(
  execFileSync("cargo", ["metadata", "--format-version=1", "--no-deps"], { cwd: source, encoding: "utf8" }),
);
const profile = release ? "release" : "debug";
function bindgen(built, prefix) {
  const work = mkdtempSync(join(tmpdir(), `${prefix}-`));
  try {
    run("wasm-bindgen", ["--target", "web", "--no-typescript", "--out-dir", work, "--out-name", prefix, built]);
    let wasmPath = join(work, `${prefix}_bg.wasm`);
    if (release) {
      const params = readFileSync(process.env.TRUNK_HTML_FILE ?? join(source, "index.html"), "utf8")
        .match(/data-wasm-opt-params="([^"]*)"/)?.[1]
        .split(/\s+/)
        .filter(Boolean);
      if (!params) fail(`index.html gives wasm-opt no parameters to build ${prefix} with`);
      const local = join(source, "node_modules", ".bin", "wasm-opt");
      const optimised = join(work, "optimised.wasm");
      run(existsSync(local) ? local : "wasm-opt", ["-Oz", ...params, wasmPath, "-o", optimised]);
      wasmPath = optimised;
    }
    const wasm = readFileSync(wasmPath);
    const js = readFileSync(join(work, `${prefix}.js`));
    const name = `${prefix}-${hashOf(wasm, js)}`;
    writeFileSync(join(staging, `${name}_bg.wasm`), wasm);
    writeFileSync(join(staging, `${name}.js`), js);
    return { js: `/${name}.js`, wasm: `/${name}_bg.wasm` };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
// First the family's home, the second module of the family's app: the same crate and
// features as the door Trunk built (so the library is not built again), its other binary.
console.log(`post-build: building the family's home (${profile})`);
run("cargo", ["build", "--target", "wasm32-unknown-unknown", "--bin", "home", "--no-default-features", ...(release ? ["--release"] : [])]);
const home = bindgen(join(targetDir, "wasm32-unknown-unknown", profile, "home.wasm"), "veilig-home");
console.log(`post-build: building the professional's app (${profile})`);
run("cargo", ["build", "--target", "wasm32-unknown-unknown", "--bin", "veilig", ...(release ? ["--release"] : [])]);
const professional = bindgen(join(targetDir, "wasm32-unknown-unknown", profile, "veilig.wasm"), "veilig-pro");
console.log(`post-build: building the QR module (${profile})`);
run("cargo", ["build", "--target", "wasm32-unknown-unknown", "-p", "veilig-qr", ...(release ? ["--release"] : [])]);
const qr = bindgen(join(targetDir, "wasm32-unknown-unknown", profile, "veilig_qr.wasm"), "veilig-qr");

// 2. The start script in place of Trunk's.
const template = readFileSync(join(source, "static", "start.js"), "utf8");
if (!template.includes('"__VEILIG_APPS__"')) fail('"__VEILIG_APPS__" not found in static/start.js');
// Its comments are for whoever reads the template, not for every device to download.
const start = template
  .replace('"__VEILIG_APPS__"', JSON.stringify({ family, home, professional }))
  .replace(/^\s*\/\/.*\n/gm, "");
const startName = `start-${hashOf(start)}.js`;
writeFileSync(join(staging, startName), start);
indexHtml = indexHtml.replace(inline[0][0], `<script type="module" src="/${startName}"></script>`);
// Where the app finds the QR module (loaded only by the screens that show or scan a code).
if (!indexHtml.includes("</head>")) fail("index.html has no </head>");
indexHtml = indexHtml.replace("</head>", `<meta name="veilig-qr" content="${qr.js} ${qr.wasm}">\n</head>`);
// The family's texts (content/lessons.<language>.txt), loaded after the first screen: each
// under a name with its hash, named in a <meta> too, without the comments and blank lines
// that only whoever writes them needs. The app checks a file whole when it reads it
// (src/domain/education.rs); here only that it is the language it says.
const texts = ["nl", "en"].map((language) => {
  const lines = readFileSync(join(source, "content", `lessons.${language}.txt`), "utf8")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
  if (lines[0] !== `language ${language}`) fail(`content/lessons.${language}.txt does not start with "language ${language}"`);
  const compact = lines.join("\n") + "\n";
  const name = `lessons-${language}-${hashOf(compact)}.txt`;
  writeFileSync(join(staging, name), compact);
  return { language, name };
});
indexHtml = indexHtml.replace(
  "</head>",
  `<meta name="veilig-texts" content="${texts.map((t) => `${t.language}=/${t.name}`).join(" ")}">\n</head>`,
);
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(indexHtml)) fail("index.html still has an inline script, which the CSP forbids");
writeFileSync(indexPath, indexHtml);

// 3. The service worker's lists and version.
const files = walk(staging)
  .map((path) => relative(staging, path).split(sep).join("/"))
  .filter((path) => path !== "sw.js")
  .sort();
const professionalFiles = [professional.js, professional.wasm].map((p) => p.slice(1));
// After the first screen: the QR module, the texts, and the PNG icons, which only installing
// Veilig on a home screen needs (the page itself shows none of them).
const deferredFiles = [qr.js, qr.wasm]
  .map((p) => p.slice(1))
  .concat(texts.map((t) => t.name))
  .concat(files.filter((f) => /^icons\/.*\.png$/.test(f)));
const everyDevice = files.filter((f) => !professionalFiles.includes(f) && !deferredFiles.includes(f));
const version = hashOf(...files.flatMap((f) => [f, "\0", readFileSync(join(staging, f))]));

const swPath = join(staging, "sw.js");
const sw = readFileSync(swPath, "utf8");
const placeholders = {
  '"__VEILIG_BUILD_VERSION__"': JSON.stringify(version),
  '["__VEILIG_PRECACHE__"]': JSON.stringify(everyDevice),
  '["__VEILIG_DEFERRED__"]': JSON.stringify(deferredFiles),
  '["__VEILIG_PROFESSIONAL__"]': JSON.stringify(professionalFiles),
};
let filled = sw;
for (const [placeholder, value] of Object.entries(placeholders)) {
  if (!filled.includes(placeholder)) fail(`${placeholder} not found in sw.js`);
  filled = filled.replace(placeholder, value);
}
writeFileSync(swPath, filled);
console.log(
  `post-build: service worker ${version} precaches ${everyDevice.length} files; ` +
    `then ${deferredFiles.length} in the background; the professional's app adds ${professionalFiles.length}`,
);
