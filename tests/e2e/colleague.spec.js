// Issue 16: a whole case to a colleague's device, apart, by files: the colleague's pairing
// code as a file, the case sealed to it and signed, added there with the check code and
// with its visits; the same package refused a second time, a changed one refused; the
// sender closes their copy.
import { readFileSync, writeFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { checkScreen, openApp } from "./helpers.js";

test.setTimeout(120_000);

const FAMILY = "Voorbeeldgezin Bakker";

/** Click a button that saves a file; the file's bytes. */
async function saved(page, name) {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name }).click(),
  ]);
  return readFileSync(await download.path());
}

test("a case goes to a colleague's device with its visits, only with the check code, and only once", async ({ page, browser }, info) => {
  // The sender: the example family, agreed, with one visit.
  await openApp(page, "/", { role: "professional" });
  await page.getByRole("button", { name: "Voorbeeldgezin laden" }).click();
  await page.getByRole("button", { name: "Plan afgesproken" }).click();
  await expect(page.getByText("Versie 1 van het plan is vastgelegd.")).toBeVisible();
  await page.getByRole("button", { name: "Terug naar gezinnen" }).click();
  await page.getByRole("button", { name: `Huisbezoek starten: ${FAMILY}` }).click();
  await page.getByRole("button", { name: "Ouders", exact: true }).click();
  await page.getByLabel("Wat vertellen de ouders?").fill("Het gaat beter met de afspraken.");
  await page.getByRole("button", { name: "Bezoek vastleggen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "is vastgelegd" })).toBeVisible();

  // The colleague, elsewhere: their device's pairing code, as a file.
  const other = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: "nl-NL" });
  const colleague = await other.newPage();
  await openApp(colleague, "/", { role: "professional" });
  await colleague.getByRole("button", { name: "Dossier van een collega ontvangen" }).click();
  await expect(colleague.getByRole("heading", { level: 1, name: "Dossier van een collega ontvangen" })).toBeVisible();
  await expect(colleague.getByRole("img", { name: "Koppelcode van dit apparaat" })).toBeVisible();
  await checkScreen(colleague, "light-nl-receive-case");
  await colleague.getByRole("button", { name: "English", exact: true }).click();
  await expect(colleague.getByRole("heading", { level: 1, name: "Receive a case from a colleague" })).toBeVisible();
  await checkScreen(colleague, "light-en-receive-case");
  await colleague.getByRole("button", { name: "Nederlands", exact: true }).click();
  const pairing = await saved(colleague, "Opslaan als bestand");

  // The sender hands the case over: the colleague's code, then the case and the check code.
  await page.getByRole("button", { name: "Terug naar gezinnen" }).click();
  await page.getByRole("button", { name: new RegExp(`^${FAMILY}`) }).click();
  await page.getByRole("button", { name: "Overdragen aan collega" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Overdragen aan collega" })).toBeVisible();
  await checkScreen(page, "light-nl-hand-over-start");
  await page.getByRole("button", { name: "English", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Hand over to a colleague" })).toBeVisible();
  await checkScreen(page, "light-en-hand-over-start");
  await page.getByRole("button", { name: "Nederlands", exact: true }).click();
  // A file that is not a pairing code is refused with a reason.
  await page.getByLabel("Bestand openen").setInputFiles({ name: "x.bin", mimeType: "application/octet-stream", buffer: Buffer.from("geen code") });
  await expect(page.getByRole("alert")).toBeVisible();
  await page.getByLabel("Bestand openen").setInputFiles({ name: "code.bin", mimeType: "application/octet-stream", buffer: pairing });
  await expect(page.getByText("Het dossier is klaar voor je collega, met 1 bezoek en 0 evaluaties.")).toBeVisible();
  const checkCode = (await page.getByLabel(/^Controlecode( \d){6}$/).textContent()).trim();
  await checkScreen(page, "light-nl-hand-over");
  const sealed = await saved(page, "Opslaan als bestand");
  for (const word of ["Bakker", "Noor", "alcohol", "afspraken"]) {
    expect(sealed.includes(Buffer.from(word)), word).toBe(false);
  }

  // A changed package is refused, and changes nothing.
  const changed = Buffer.from(sealed);
  changed[changed.length - 80] ^= 1;
  const open = colleague.getByLabel("Bestand openen");
  await open.setInputFiles({ name: "data.bin", mimeType: "application/octet-stream", buffer: changed });
  await expect(colleague.getByRole("alert")).toContainText("Er is niets veranderd.");

  // The real one: what arrives, and the check code before it is added.
  await open.setInputFiles({ name: "data.bin", mimeType: "application/octet-stream", buffer: sealed });
  await expect(colleague.getByText(`Het dossier van ${FAMILY} is binnen, met 1 bezoek en 0 evaluaties.`)).toBeVisible();
  await colleague.getByLabel("Controlecode van je collega").fill(checkCode === "000 000" ? "111 111" : "000 000");
  await colleague.getByRole("button", { name: "Dossier toevoegen" }).click();
  await expect(colleague.getByRole("alert")).toContainText("Deze controlecode klopt niet.");
  await colleague.getByLabel("Controlecode van je collega").fill(checkCode);
  await checkScreen(colleague, "light-nl-receive-case-preview");
  await colleague.getByRole("button", { name: "Dossier toevoegen" }).click();
  await expect(colleague.getByRole("status")).toHaveText(`Het dossier van ${FAMILY} staat nu op dit apparaat.`);
  await colleague.getByRole("button", { name: "Dossier openen" }).click();
  await expect(colleague.getByRole("heading", { level: 1, name: FAMILY })).toBeVisible();
  await expect(colleague.getByText("Afgesproken, versie 1")).toBeVisible();
  await colleague.getByRole("navigation", { name: "Onderdelen van het gezin" }).getByRole("button", { name: "Bezoeken en evaluatie" }).click();
  await expect(colleague.getByRole("button", { name: /^Huisbezoek van / })).toHaveCount(1);

  // The same package again: refused as received before.
  await colleague.getByRole("button", { name: "Terug naar gezinnen" }).click();
  await colleague.getByRole("button", { name: "Dossier van een collega ontvangen" }).click();
  await colleague.getByLabel("Bestand openen").setInputFiles({ name: "data.bin", mimeType: "application/octet-stream", buffer: sealed });
  await expect(colleague.getByRole("alert")).toContainText("Dit is al eerder ontvangen");

  // The sender closes their copy, after saying yes once more.
  await page.getByRole("button", { name: "Kopie sluiten" }).click();
  await expect(page.getByText(/^Weet je het zeker\? Het hele dossier van dit gezin verdwijnt/)).toBeVisible();
  await page.getByRole("button", { name: "Ja, kopie sluiten" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Gezinnen" })).toBeVisible();
  await expect(page.getByRole("button", { name: new RegExp(`^${FAMILY}`) })).toHaveCount(0);
  await other.close();
});
