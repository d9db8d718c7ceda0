// Render the app icons (PNG) from their SVG sources with headless Chromium, then shrink them
// with pngquant and optipng (Debian packages) when present. Run by hand after changing an
// icon; the PNGs are committed. Usage: node scripts/render-icons.mjs
import { chromium } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

function shrink(path) {
  try {
    execFileSync("pngquant", ["--force", "--quality", "80-100", "--speed", "1", "--strip",
      "--output", path, "--", path]);
    execFileSync("optipng", ["-quiet", "-o7", path]);
  } catch {
    console.warn(`${path}: not shrunk (apt-get install pngquant optipng)`);
  }
}

const jobs = [
  ["static/icons/icon.svg", "static/icons/icon-192.png", 192],
  ["static/icons/icon.svg", "static/icons/icon-512.png", 512],
  ["assets/icon-maskable.svg", "static/icons/maskable-512.png", 512],
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run"],
});
const page = await browser.newPage();
for (const [source, target, size] of jobs) {
  const svg = readFileSync(source, "utf8");
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">` +
      `<img style="display:block;width:${size}px;height:${size}px" ` +
      `src="data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}"></body></html>`,
  );
  await page.screenshot({ path: target, omitBackground: true });
  shrink(target);
  console.log(`${target} (${size}x${size})`);
}
await browser.close();
