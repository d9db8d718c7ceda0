// Veilig's start: load the app this device needs. A template: scripts/post-build.mjs fills
// in this build's file names and writes it, named by its content, in place of Trunk's
// start-up script (the Content-Security-Policy allows no inline script).
//
// The family's app (young people and parents) is the default and what a first visit loads.
// A device set up for a professional has "professional" under "veilig-app" in localStorage
// (written by the app; it says nothing about a person) and loads the professional's app,
// the complete one.
const APPS = "__VEILIG_APPS__";

async function start(app) {
  // Fetch the wasm while its glue code loads, not after.
  const module = fetch(app.wasm);
  module.catch(() => {}); // a failure shows where it is awaited; the import may fail first
  const bindings = await import(app.js);
  // Nothing of the module (its exports, its memory, which holds decrypted data and what
  // is typed) is put where another script on the page could reach it.
  await bindings.default({ module_or_path: module });
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
    await start(APPS.family);
  }
} else {
  await start(APPS.family);
  // Not (or no longer) a professional's device: the service worker need not keep that app.
  navigator.serviceWorker?.ready.then((r) => r.active?.postMessage("drop-professional-app"));
}
