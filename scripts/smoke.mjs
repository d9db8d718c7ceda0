// The cross-engine smoke suite (tests/smoke): serves the release build copied to
// target/e2e-dist, starts a virtual screen (Xvfb) for WebKitGTK's MiniBrowser, the engines'
// WebDriver servers (WebKitWebDriver, geckodriver), and runs the journeys in WebKit and
// Firefox. Exits non-zero when any journey fails. scripts/setup.sh --browser installs what it
// needs. Usage: node scripts/smoke.mjs [webkit,firefox]
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:http";
import { homedir } from "node:os";
import { join } from "node:path";

const HOST = "127.0.0.1";
const APP_PORT = 8091;
const CONTROL_PORT = 8095;
const DRIVERS = { webkit: 4445, firefox: 4446 };
const engines = (process.argv[2] ?? "webkit,firefox").split(",");
const children = [];

function start(command, args, options = {}) {
  const child = spawn(command, args, { stdio: ["ignore", "ignore", "pipe"], ...options });
  let errors = "";
  child.stderr.on("data", (chunk) => {
    errors = (errors + chunk).slice(-4000);
  });
  child.on("exit", (code, signal) => {
    if (!child.stopping && code !== 0 && code !== null) {
      console.error(`${command} ended (${code ?? signal}):\n${errors}`);
    }
  });
  children.push(child);
  return child;
}

/** Wait until `url` answers at all (any status), or fail after `seconds`. */
async function answers(url, seconds = 30) {
  const end = Date.now() + seconds * 1000;
  for (;;) {
    try {
      await fetch(url, { signal: AbortSignal.timeout(1000) });
      return;
    } catch {
      if (Date.now() > end) throw new Error(`${url} did not answer within ${seconds} s`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

/** A display number nobody uses. */
function freeDisplay() {
  for (let n = 90; n < 200; n++) {
    if (!existsSync(`/tmp/.X${n}-lock`) && !existsSync(`/tmp/.X11-unix/X${n}`)) return n;
  }
  throw new Error("no free X display");
}

// The app's server, which a journey may stop and start again (the service worker's test).
let app = null;
async function startApp() {
  app = start("node", ["scripts/serve.mjs", "target/e2e-dist", HOST, String(APP_PORT)]);
  await answers(`http://${HOST}:${APP_PORT}/`);
}
async function stopApp() {
  if (!app) return;
  const stopped = new Promise((resolve) => app.once("exit", resolve));
  app.stopping = true;
  app.kill();
  await stopped;
  app = null;
}
const control = createServer(async (req, res) => {
  try {
    if (req.url === "/stop") await stopApp();
    else if (req.url === "/start") await startApp();
    res.writeHead(204).end();
  } catch (error) {
    res.writeHead(500).end(String(error));
  }
});

let code = 1;
try {
  if (!existsSync("target/e2e-dist/index.html")) throw new Error("no build in target/e2e-dist: run scripts/test.sh");
  await startApp();
  await new Promise((resolve) => control.listen(CONTROL_PORT, HOST, resolve));

  const env = { ...process.env };
  const display = freeDisplay();
  if (engines.includes("webkit")) {
    start("Xvfb", [`:${display}`, "-screen", "0", "1280x1024x24", "-nolisten", "tcp"]);
    env.DISPLAY = `:${display}`;
    await new Promise((r) => setTimeout(r, 500));
    start("WebKitWebDriver", [`--port=${DRIVERS.webkit}`, `--host=${HOST}`], { env });
    await answers(`http://${HOST}:${DRIVERS.webkit}/status`);
  }
  if (engines.includes("firefox")) {
    const gecko = join(homedir(), ".cargo/bin/geckodriver");
    start(gecko, ["--port", String(DRIVERS.firefox), "--host", HOST], { env });
    await answers(`http://${HOST}:${DRIVERS.firefox}/status`);
  }

  const run = spawn(
    "node",
    ["--test", "--test-concurrency=1", "--test-timeout=300000", "--test-reporter=spec", "tests/smoke/smoke.test.mjs"],
    {
      stdio: "inherit",
      env: {
        ...env,
        SMOKE_ENGINES: engines.join(","),
        SMOKE_BASE: `http://${HOST}:${APP_PORT}`,
        SMOKE_CONTROL: `http://${HOST}:${CONTROL_PORT}`,
        SMOKE_WEBKIT: `http://${HOST}:${DRIVERS.webkit}`,
        SMOKE_FIREFOX: `http://${HOST}:${DRIVERS.firefox}`,
      },
    },
  );
  code = await new Promise((resolve) => run.on("exit", (c) => resolve(c ?? 1)));
} catch (error) {
  console.error(error.message);
} finally {
  control.close();
  for (const child of children) {
    child.stopping = true;
    child.kill();
  }
}
process.exit(code);
