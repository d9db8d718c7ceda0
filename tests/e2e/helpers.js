// Shared steps for the end-to-end tests: they use the app as a person does, by role and
// accessible name.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { chromium, expect } from "@playwright/test";
import config from "../../playwright.config.js";

export const DIST = "target/e2e-dist";

/** The first screen of each role. */
export const HOME = {
  young: "Mijn veilige mensen",
  parent: "Ons veiligheidsplan",
  professional: "Gezinnen",
};

/** The secret every test device gets: 8 digits, as a professional's device needs. */
export const SECRET = "24681357";

const FIRST_SCREENS =
  /^(Kies een geheime code|Choose a secret code|Op slot|Locked|Wie gebruikt dit apparaat\?|Mijn veilige mensen|Gezinnen|Ons veiligheidsplan)$/;

/**
 * Get past the lock: choose the secret on a new device, or give it on a locked one.
 * Returns the heading of the first screen after it.
 */
export async function passLock(page, secret = SECRET) {
  const title = page.getByRole("heading", { level: 1 });
  await expect(title).toHaveText(FIRST_SCREENS);
  const text = await title.textContent();
  if (text === "Kies een geheime code" || text === "Choose a secret code") {
    await page.getByLabel(/^(Geheime code|Secret code)$/).fill(secret);
    await page.getByLabel(/^(Nog een keer dezelfde code|The same code again)$/).fill(secret);
    await page.getByRole("button", { name: /^(Code instellen|Set the code)$/ }).click();
  } else if (text === "Op slot" || text === "Locked") {
    await unlock(page, secret);
  } else {
    return text;
  }
  await expect(title).not.toHaveText(/^(Kies een geheime code|Choose a secret code|Op slot|Locked)$/, { timeout: 20_000 });
  return title.textContent();
}

/** Give the secret on the lock screen. */
export async function unlock(page, secret = SECRET) {
  await expect(page.getByRole("heading", { level: 1, name: /^(Op slot|Locked)$/ })).toBeVisible();
  await page.getByLabel(/^(Geheime code|Secret code)$/).fill(secret);
  await page.getByRole("button", { name: /^(Openen|Open)$/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^(Op slot|Locked)$/ })).toHaveCount(0, { timeout: 20_000 });
}

/** Reload: the app always starts locked, so give the secret again. */
export async function reopen(page) {
  await page.reload();
  await unlock(page);
}

/**
 * Open the app and wait until the first screen shows data from storage. On a new device
 * the app first asks for a secret and who uses it: answer as `role` (a young person of
 * 12-15 without a plan on the device, or a professional).
 */
export async function openApp(page, path = "/", { role = "young" } = {}) {
  await page.goto(path);
  const text = await passLock(page);
  if (text === "Wie gebruikt dit apparaat?") {
    if (role === "professional") {
      await becomeProfessional(page);
    } else {
      await page.getByRole("button", { name: /^Ik ben een kind of jongere/ }).click();
      await page.getByRole("button", { name: "12 tot 16 jaar" }).click();
    }
  }
  await expect(page.getByRole("heading", { level: 1, name: HOME[role] })).toBeVisible();
}

/**
 * Choose "Ik ben hulpverlener" in the family's app (a new device, or after "Ander gebruik
 * kiezen"): it hands over to the professional's app, which starts locked and says why the
 * code is asked once more.
 */
export async function becomeProfessional(page) {
  await page.getByRole("button", { name: /^Ik ben hulpverlener/ }).click();
  await expect(
    page.getByText("Veilig is nu klaar voor je werk als hulpverlener. Vul je geheime code nog één keer in."),
  ).toBeVisible();
  await unlock(page);
  await expect(page.getByRole("heading", { level: 1, name: HOME.professional })).toBeVisible();
}

/** Add a safe person through the form and wait for the confirmation. */
export async function addPerson(page, { name, relation, phone, note }) {
  await page.getByRole("button", { name: "Persoon toevoegen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nieuwe veilige persoon" })).toBeVisible();
  await page.getByLabel("Naam").fill(name);
  await page.getByLabel("Wie is dit voor jou?").fill(relation);
  await page.getByLabel("Telefoonnummer").fill(phone);
  if (note) await page.getByLabel("Notitie (mag leeg blijven)").fill(note);
  await page.getByRole("button", { name: "Persoon opslaan" }).click();
  await expect(page.getByRole("status")).toHaveText(`${name} is opgeslagen.`);
}

/** The names on the list, in order. */
export function personNames(page) {
  return page.getByRole("main").getByRole("list").first().getByRole("heading", { level: 2 });
}

/** Wait until the service worker controls the page (it claims a first visit at once). */
export async function waitForServiceWorker(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/**
 * Run `body(launch)` with a real (non-incognito) browser profile on disk; `launch()` starts
 * Chromium on it and returns its first page. The profile is removed afterwards.
 */
export async function withProfile(body) {
  const profile = mkdtempSync(join(tmpdir(), "veilig-profile-"));
  const options = {
    ...config.use.launchOptions,
    baseURL: config.use.baseURL,
    viewport: config.use.viewport,
  };
  const contexts = [];
  const launch = async () => {
    const context = await chromium.launchPersistentContext(profile, options);
    contexts.push(context);
    return context.pages()[0] ?? (await context.newPage());
  };
  try {
    await body(launch);
  } finally {
    for (const context of contexts) await context.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * Look at a screen: a full-page screenshot in screenshots/, axe (WCAG 2.2 AA) with zero
 * violations, every control at least 44 px, and nothing scrolling sideways.
 */
export async function checkScreen(page, name) {
  mkdirSync("screenshots", { recursive: true });
  await page.screenshot({ path: `screenshots/${name}.png`, fullPage: true });
  const axe = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"])
    .analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
  const small = await page.evaluate(() =>
    [...document.querySelectorAll("a, button, input, textarea")]
      .filter((el) => !el.closest(".visually-hidden"))
      // A checkbox is tapped through the label row that wraps it.
      .map((el) => ((el.type === "checkbox" || el.type === "radio") && el.closest("label")) || el)
      .map((el) => ({ el: el.outerHTML.slice(0, 80), box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.width < 44 || box.height < 44))
      .map(({ el }) => el),
  );
  expect(small).toEqual([]);
  await noSidewaysScroll(page);
}

/** The page is no wider than the window. */
export async function noSidewaysScroll(page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}
