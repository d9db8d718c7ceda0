// Veilig's service worker: the whole app, offline.
//
// scripts/post-build.mjs writes BUILD_VERSION and PRECACHE at build time from the files the
// build produced (hashed names included), so this list is never written by hand.
const BUILD_VERSION = "__VEILIG_BUILD_VERSION__";
const PRECACHE = ["__VEILIG_PRECACHE__"];
const CACHE = `veilig-${BUILD_VERSION}`;
const SHELL = "index.html";

self.addEventListener("install", (event) => {
  // Bypass the HTTP cache so a new version never precaches stale files.
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      cache.addAll(PRECACHE.map((url) => new Request(url, { cache: "reload" }))),
    ),
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
    })(),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") {
    self.skipWaiting();
  }
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      // Every in-app navigation gets the app shell; the app itself decides what to show.
      // A page the build ships on its own (the neutral page of "Snel weg") is itself.
      const own = PRECACHE.includes(url.pathname.slice(1)) && url.pathname.endsWith(".html");
      const cached =
        request.mode === "navigate" && !own
          ? await cache.match(SHELL)
          : await cache.match(request, { ignoreSearch: true });
      return cached || fetch(request);
    })(),
  );
});
