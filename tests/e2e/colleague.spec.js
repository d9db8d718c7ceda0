// Issue 16: whole cases to a colleague's device, apart, by files: the colleague's pairing
// code as a file and its fingerprint read out (a swapped code is caught before anything is
// sealed), each case sealed to that device and signed, added there with the sender's
// fingerprint and with its visits, in any order; the same package refused a second time, a
// changed one refused; the sender closes a copy only with the colleague's receipt.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { checkScreen, openApp } from "./helpers.js";

test.setTimeout(150_000);

const FAMILY = "Voorbeeldgezin Bakker";
const SECOND = "Familie Twee";

/** Click a button that saves a file; the file's bytes. */
async function saved(page, name) {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name }).click(),
  ]);
  return readFileSync(await download.path());
}

/** The code shown under a label read out one sign at a time ("Vingerafdruk: 7 K Q 2, …"). */
async function shown(page, label) {
  return (await page.getByLabel(new RegExp(`^${label}: `)).textContent()).trim();
}

/** On the sender: hand the open family over, with the colleague's code and fingerprint. */
async function handOver(page, pairing, fingerprint) {
  await page.getByRole("button", { name: "Overdragen aan collega" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Overdragen aan collega" })).toBeVisible();
  await page.getByLabel("Bestand openen").setInputFiles({ name: "code.bin", mimeType: "application/octet-stream", buffer: pairing });
  await page.getByLabel("Vingerafdruk van je collega").fill(fingerprint.toLowerCase().replaceAll(" ", "-"));
  await page.getByRole("button", { name: "Dossier klaarmaken" }).click();
  await expect(page.getByText(/^Het dossier is klaar voor je collega/)).toBeVisible();
}

test("cases go to a colleague's device with their visits, in any order, only with the fingerprints, and only once", async ({ page, browser }) => {
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

  // The colleague, elsewhere: their device's pairing code as a file, its fingerprint read out.
  const other = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: "nl-NL" });
  const colleague = await other.newPage();
  await openApp(colleague, "/", { role: "professional" });
  await colleague.getByRole("button", { name: "Dossier van een collega ontvangen" }).click();
  await expect(colleague.getByRole("heading", { level: 1, name: "Dossier van een collega ontvangen" })).toBeVisible();
  await expect(colleague.getByRole("img", { name: "Koppelcode van dit apparaat" })).toBeVisible();
  const colleagueFingerprint = await shown(colleague, "Vingerafdruk");
  expect(colleagueFingerprint).toMatch(/^([0-9A-HJKMNP-TV-Z]{4} ){3}[0-9A-HJKMNP-TV-Z]{4}$/);
  await checkScreen(colleague, "light-nl-receive-case");
  await colleague.getByRole("button", { name: "English", exact: true }).click();
  await expect(colleague.getByRole("heading", { level: 1, name: "Receive a case from a colleague" })).toBeVisible();
  await checkScreen(colleague, "light-en-receive-case");
  await colleague.getByRole("button", { name: "Nederlands", exact: true }).click();
  const pairing = await saved(colleague, "Opslaan als bestand");

  // The sender: a file that is not a pairing code is refused; a fingerprint that is not the
  // colleague's (a swapped code) seals nothing.
  await page.getByRole("button", { name: "Terug naar gezinnen" }).click();
  await page.getByRole("button", { name: new RegExp(`^${FAMILY}`) }).click();
  await page.getByRole("button", { name: "Overdragen aan collega" }).click();
  await checkScreen(page, "light-nl-hand-over-start");
  await page.getByRole("button", { name: "English", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Hand over to a colleague" })).toBeVisible();
  await checkScreen(page, "light-en-hand-over-start");
  await page.getByRole("button", { name: "Nederlands", exact: true }).click();
  await page.getByLabel("Bestand openen").setInputFiles({ name: "x.bin", mimeType: "application/octet-stream", buffer: Buffer.from("geen code") });
  await expect(page.getByRole("alert")).toBeVisible();
  await page.getByLabel("Bestand openen").setInputFiles({ name: "code.bin", mimeType: "application/octet-stream", buffer: pairing });
  await page.getByLabel("Vingerafdruk van je collega").fill("AAAA BBBB CCCC DDDD");
  await page.getByRole("button", { name: "Dossier klaarmaken" }).click();
  await expect(page.getByText("Deze vingerafdruk hoort niet bij de koppelcode die je las. Er is niets verstuurd.", { exact: false })).toBeVisible();
  await page.getByLabel("Vingerafdruk van je collega").fill(colleagueFingerprint);
  await page.getByRole("button", { name: "Dossier klaarmaken" }).click();
  await expect(page.getByText("Het dossier is klaar voor je collega, met 1 bezoek en 0 evaluaties.")).toBeVisible();
  const senderFingerprint = await shown(page, "Vingerafdruk");
  await checkScreen(page, "light-nl-hand-over");
  const first = await saved(page, "Opslaan als bestand");
  for (const word of ["Bakker", "Noor", "alcohol", "afspraken"]) {
    expect(first.includes(Buffer.from(word)), word).toBe(false);
  }
  // No receipt, no closing: the button is not there, a wrong receipt says so.
  await expect(page.getByRole("button", { name: "Kopie sluiten" })).toHaveCount(0);
  await page.getByLabel("Ontvangstcode van je collega").fill("ZZZZ ZZZZ");
  await expect(page.getByText("Deze ontvangstcode klopt niet. Je kopie blijft staan.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Kopie sluiten" })).toHaveCount(0);
  await page.getByRole("button", { name: "Kopie houden" }).click();

  // A second family, handed over after the first.
  await page.getByRole("button", { name: "Terug naar gezinnen" }).click();
  await page.getByRole("button", { name: "Nieuw gezin" }).click();
  await page.getByLabel("Naam van het gezin").fill(SECOND);
  await page.getByRole("button", { name: "Gezin aanmaken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: SECOND })).toBeVisible();
  await handOver(page, pairing, colleagueFingerprint);
  const second = await saved(page, "Opslaan als bestand");

  // The colleague: a changed package is refused and changes nothing.
  const changed = Buffer.from(first);
  changed[changed.length - 80] ^= 1;
  const open = colleague.getByLabel("Bestand openen");
  await open.setInputFiles({ name: "data.bin", mimeType: "application/octet-stream", buffer: changed });
  await expect(colleague.getByRole("alert")).toContainText("Er is niets veranderd.");

  // The later case first: it asks for the sender's fingerprint.
  await open.setInputFiles({ name: "data.bin", mimeType: "application/octet-stream", buffer: second });
  await expect(colleague.getByText(`Het dossier van ${SECOND} is binnen, met 0 bezoeken en 0 evaluaties.`)).toBeVisible();
  await colleague.getByLabel("Vingerafdruk van je collega").fill("AAAA BBBB CCCC DDDD");
  await colleague.getByRole("button", { name: "Dossier toevoegen" }).click();
  await expect(colleague.getByRole("alert")).toContainText("Deze vingerafdruk klopt niet.");
  await colleague.getByLabel("Vingerafdruk van je collega").fill(senderFingerprint);
  await colleague.getByLabel("Naam van je collega (mag leeg blijven)").fill("Anna de Vries");
  await checkScreen(colleague, "light-nl-receive-case-preview");
  await colleague.getByRole("button", { name: "Dossier toevoegen" }).click();
  await expect(colleague.getByRole("status")).toHaveText(`Het dossier van ${SECOND} staat nu op dit apparaat.`);
  const receipt = await shown(colleague, "Ontvangstcode");
  await checkScreen(colleague, "light-nl-receive-case-done");

  // Then the earlier one, of the other family: still welcome, no fingerprint asked again.
  await colleague.getByRole("button", { name: "Terug naar gezinnen" }).click();
  await colleague.getByRole("button", { name: "Dossier van een collega ontvangen" }).click();
  await colleague.getByLabel("Bestand openen").setInputFiles({ name: "data.bin", mimeType: "application/octet-stream", buffer: first });
  await expect(colleague.getByText(`Het dossier van ${FAMILY} is binnen, met 1 bezoek en 0 evaluaties.`)).toBeVisible();
  await expect(colleague.getByLabel("Vingerafdruk van je collega")).toHaveCount(0);
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
  await colleague.getByLabel("Bestand openen").setInputFiles({ name: "data.bin", mimeType: "application/octet-stream", buffer: first });
  await expect(colleague.getByRole("alert")).toContainText("Dit is al eerder ontvangen");

  // The colleague this device knows, by name and fingerprint; forgotten, a case from that
  // device asks for its fingerprint again.
  const known = colleague.getByRole("region", { name: "Collega's die dit apparaat kent" });
  await expect(known.getByText("Anna de Vries", { exact: true })).toBeVisible();
  await expect(known.getByText(`vingerafdruk ${senderFingerprint}`, { exact: false })).toBeVisible();
  await checkScreen(colleague, "light-nl-receive-case-colleagues");
  await known.getByRole("button", { name: "Vergeten: Anna de Vries" }).click();
  await colleague.getByRole("button", { name: "Ja, vergeten" }).click();
  await expect(known).toHaveCount(0);
  await colleague.getByLabel("Bestand openen").setInputFiles({ name: "data.bin", mimeType: "application/octet-stream", buffer: first });
  await expect(colleague.getByLabel("Vingerafdruk van je collega")).toBeVisible();
  await colleague.getByRole("button", { name: "Niet toevoegen" }).click();

  // The sender, still at the second family's hand-over, closes that copy with its receipt,
  // after saying yes once more.
  await page.getByLabel("Ontvangstcode van je collega").fill(receipt.toLowerCase());
  await page.getByRole("button", { name: "Kopie sluiten" }).click();
  await expect(page.getByText(/^Weet je het zeker\? Het hele dossier van dit gezin verdwijnt/)).toBeVisible();
  await page.getByRole("button", { name: "Ja, kopie sluiten" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Gezinnen" })).toBeVisible();
  await expect(page.getByRole("button", { name: new RegExp(`^${SECOND}`) })).toHaveCount(0);
  await expect(page.getByRole("button", { name: new RegExp(`^${FAMILY}`) })).toHaveCount(1);
  await other.close();
});
