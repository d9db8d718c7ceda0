// Two apps from one build: the family's app (young people and parents), which every first
// visit loads and every device keeps offline, and the professional's app, the complete one,
// which only a professional's device downloads and keeps.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { checkScreen, DIST, openApp, passLock, reopen, SECRET, unlock, waitForServiceWorker } from "./helpers.js";

const professionalApp = (path) => /^\/veilig-pro-/.test(path);
// What the service worker fetches after the first screen: the QR module (2 files), the
// texts (2 languages) and the PNG icons (3).
const deferred = (path) => /^\/(veilig-qr-|lessons-|icons\/.*\.png$)/.test(path);

/** Every path this context asks for, the service worker's requests included. */
function watchPaths(context) {
  const paths = [];
  context.on("request", (request) => paths.push(new URL(request.url()).pathname));
  return paths;
}

/** The paths kept in the service worker's caches, one list per cache. */
function cachedPaths(page) {
  return page.evaluate(async () => {
    const out = {};
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      out[name] = (await cache.keys()).map((r) => new URL(r.url).pathname);
    }
    return out;
  });
}

/** Wait until the service worker keeps the professional's app. */
async function professionalAppKept(page) {
  await expect
    .poll(async () => Object.values(await cachedPaths(page)).flat().filter(professionalApp).length, { timeout: 20_000 })
    .toBe(2);
}

test("a family's device never downloads the professional's app", async ({ page, context }) => {
  const paths = watchPaths(context);
  await openApp(page);
  await waitForServiceWorker(page);
  await page.getByRole("navigation").getByRole("button", { name: "Uitleg" }).click();
  await reopen(page);
  await expect(page.getByRole("heading", { level: 1, name: "Mijn veilige mensen" })).toBeVisible();
  expect(paths.some((p) => p.endsWith("_bg.wasm"))).toBe(true);
  expect(paths.filter(professionalApp)).toEqual([]);
  expect(Object.values(await cachedPaths(page)).flat().filter(professionalApp)).toEqual([]);
});

test("a professional's device keeps the professional's app offline, also through an update, with the QR module, the texts and the icons", async ({ page, context }) => {
  const swPath = join(DIST, "sw.js");
  const original = readFileSync(swPath, "utf8");
  try {
    await openApp(page, "/", { role: "professional" });
    await waitForServiceWorker(page);
    await professionalAppKept(page);
    // What the worker fetches after the first screen is kept too.
    await expect.poll(async () => Object.values(await cachedPaths(page)).flat().filter(deferred).length, { timeout: 20_000 }).toBe(7);

    // A new version (a new cache) is deployed and found while online, at the office...
    const version = original.match(/const BUILD_VERSION = "([0-9a-f]+)";/)[1];
    writeFileSync(swPath, original.replace(`"${version}"`, '"0123456789abcdef"'));
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await expect(page.getByText("Er is een nieuwe versie van Veilig.")).toBeVisible();
    await expect
      .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).waiting?.state))
      .toBe("installed");
    // ...and chosen offline, in a family's living room: the old version's cache goes, and
    // the professional's app must already be in the new one. (The browser's own HTTP cache
    // may be emptied at any time on a phone; here it is, so it cannot stand in.)
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.clearBrowserCache");
    await context.setOffline(true);
    await page.getByRole("button", { name: "Nieuwe versie laden" }).click();
    await unlock(page);
    await expect(page.getByRole("heading", { level: 1, name: "Gezinnen" })).toBeVisible();
    const caches = await cachedPaths(page);
    expect(Object.keys(caches)).toEqual(["veilig-0123456789abcdef"]);
    expect(caches["veilig-0123456789abcdef"].filter(professionalApp)).toHaveLength(2);
    // The QR module, the texts of both languages and the three icons only installing needs:
    // taken over from the old version's cache, since the new one cannot fetch them offline.
    expect(caches["veilig-0123456789abcdef"].filter(deferred)).toHaveLength(7);

    // Still offline, the professional's app starts again: the caseload is its screen.
    await reopen(page);
    await expect(page.getByRole("heading", { level: 1, name: "Gezinnen" })).toBeVisible();
    await page.getByRole("button", { name: "Voorbeeldgezin laden" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Voorbeeldgezin Bakker" })).toBeVisible();
  } finally {
    writeFileSync(swPath, original);
  }
});

