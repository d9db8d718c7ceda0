// What outlives a page: a browser restart keeps the data; a new version is offered, never
// forced in the middle of someone's work.
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, expect, test } from "@playwright/test";
import config from "../../playwright.config.js";
import { addPerson, DIST, openApp, personNames, waitForServiceWorker } from "./helpers.js";

test("contacts survive closing and restarting the browser", async () => {
  const profile = mkdtempSync(join(tmpdir(), "veilig-profile-"));
  const options = {
    ...config.use.launchOptions,
    baseURL: config.use.baseURL,
    viewport: config.use.viewport,
  };
  try {
    let context = await chromium.launchPersistentContext(profile, options);
    let page = context.pages()[0] ?? (await context.newPage());
    await openApp(page);
    await addPerson(page, { name: "Oma Els", relation: "oma", phone: "0612345678" });
    await context.close();

    context = await chromium.launchPersistentContext(profile, options);
    page = context.pages()[0] ?? (await context.newPage());
    await openApp(page);
    await expect(personNames(page)).toHaveText(["Oma Els"]);
    await context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
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
