// What outlives a page: a browser restart keeps the data; the app can be installed; a new
// version is offered, never forced in the middle of someone's work.
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { addPerson, DIST, openApp, personNames, unlock, waitForServiceWorker, withProfile } from "./helpers.js";

test("contacts survive closing and restarting the browser", async () => {
  await withProfile(async (launch) => {
    let page = await launch();
    await openApp(page);
    await addPerson(page, { name: "Oma Els", relation: "oma", phone: "0612345678" });
    await page.context().close();

    page = await launch();
    await openApp(page);
    await expect(personNames(page)).toHaveText(["Oma Els"]);
  });
});

test("Chromium finds the app installable, with a Dutch manifest and every icon present", async ({ request }) => {
  await withProfile(async (launch) => {
    const page = await launch();
    await openApp(page);
    await waitForServiceWorker(page);
    const cdp = await page.context().newCDPSession(page);
    const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
    expect(installabilityErrors).toEqual([]);
  });

  const manifest = await (await request.get("/manifest.webmanifest")).json();
  expect(manifest).toMatchObject({ lang: "nl", display: "standalone", start_url: "/", short_name: "Veilig" });
  const purposes = manifest.icons.map((i) => `${i.sizes} ${i.purpose}`);
  expect(purposes).toEqual(expect.arrayContaining(["192x192 any", "512x512 any", "512x512 maskable"]));
  for (const icon of manifest.icons) {
    const response = await request.get(icon.src);
    expect(response.ok(), icon.src).toBe(true);
    expect(response.headers()["content-type"]).toBe(icon.type);
  }
});

test("a new version waits for the person to choose it, then takes over", async ({ page }) => {
  const swPath = join(DIST, "sw.js");
  const original = readFileSync(swPath, "utf8");
  try {
    await openApp(page);
    await waitForServiceWorker(page);
    // In the middle of adding someone...
    await page.getByRole("button", { name: "Persoon toevoegen" }).click();
    await page.getByLabel("Naam").fill("Oma Els");

    // ...a new version is deployed and found.
    appendFileSync(swPath, "\n// a new version\n");
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));

    await expect(page.getByText("Er is een nieuwe versie van Veilig.")).toBeVisible();
    // Nothing was switched or reloaded under the person's hands.
    await expect(page.getByLabel("Naam")).toHaveValue("Oma Els");
    const waiting = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).waiting !== null);
    expect(waiting).toBe(true);

    await page.getByRole("button", { name: "Nieuwe versie laden" }).click();
    // The new version starts, like every start, locked.
    await unlock(page);
    await expect(page.getByRole("heading", { level: 1, name: "Mijn veilige mensen" })).toBeVisible();
    await expect(page.getByText("Er is een nieuwe versie van Veilig.")).toHaveCount(0);
    const state = await page.evaluate(async () => {
      const r = await navigator.serviceWorker.getRegistration();
      return { waiting: r.waiting, active: r.active?.state };
    });
    expect(state).toEqual({ waiting: null, active: "activated" });
  } finally {
    writeFileSync(swPath, original);
  }
});
