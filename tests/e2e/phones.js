// Phones for the hand-over's end-to-end tests and its benchmark: each phone is a browser of
// its own whose data stays on disk between launches, optionally with a fake camera.
import { readFileSync } from "node:fs";
import { chromium, expect } from "@playwright/test";
import config from "../../playwright.config.js";
import { cameraArgs, pixels, video } from "./camera.js";
import { openApp, passLock } from "./helpers.js";

/** A phone whose data stays on disk between launches, with a camera showing `camera`. */
export async function launchPhone(profile, camera) {
  const context = await chromium.launchPersistentContext(profile, {
    ...config.use.launchOptions,
    args: [...config.use.launchOptions.args, ...(camera ? cameraArgs(camera) : [])],
    baseURL: config.use.baseURL,
    viewport: { width: 360, height: 740 },
    // A sharp screenshot of a dense code, as a real camera would see the screen.
    deviceScaleFactor: 3,
    locale: "nl-NL",
    acceptDownloads: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page };
}

/** Click `button` and return the bytes of the file it offers. */
export async function fileFrom(page, button) {
  const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
  expect(download.suggestedFilename()).toMatch(/^data-[0-9a-f]{8}\.bin$/);
  return readFileSync(await download.path());
}

/** The phone's pairing code (Plan ontvangen), as a camera video. */
export async function pairingCodeVideo(page, info, name) {
  const code = page.getByRole("img", { name: "Koppelcode van deze telefoon" });
  await expect(code).toBeVisible();
  return video(info, name, await pixels(page, await code.screenshot()));
}

/** On the professional's phone: pair `whose` phone (the camera sees its code). */
export async function pair(pro, whose) {
  const phones = pro.getByRole("region", { name: "Telefoons van het gezin" });
  await phones.getByRole("button", { name: "Op een telefoon zetten" }).click();
  await pro.getByRole("button", { name: `De telefoon van ${whose}` }).click();
  await expect(pro.getByText(`De telefoon van ${whose} is gekoppeld.`)).toBeVisible({ timeout: 30_000 });
  const code = await pro.getByLabel(/^Controlecode( \d){6}$/).textContent();
  await pro.getByRole("button", { name: "Klaar" }).click();
  return code;
}

/** A parent's phone at "Plan ontvangen", its camera showing `camera`. */
export async function parentAtReceive(profile, camera) {
  const phone = await launchPhone(profile, camera);
  await phone.page.goto("/");
  await passLock(phone.page);
  await phone.page.getByRole("button", { name: /^Ik ben ouder of verzorger/ }).click();
  await phone.page.getByRole("button", { name: "Plan ontvangen" }).click();
  return phone;
}

/**
 * The professional's phone with the example family's agreed plan, Sanne's phone paired (its
 * camera sees `parentCode`) and her plan shown as a loop of codes. Returns the phone, the
 * check code and the codes' image.
 */
export async function proShowingSannesPlan(profile, parentCode) {
  const { context, page } = await launchPhone(profile, parentCode);
  await openApp(page, "/", { role: "professional" });
  await page.getByRole("button", { name: "Voorbeeldgezin laden" }).click();
  await page.getByRole("button", { name: "Plan afgesproken" }).click();
  const checkCode = await pair(page, "Sanne");
  const phones = page.getByRole("region", { name: "Telefoons van het gezin" });
  await phones.getByRole("button", { name: "Plan sturen naar de telefoon van Sanne" }).click();
  const codes = page.getByRole("img", { name: "Codes voor de andere telefoon" });
  await expect(codes).toBeVisible();
  return { context, page, checkCode, codes };
}
