// The benchmark: the figures people feel, printed as one table with each budget marked OK or
// OVER. Run through scripts/bench.sh, which builds what this needs first.
//
//   transfer   every file of the first load: raw, gzip, brotli; the totals of a family's
//              device and of a professional's (which starts the professional's app)
//   cold load  navigation start to the app's "veilig-ready" mark (first screen rendered
//              with data from IndexedDB); CPU 4x slower, slow 4G (150 ms RTT, 1.6 Mbit/s)
//   warm load  the same, offline, with the service worker in control; CPU 4x slower
//   long task  the longest main-thread task during a cold start, CPU 4x slower
//              (cold, warm and long task also for a professional's device)
//   storage    examples/storage_bench.rs in the page: save a plan, write 1,000 records,
//              load 200 families, read 3,000 records, unlock, a professional's backup of
//              30 families with 10 visits each (made, and restored into an empty device, with
//              the file's size); unthrottled and CPU 4x slower
//   lighthouse performance and accessibility scores, FCP, LCP, TBT (mobile defaults)
//
// Usage: node scripts/bench.mjs [runs]   (default 5 runs per timing)
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";

const RUNS = Number(process.argv[2] ?? 5);
const APP_PORT = 8093;
const BENCH_PORT = 8094;
const CHROMIUM = "/usr/bin/chromium";
const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const BUDGET = {
  transfer: 200 * 1000,
  cold: 2500,
  warm: 1000,
  longTask: 200,
  savePlan: 20,
  write1000: 100,
};

const lines = [];
const row = (what, figure, budget, ok) =>
  lines.push([what, figure, budget ?? "", ok === undefined ? "" : ok ? "OK" : "OVER"]);
const ms = (x) => `${x.toFixed(0)} ms`;
const kb = (x) => `${(x / 1000).toFixed(1)} KB`;

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], min: s[0], max: s[s.length - 1] };
}

function serve(dir, port) {
  const child = spawn("node", ["scripts/serve.mjs", dir, "127.0.0.1", String(port)], { stdio: "ignore" });
  return child;
}

