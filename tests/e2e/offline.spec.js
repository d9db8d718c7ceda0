// Offline first: the service worker precaches the whole build (but the professional's app)
// on the first visit, and the app with its data works with no network at all.
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, test } from "@playwright/test";
import { addPerson, DIST, openApp, personNames, waitForServiceWorker, reopen, unlock } from "./helpers.js";

function builtFiles(dir = DIST) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? builtFiles(path) : [relative(DIST, path)];
  });
}

test("the first visit precaches every file of the build but the professional's app, the wasm included", async ({ page }) => {
  await openApp(page);
  await waitForServiceWorker(page);
  const cached = await page.evaluate(async () => {
    const names = (await caches.keys()).filter((n) => n.startsWith("veilig-"));
    const cache = await caches.open(names[0]);
    return { names, urls: (await cache.keys()).map((r) => new URL(r.url).pathname.slice(1)) };
  });
  expect(cached.names).toHaveLength(1);
  // The professional's app is kept only on a professional's device (see apps.spec.js).
  const expected = builtFiles()
    .filter((f) => f !== "sw.js" && !f.startsWith("veilig-pro-"))
    .sort();
  expect(expected.some((f) => f.endsWith("_bg.wasm"))).toBe(true);
  expect(cached.urls.sort()).toEqual(expected);
});

test("offline on a first visit: a reload and an in-app address still open the app", async ({ page, context }) => {
  await openApp(page);
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await reopen(page);
  await expect(page.getByRole("heading", { level: 1, name: "Mijn veilige mensen" })).toBeVisible();
  // Any in-app navigation is answered with the app shell.
  await page.goto("/elders/in/de/app");
  await unlock(page);
  await expect(page.getByRole("heading", { level: 1, name: "Mijn veilige mensen" })).toBeVisible();
});

test("offline, the contacts are still there and can be changed", async ({ page, context }) => {
  await openApp(page);
  await waitForServiceWorker(page);
  await addPerson(page, { name: "Oma Els", relation: "oma", phone: "06-12345678" });
  await addPerson(page, { name: "juf Fatima", relation: "juf", phone: "010-1234567" });

  await context.setOffline(true);
  await reopen(page);
  await expect(personNames(page)).toHaveText(["juf Fatima", "Oma Els"]);
  await expect(page.getByRole("link", { name: "Bel Oma Els" })).toHaveAttribute("href", "tel:+31612345678");
  await expect(page.getByRole("link", { name: "Stuur bericht aan juf Fatima" })).toHaveAttribute(
    "href",
    "sms:+31101234567",
  );

  await page.getByRole("button", { name: "Wijzigen juf Fatima" }).click();
  await page.getByLabel("Wie is dit voor jou?").fill("mijn juf");
  await page.getByRole("button", { name: "Persoon opslaan" }).click();
  await expect(page.getByRole("status")).toHaveText("juf Fatima is opgeslagen.");
  await addPerson(page, { name: "Buurvrouw Anja", relation: "buurvrouw", phone: "0687654321" });

  await reopen(page);
  await expect(personNames(page)).toHaveText(["Buurvrouw Anja", "juf Fatima", "Oma Els"]);
  await expect(page.getByText("mijn juf")).toBeVisible();

  await context.setOffline(false);
  await reopen(page);
  await expect(personNames(page)).toHaveText(["Buurvrouw Anja", "juf Fatima", "Oma Els"]);
});

test("the lessons and the parents' texts come after the first screen and are there offline, in both languages", async ({ page, context }) => {
  await openApp(page);
  await waitForServiceWorker(page);
  // The service worker keeps the texts in the background, after the first screen.
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const names = (await caches.keys()).filter((n) => n.startsWith("veilig-"));
        const cache = await caches.open(names[0]);
        return (await cache.keys()).filter((r) => /\/lessons-(nl|en)-[0-9a-f]+\.txt$/.test(r.url)).length;
      }),
    )
    .toBe(2);
  await context.setOffline(true);
  await reopen(page);
  await page.getByRole("navigation").getByRole("button", { name: "Uitleg" }).click();
  await page.getByRole("button", { name: "Het is niet jouw schuld" }).click();
  await expect(page.getByText("Veel jongeren denken dat het aan hen ligt.", { exact: false })).toBeVisible();
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByText("Many young people think it is because of them.", { exact: false })).toBeVisible();
});

test("texts that cannot be loaded say so plainly, and come when tried again", async ({ page, context }) => {
  // No texts to be had: neither the service worker's background fetch nor the page's.
  await context.route(/\/lessons-(nl|en)-[0-9a-f]+\.txt$/, (route) => route.abort());
  await openApp(page);
  await page.getByRole("navigation").getByRole("button", { name: "Uitleg" }).click();
  await page.getByRole("button", { name: "Het is niet jouw schuld" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Het is niet jouw schuld" })).toBeVisible();
  await expect(page.getByRole("alert")).toContainText(
    "De uitleg kon niet worden geladen. Open de app één keer met internet; daarna werkt de uitleg ook zonder.",
  );
  // The help lines stay, whatever happens to the texts.
  await expect(page.getByRole("link", { name: "Bel 112" })).toBeVisible();
  await context.unroute(/\/lessons-(nl|en)-[0-9a-f]+\.txt$/);
  await page.getByRole("button", { name: "Opnieuw proberen" }).click();
  await expect(page.getByText("Veel jongeren denken dat het aan hen ligt.", { exact: false })).toBeVisible();
  await expect(page.getByRole("alert")).toHaveCount(0);
});
