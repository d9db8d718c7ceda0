// Veilig's service worker: the app, offline.
//
// scripts/post-build.mjs writes BUILD_VERSION, PRECACHE, DEFERRED and PROFESSIONAL at build
// time from the files the build produced (hashed names included), so no list is written by
// hand. Every device precaches PRECACHE: the shell and the family's app (its door, the lock,
// and its home, every screen behind the lock). DEFERRED (the QR
// module, which only the screens that show or scan a code load, the family's texts, which
// only the lessons and the parents' texts read, and the PNG icons, which only installing
// needs) is fetched once the worker is active, after the first screen, so it works offline
// without growing the first load.
// The professional's app
// is kept only on a device that uses it: when it is first fetched or the page asks for it,
// and on every update after that, so a professional's device never loses it offline.
const BUILD_VERSION = "__VEILIG_BUILD_VERSION__";
const PRECACHE = ["__VEILIG_PRECACHE__"];
const DEFERRED = ["__VEILIG_DEFERRED__"];
const PROFESSIONAL = ["__VEILIG_PROFESSIONAL__"];
const CACHE = `veilig-${BUILD_VERSION}`;
const SHELL = "index.html";

// Bypass the HTTP cache so a new version never keeps stale files.
const fresh = (url) => new Request(url, { cache: "reload" });

/** Does any version on this device keep a professional's app? */
async function professionalAppKept() {
  for (const name of await caches.keys()) {
    if (!name.startsWith("veilig-")) continue;
    const requests = await (await caches.open(name)).keys();
    if (requests.some((r) => new URL(r.url).pathname.startsWith("/veilig-pro-"))) return true;
  }
  return false;
}

/** Keep this version's professional's app (what is there already stays). */
async function keepProfessionalApp() {
  const cache = await caches.open(CACHE);
  const missing = [];
  for (const file of PROFESSIONAL) if (!(await cache.match(file))) missing.push(file);
  await cache.addAll(missing.map(fresh));
}

// A file named by its content's hash: the same name is the same file in every version.
const hashed = (file) => /-[0-9a-f]{16}[._]/.test(file);

/** Take over the deferred files an older version kept, so that an update chosen offline
 *  keeps the QR module, the texts and the icons (a changed file has a new name, or, for the
 *  icons, is fetched again by `keepDeferred` once online). */
async function carryDeferred(cache) {
  for (const name of await caches.keys()) {
    if (!name.startsWith("veilig-") || name === CACHE) continue;
    const old = await caches.open(name);
    for (const file of DEFERRED) {
      if (await cache.match(file)) continue;
      const kept = await old.match(file);
      if (kept) await cache.put(file, kept);
    }
  }
}

/** Keep this version's deferred files; offline now, they are kept when first fetched. */
async function keepDeferred() {
  const cache = await caches.open(CACHE);
  for (const file of DEFERRED) {
    if (hashed(file) && (await cache.match(file))) continue;
    try {
      const response = await fetch(fresh(file));
      if (response.ok) await cache.put(file, response);
    } catch {
      // No connection: the fetch handler keeps it the first time it is fetched.
    }
  }
}

/** The device is no longer a professional's: let the professional's app go. */
async function dropProfessionalApp() {
  const cache = await caches.open(CACHE);
  await Promise.all(PROFESSIONAL.map((file) => cache.delete(file)));
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll(PRECACHE.map(fresh));
      if (await professionalAppKept()) await keepProfessionalApp();
      await carryDeferred(cache);
    })(),
  );
  // No skipWaiting here: a new version waits until the person chooses to load it.
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names
          .filter((name) => name.startsWith("veilig-") && name !== CACHE)
          .map((name) => caches.delete(name)),
      );
      // Control the page of a first visit at once, so it works offline from then on.
      await self.clients.claim();
      await keepDeferred();
    })(),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") {
    self.skipWaiting();
  } else if (event.data === "keep-professional-app") {
    event.waitUntil(keepProfessionalApp());
  } else if (event.data === "drop-professional-app") {
    event.waitUntil(dropProfessionalApp());
  }
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const file = url.pathname.slice(1);
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      // Every in-app navigation gets the app shell; the app itself decides what to show.
      // A page the build ships on its own (the neutral page of "Snel weg") is itself.
      const own = PRECACHE.includes(file) && file.endsWith(".html");
      const cached =
        request.mode === "navigate" && !own
          ? await cache.match(SHELL)
          : await cache.match(request, { ignoreSearch: true });
      if (cached) return cached;
      const response = await fetch(request);
      // The professional's app, fetched for the first time: keep it for offline use.
      if ((PROFESSIONAL.includes(file) || DEFERRED.includes(file)) && response.ok) {
        await cache.put(file, response.clone());
      }
      return response;
    })(),
  );
});
