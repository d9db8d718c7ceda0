// Veilig's start: load the app this device needs. A template: scripts/post-build.mjs fills
// in this build's file names and writes it, named by its content, in place of Trunk's
// start-up script (the Content-Security-Policy allows no inline script).
//
// The family's app (young people and parents) is the default and what a first visit loads.
// It is two modules: the door, small, which opens storage and shows the lock (or asks a new
// phone for its first code), and the home with every screen behind the lock. Once the code
// opens the data, the door hands its key to this script, the home starts with it, and the
// door leaves the page (src/ui/shell/part.rs). The home is fetched and compiled while the
// lock shows.
// A device set up for a professional has "professional" under "veilig-app" in localStorage
// (written by the app; it says nothing about a person) and loads the professional's app,
// the complete one.
const APPS = "__VEILIG_APPS__";

// A fallback that needs nothing of the app: if the WebAssembly never loads or stops
// working, "Snel weg" (Shift three times, or the button) still blanks the page and leaves,
// and a page hidden for longer than the app's own lock (30 s) still blanks and reloads,
// which starts the app locked. When the app is alive it does the same first; doing it twice
// does no harm, and the reload comes later than the app's lock, which first saves what was
// being typed.
const EXIT_PAGE = "/weer.html";
const HIDDEN_RELOAD_MS = 40_000;

// Blank at once; leave unless the app is already leaving (it marks <html data-leaving>),
// so that the page is never sent away twice.
let leaving = false;
function leave() {
  leaving = true;
  window.speechSynthesis?.cancel();
  document.body.classList.add("veiled");
  document.body.replaceChildren();
  document.title = "Weetjes over het weer";
  setTimeout(() => {
    if (!document.documentElement.hasAttribute("data-leaving")) location.replace(EXIT_PAGE);
  }, 50);
}

let shifts = [];
addEventListener(
  "keydown",
  (event) => {
    if (event.key !== "Shift" || event.repeat) return;
    const now = performance.now();
    shifts = [...shifts.filter((t) => now - t < 1500), now];
    if (shifts.length >= 3) leave();
  },
  true,
);
addEventListener(
  "click",
  (event) => {
    if (event.target instanceof Element && event.target.closest("[data-quick-exit]")) leave();
  },
  true,
);
let hiddenTimer;
document.addEventListener("visibilitychange", () => {
  clearTimeout(hiddenTimer);
  if (document.visibilityState === "hidden") {
    // Out of sight: nothing of the app is seen, nor heard ("Lees voor").
    window.speechSynthesis?.cancel();
    document.body.classList.add("veiled");
    hiddenTimer = setTimeout(() => {
      document.body.replaceChildren();
      location.reload();
    }, HIDDEN_RELOAD_MS);
  } else {
    document.body.classList.remove("veiled");
  }
});

async function start(app) {
  // Fetch the wasm while its glue code loads, not after.
  const module = fetch(app.wasm);
  module.catch(() => {}); // a failure shows where it is awaited; the import may fail first
  const bindings = await import(app.js);
  // Nothing of the module (its exports, its memory, which holds decrypted data and what
  // is typed) is put on the page; the Content-Security-Policy lets no other script in.
  await bindings.default({ module_or_path: module });
  return bindings;
}

// A second after the door's first screen is drawn (its "veilig-ready" mark): from then on
// the home may use the network without slowing that screen, or its painting, down. Typing a
// code takes longer; if it does not, the home is fetched at the code (see `family`).
const AFTER_FIRST_SCREEN_MS = 1000;
function firstScreen() {
  const later = (resolve) => setTimeout(resolve, AFTER_FIRST_SCREEN_MS);
  return new Promise((resolve) => {
    if (performance.getEntriesByName("veilig-ready").length > 0) return later(resolve);
    new PerformanceObserver((list, observer) => {
      if (list.getEntriesByName("veilig-ready").length > 0) {
        observer.disconnect();
        later(resolve);
      }
    }).observe({ type: "mark" });
  });
}

// Give up on a home that does not come (a connection that stalls): the door says so.
const HOME_WAIT_MS = 30_000;
function inTime(promise) {
  return Promise.race([
    promise,
    new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), HOME_WAIT_MS)),
  ]);
}

const leavingNow = () => leaving || document.documentElement.hasAttribute("data-leaving");

// The family's home, compiled: fetched and compiled while the lock shows.
async function compileHome() {
  const response = await fetch(APPS.home.wasm);
  if (!response.ok) throw new Error(`${response.status}`);
  return WebAssembly.compile(await response.arrayBuffer());
}

// The family's app: the door, then the home with the door's key.
async function family() {
  const door = await start(APPS.family);
  let home = null;
  firstScreen().then(() => {
    home ??= compileHome();
    home.catch(() => {}); // tried again below
  });
  const { key, factor } = await door.unlocked();
  let bindings;
  try {
    // Fetched again if that failed while the lock showed (the connection may be back). The
    // glue is imported only now: a module that failed to load stays failed in this page.
    bindings = await inTime(
      (async () => {
        // (Compiled now if the code came before the wait after the first screen was over.)
        const module = await (home ??= compileHome()).catch(compileHome);
        const glue = await import(APPS.home.js);
        await glue.default({ module_or_path: module });
        return glue;
      })(),
    );
  } catch {
    // Not on this phone and no connection: the door says so, at the lock again.
    if (leavingNow()) return;
    sessionStorage.setItem("veilig-home-failed", "1");
    location.reload();
    return;
  }
  // "Snel weg" while the home loaded: nothing opens on a page that is leaving.
  if (leavingNow()) return;
  door.close();
  try {
    bindings.open(key, factor);
  } catch {
    // Started locked again rather than a blank page.
    location.reload();
  } finally {
    factor?.fill(0);
  }
}

function professional() {
  try {
    return localStorage.getItem("veilig-app") === "professional";
  } catch {
    return false;
  }
}

if (professional()) {
  try {
    await start(APPS.professional);
    // Keep it for offline use, also when this page is not under the service worker yet.
    navigator.serviceWorker?.ready.then((r) => r.active?.postMessage("keep-professional-app"));
  } catch {
    // Never downloaded and no connection: the family's app says so and offers to retry.
    sessionStorage.setItem("veilig-professional-app-failed", "1");
    await family();
  }
} else {
  // Not (or no longer) a professional's device: the service worker need not keep that app.
  navigator.serviceWorker?.ready.then((r) => r.active?.postMessage("drop-professional-app"));
  await family();
}