async function waitFor(url) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nothing answers at ${url}`);
}

// Collected in every page before its scripts run.
const OBSERVE_LONG_TASKS = () => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push(e.duration);
  }).observe({ type: "longtask", buffered: true });
};

async function readyTime(page) {
  await page.waitForFunction(() => performance.getEntriesByName("veilig-ready").length > 0, null, {
    timeout: 60_000,
  });
  return page.evaluate(() => performance.getEntriesByName("veilig-ready")[0].startTime);
}

async function throttle(page, { network }) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  if (network) {
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1000 * 1000) / 8,
      uploadThroughput: (750 * 1000) / 8,
    });
  }
  return cdp;
}

// 1. Transfer size of the first load: a family's device downloads every file but the
// professional's app; a professional's device starts its own app instead of the family's.
// Neither counts what the service worker fetches after the first screen (the QR module, the
// family's texts, and the family's home, the module behind the lock, which the start script
// fetches while the lock shows), as scripts/check-size.mjs does not; the home is reported
// on its own line.
const professionalApp = (name) => name.startsWith("veilig-pro-");
const familyApp = (name) => /^veilig-[0-9a-f]+(_bg\.wasm|\.js)$/.test(name);
// The family's home (every screen behind the lock) is fetched while the lock shows.
const afterFirstScreen = (name) =>
  name.startsWith("veilig-qr-") ||
  name.startsWith("veilig-home-") ||
  /^lessons-[a-z]{2}-[0-9a-f]+\.txt$/.test(name) ||
  /^icons\/.*\.png$/.test(name);
const files = walk("dist").filter((path) => !afterFirstScreen(relative("dist", path))).map((path) => {
  const raw = readFileSync(path);
  return { name: relative("dist", path), raw: raw.length, gz: gzipSync(raw, { level: 9 }).length, br: brotliCompressSync(raw).length };
});
files.sort((a, b) => b.gz - a.gz);
const totalOf = (keep) =>
  files.filter((f) => keep(f.name)).reduce((t, f) => ({ raw: t.raw + f.raw, gz: t.gz + f.gz, br: t.br + f.br }), { raw: 0, gz: 0, br: 0 });
const total = { family: totalOf((n) => !professionalApp(n)), professional: totalOf((n) => !familyApp(n)) };
const homeGz = walk("dist")
  .filter((path) => relative("dist", path).startsWith("veilig-home-"))
  .reduce((t, path) => t + gzipSync(readFileSync(path), { level: 9 }).length, 0);

/** Cold loads (throttled CPU and network), the longest start-up task, then warm offline
 *  loads, `RUNS` times each, on a new device.
 *
 *  With `professional`, the cold load is that app's first start as it happens: after the
 *  device's first visit (the family's app, unthrottled), the hand-over loads the
 *  professional's app over the network while the shell comes from the device. The service
 *  worker is blocked for that part, because the network emulation does not reach its
 *  fetches; the browser's cache keeps the shell instead. The warm load then runs under the
 *  service worker, offline, once it keeps the professional's app. */
async function loads(base, professional) {
  const cold = [];
  const warm = [];
  const longest = [];
  const behind = [];
  const device = async (options = {}) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, ...options });
    await context.addInitScript(OBSERVE_LONG_TASKS);
    return { context, page: await context.newPage() };
  };
  for (let i = 0; i < RUNS; i++) {
    let { context, page } = await device(professional ? { serviceWorkers: "block" } : {});
    if (professional) {
      await page.goto(base);
      await readyTime(page);
      await page.evaluate(() => localStorage.setItem("veilig-app", "professional"));
      await throttle(page, { network: true });
      await page.reload();
    } else {
      await throttle(page, { network: true });
      await page.goto(base);
    }
    cold.push(await readyTime(page));
    await page.waitForTimeout(300);
    longest.push(await page.evaluate(() => Math.max(0, ...window.__longTasks)));
    if (professional) {
      await context.close();
      ({ context, page } = await device());
      await context.addInitScript(() => localStorage.setItem("veilig-app", "professional"));
      await page.goto(base);
      await readyTime(page);
      // The service worker keeps the professional's app once asked; wait until it has.
      await page.waitForFunction(
        async () => {
          for (const name of await caches.keys()) {
            const requests = await (await caches.open(name)).keys();
            if (requests.filter((r) => new URL(r.url).pathname.startsWith("/veilig-pro-")).length === 2) return true;
          }
          return false;
        },
        null,
        { timeout: 60_000, polling: 500 },
      );
      await throttle(page, { network: true });
    }
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
    await context.setOffline(true);
    await page.reload();
    warm.push(await readyTime(page));
    if (!professional) {
      // Behind the lock: from the tap that sets the first code to the home's first screen
      // (the family's door hands over to its home; the code's key is derived on the way).
      await page.evaluate(() =>
        document.addEventListener("click", () => (window.__tapped = performance.now()), { capture: true, once: true }),
      );
      await page.getByLabel("Geheime code").fill("24681357");
      await page.getByLabel("Nog een keer dezelfde code").fill("24681357");
      await page.getByRole("button", { name: "Code instellen" }).click();
      await page.waitForFunction(() => performance.getEntriesByName("veilig-ready").length > 1, null, { timeout: 60_000 });
      behind.push(await page.evaluate(() => performance.getEntriesByName("veilig-ready")[1].startTime - window.__tapped));
    }
    await context.close();
  }
  return { c: stats(cold), w: stats(warm), l: stats(longest), b: behind.length ? stats(behind) : null };
}

const app = serve("dist", APP_PORT);
const bench = serve("target/bench-dist", BENCH_PORT);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
try {
  await waitFor(`http://127.0.0.1:${APP_PORT}/`);
  await waitFor(`http://127.0.0.1:${BENCH_PORT}/`);
  const base = `http://127.0.0.1:${APP_PORT}/`;

  // 2-4. Cold load (throttled CPU and network), longest task, then warm offline load: a
  // family's device, then a professional's.
  const { c, w, l, b } = await loads(base, false);
  const pro = await loads(base, true);

  // 5. Storage, unthrottled then with the CPU 4x slower.
  const storage = {};
  for (const mode of ["unthrottled", "CPU 4x"]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${BENCH_PORT}/`);
    await page.getByText("ready").waitFor();
    if (mode !== "unthrottled") await throttle(page, { network: false });
    storage[mode] = JSON.parse(await page.evaluate((n) => window.runBench(n), RUNS));
    await context.close();
  }

  // 6. Lighthouse, if it can run here.
  let lighthouse = null;
  let lighthouseWhy = "";
  const lhBin = "node_modules/.bin/lighthouse";
  if (existsSync(lhBin)) {
    const profile = mkdtempSync(join(tmpdir(), "veilig-lh-"));
    try {
      const out = execFileSync(lhBin, [
        base, "--quiet", "--output=json", "--only-categories=performance,accessibility",
        `--chrome-flags=--headless=new ${FLAGS.join(" ")} --user-data-dir=${profile}`,
      ], { env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 64 * 1024 * 1024, timeout: 180_000 });
      const report = JSON.parse(out.toString());
      const audit = (id) => report.audits[id]?.numericValue ?? NaN;
      lighthouse = {
        performance: Math.round(report.categories.performance.score * 100),
        accessibility: Math.round(report.categories.accessibility.score * 100),
        fcp: audit("first-contentful-paint"),
        lcp: audit("largest-contentful-paint"),
        tbt: audit("total-blocking-time"),
      };
    } catch (e) {
      lighthouseWhy = `lighthouse failed: ${String(e.message).split("\n")[0]}`;
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  } else {
    lighthouseWhy = "lighthouse is not installed (scripts/bench.sh installs it)";
  }

  // The table.
  console.log("\nTransfer of the first load (every file the service worker precaches)");
  console.log(`${"file".padEnd(40)} ${"raw".padStart(10)} ${"gzip".padStart(10)} ${"brotli".padStart(10)}`);
  for (const f of files) {
    console.log(`${f.name.padEnd(40)} ${kb(f.raw).padStart(10)} ${kb(f.gz).padStart(10)} ${kb(f.br).padStart(10)}`);
  }
  for (const [who, t] of Object.entries(total)) {
    console.log(`${`total, ${who}'s device`.padEnd(40)} ${kb(t.raw).padStart(10)} ${kb(t.gz).padStart(10)} ${kb(t.br).padStart(10)}`);
  }

  row("first-load transfer, family's device, gzip", kb(total.family.gz), "<= 200 KB", total.family.gz <= BUDGET.transfer);
  row("first-load transfer, family's device, brotli", kb(total.family.br), "", undefined);
  row("the family's home, fetched while the lock shows, gzip", kb(homeGz), "", undefined);
  row("transfer, professional's app and shell, gzip", kb(total.professional.gz), "", undefined);
  row(`cold load, 4x CPU + slow 4G, median of ${RUNS}`, `${ms(c.median)} (${ms(c.min)}-${ms(c.max)})`, "<= 2.5 s", c.median <= BUDGET.cold);
  row(`warm offline load, 4x CPU, median of ${RUNS}`, `${ms(w.median)} (${ms(w.min)}-${ms(w.max)})`, "<= 1.0 s", w.median <= BUDGET.warm);
  row(`longest start-up task, 4x CPU, median of ${RUNS}`, `${ms(l.median)} (${ms(l.min)}-${ms(l.max)})`, "<= 200 ms", l.median <= BUDGET.longTask);
  row(`first code set to the home's first screen, offline, 4x CPU, median of ${RUNS}`, `${ms(b.median)} (${ms(b.min)}-${ms(b.max)})`, "", undefined);
  row(`professional's device: first start of its app (hand-over), median of ${RUNS}`, `${ms(pro.c.median)} (${ms(pro.c.min)}-${ms(pro.c.max)})`, "", undefined);
  row(`professional's device: warm offline load, median of ${RUNS}`, `${ms(pro.w.median)} (${ms(pro.w.min)}-${ms(pro.w.max)})`, "", undefined);
  row(`professional's device: longest start-up task, median of ${RUNS}`, `${ms(pro.l.median)} (${ms(pro.l.min)}-${ms(pro.l.max)})`, "", undefined);
  for (const [mode, s] of Object.entries(storage)) {
    const fast = mode === "unthrottled";
    row(`save a complete plan, ${mode}`, `${s.save_plan.toFixed(1)} ms`, fast ? "<= 20 ms" : "", fast ? s.save_plan <= BUDGET.savePlan : undefined);
    row(`write 1,000 records in one transaction, ${mode}`, `${s.write_1000.toFixed(1)} ms`, fast ? "<= 100 ms" : "", fast ? s.write_1000 <= BUDGET.write1000 : undefined);
    row(`load a caseload of 200 families, ${mode}`, `${s.caseload_200.toFixed(1)} ms`, "", undefined);
    row(`read 3,000 records, ${mode}`, `${s.read_3000.toFixed(1)} ms`, "", undefined);
    row(`autosave a filled-in home visit, ${mode}`, `${s.save_visit.toFixed(1)} ms`, "", undefined);
    row(`caseload with reminders: 200 families, 1,000 visits, ${mode}`, `${s.caseload_visits.toFixed(1)} ms`, "", undefined);
    row(`backup of 30 families with 10 visits each: make, ${mode}`, `${s.backup_make.toFixed(0)} ms, ${kb(s.backup_bytes)}`, "", undefined);
    row(`backup of 30 families with 10 visits each: restore into an empty device, ${mode}`, `${s.backup_restore.toFixed(0)} ms`, "", undefined);
  }
  for (const [mode, s] of Object.entries(storage)) {
    row(`unlock (PBKDF2, 600,000 iterations), ${mode}`, `${s.unlock.toFixed(0)} ms`, "", undefined);
  }
  if (lighthouse) {
    row("Lighthouse performance / accessibility", `${lighthouse.performance} / ${lighthouse.accessibility}`, "", undefined);
    row("Lighthouse FCP / LCP / TBT", `${ms(lighthouse.fcp)} / ${ms(lighthouse.lcp)} / ${ms(lighthouse.tbt)}`, "", undefined);
  } else {
    row("Lighthouse", lighthouseWhy, "", undefined);
  }
  const widths = [0, 1, 2, 3].map((i) => Math.max(...lines.map((r) => String(r[i]).length), 6));
  console.log("");
  console.log(["measure", "figure", "budget", "verdict"].map((h, i) => h.padEnd(widths[i])).join("  "));
  for (const r of lines) console.log(r.map((v, i) => String(v).padEnd(widths[i])).join("  "));
} finally {
  await browser.close();
  app.kill();
  bench.kill();
}