test("becoming a professional offline, before that app was ever downloaded, says so and loses nothing", async ({ page, context }) => {
  await openApp(page);
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.getByRole("button", { name: "Instellingen" }).click();
  await page.getByRole("button", { name: "Ander gebruik kiezen" }).click();
  await page.getByRole("button", { name: "Ja, opnieuw kiezen" }).click();
  await page.getByRole("button", { name: /^Ik ben hulpverlener/ }).click();
  // The family's app starts instead, locked as always, then explains.
  await expect(page.getByRole("heading", { level: 1, name: "Op slot" })).toBeVisible();
  await expect(page.getByText(/Veilig is nu klaar voor je werk als hulpverlener/)).toHaveCount(0);
  await unlock(page);
  await expect(page.getByRole("alert")).toHaveText(
    /^Veilig voor hulpverleners kon niet worden geladen\. De eerste keer is internet nodig\./,
  );
  await expect(page.getByRole("heading", { level: 1, name: "Veilig voor hulpverleners" })).toBeVisible();
  await checkScreen(page, "light-nl-professional-app-failed");
  // Still a professional's device: the family's app's settings ask for its stronger code.
  await page.getByRole("button", { name: "Instellingen" }).click();
  await page.getByLabel("Je huidige code").fill(SECRET);
  await page.getByLabel("Nieuwe geheime code").fill("975318");
  await page.getByLabel("Nog een keer dezelfde code").fill("975318");
  await page.getByRole("button", { name: "Code veranderen" }).click();
  await expect(
    page.getByText("Op het apparaat van een hulpverlener: kies minstens 8 cijfers, of een zin van minstens 8 tekens."),
  ).toBeVisible();
  await page.getByRole("button", { name: "Terug", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Veilig voor hulpverleners" })).toBeVisible();

  // Online again, trying again opens it; its lock screen says why the code is asked again.
  await context.setOffline(false);
  await page.getByRole("button", { name: "Opnieuw proberen" }).click();
  await expect(page.getByText("Veilig is nu klaar voor je werk als hulpverlener. Vul je geheime code nog één keer in.")).toBeVisible();
  await checkScreen(page, "light-nl-professional-app-unlock");
  await unlock(page);
  await expect(page.getByRole("heading", { level: 1, name: "Gezinnen" })).toBeVisible();
  await professionalAppKept(page);
});

test("a professional's device used by a parent goes back to the family's app", async ({ page, context }) => {
  await openApp(page, "/", { role: "professional" });
  await waitForServiceWorker(page);
  await page.getByRole("button", { name: "Voorbeeldgezin laden" }).click();
  await page.getByRole("button", { name: "Plan afgesproken" }).click();
  await expect(page.getByText("Versie 1 van het plan is vastgelegd.")).toBeVisible();
  await page.getByRole("button", { name: "Instellingen" }).click();
  await page.getByRole("button", { name: "Ander gebruik kiezen" }).click();
  await page.getByRole("button", { name: "Ja, opnieuw kiezen" }).click();
  await page.getByRole("button", { name: /^Ik ben ouder of verzorger/ }).click();
  await page.getByRole("button", { name: "Voorbeeldgezin Bakker" }).click();
  await page.getByRole("button", { name: "Sanne" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ons veiligheidsplan" })).toBeVisible();

  // From the next start on, the smaller app, and the professional's is let go.
  const paths = watchPaths(context);
  await page.reload();
  await passLock(page);
  await expect(page.getByRole("heading", { level: 1, name: "Ons veiligheidsplan" })).toBeVisible();
  expect(paths.filter(professionalApp)).toEqual([]);
  await expect
    .poll(async () => Object.values(await cachedPaths(page)).flat().filter(professionalApp))
    .toEqual([]);
});
