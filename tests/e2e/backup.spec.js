// A professional's backup (issue 16): three visits recorded (one corrected), a backup made
// with a recovery code written down once, the phone "lost" (a new, empty browser profile),
// and every visit with its versions back from the file and the code. A wrong code changes
// nothing. The caseload says how old the last backup is and what is in none, and asks for
// one when something has been in no backup for the set number of days, not otherwise.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { checkScreen, openApp } from "./helpers.js";

test.setTimeout(240_000);

const FAMILY = "Voorbeeldgezin Bakker";
const pad = (n) => String(n).padStart(2, "0");
const isoDate = (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const dutchDate = (d) => `${pad(d.getDate())}-${pad(d.getMonth() + 1)}-${d.getFullYear()}`;
function day(daysAgo) {
  const d = new Date();
  d.setDate(d.getDate() - daysAgo);
  return d;
}

async function toFamilies(page) {
  await expect(page.getByRole("heading", { level: 1, name: "Gezinnen" })).toBeVisible();
}

/** Record a visit `daysAgo` days ago from the caseload; back on the caseload after. */
async function recordVisit(page, daysAgo) {
  await page.getByRole("button", { name: `Huisbezoek starten: ${FAMILY}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Huisbezoek" })).toBeVisible();
  await page.getByLabel("Datum en tijd van het bezoek").fill(`${isoDate(day(daysAgo))}T14:00`);
  await page.getByRole("group", { name: "Wie waren erbij?" }).getByRole("checkbox", { name: "Sanne", exact: true }).check();
  await page.getByRole("button", { name: "Bezoek vastleggen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "is vastgelegd" })).toBeVisible();
  await page.getByRole("button", { name: "Terug naar gezinnen" }).click();
  await toFamilies(page);
}

test("three visits, a backup, a lost phone, and every visit with its versions back from the file and the code", async ({ page, browser }) => {
  await openApp(page, "/", { role: "professional" });
  await toFamilies(page);
  const backup = page.getByRole("region", { name: "Back-up" });
  await expect(backup.getByText("Er is nog geen back-up gemaakt.")).toBeVisible();
  await page.getByRole("button", { name: "Voorbeeldgezin laden" }).click();
  await page.getByRole("button", { name: "Plan afgesproken" }).click();
  await expect(page.getByText("Versie 1 van het plan is vastgelegd.")).toBeVisible();
  await page.getByRole("button", { name: "Terug naar gezinnen" }).click();
  await toFamilies(page);
  for (const daysAgo of [21, 14, 2]) await recordVisit(page, daysAgo);
  // A correction of the first visit: version 2.
  await page.getByRole("listitem").filter({ hasText: FAMILY }).getByRole("button", { name: new RegExp(`^${FAMILY}`) }).click();
  await page.getByRole("navigation", { name: "Onderdelen van het gezin" }).getByRole("button", { name: "Bezoeken en evaluatie" }).click();
  await page.getByRole("button", { name: new RegExp(`^Huisbezoek van ${dutchDate(day(21))} om 14:00`) }).click();
  await page.getByRole("button", { name: "Corrigeren" }).click();
  await page.getByRole("button", { name: "Drie vragen", exact: true }).click();
  await page.getByLabel("Waar maken we ons zorgen over?").fill("Gecorrigeerd na de back-up-test.");
  await page.getByRole("button", { name: "Correctie vastleggen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "is vastgelegd" })).toBeVisible();
  await page.getByRole("button", { name: "Terug naar gezinnen" }).click();
  await toFamilies(page);
  await expect(backup.getByText("3 bezoeken staan nog in geen back-up.", { exact: false })).toBeVisible();

  // The first backup: the recovery code, shown once, is checked before any file exists.
  await backup.getByRole("button", { name: "Back-up maken" }).click();
  const shown = (await page.getByLabel(/^Code: /).textContent()).trim();
  const groups = shown.split(" ");
  expect(groups).toHaveLength(7);
  const written = backup.getByRole("button", { name: "Ik heb de code opgeschreven" });
  await expect(written).toBeDisabled();
  const check = page.getByLabel("Typ de hele code over van je papier, als controle");
  // A slip in any group is caught, not only in the last one.
  await check.fill(["UUUU", ...groups.slice(1)].join(" "));
  await expect(written).toBeDisabled();
  await expect(page.getByText("Dit is niet de code. Kijk elke groep na op je papier.")).toBeVisible();
  await check.fill(groups.join(" ").toLowerCase());
  await checkScreen(page, "light-nl-backup-code");
  await written.click();
  const save = backup.getByRole("button", { name: "Opslaan als bestand" });
  const [download] = await Promise.all([page.waitForEvent("download"), save.click()]);
  expect(download.suggestedFilename()).toMatch(/^data-[0-9a-f]{8}\.bin$/);
  const file = readFileSync(await download.path());
  for (const word of ["Bakker", "Sanne", "Gecorrigeerd", "visits"]) {
    expect(file.includes(Buffer.from(word)), word).toBe(false);
  }
  await expect(backup.getByText(/^Laatste back-up: \d\d-\d\d-\d{4} \d\d:\d\d\./)).toBeVisible();
  await expect(backup.getByText("Alle bezoeken en evaluaties staan in de laatste back-up.", { exact: false })).toBeVisible();
  // The code is not shown again: the next backup is one tap.
  await backup.getByRole("button", { name: "Klaar" }).click();
  await backup.getByRole("button", { name: "Back-up maken" }).click();
  await expect(page.getByLabel(/^Code: /)).toHaveCount(0);
  await expect(backup.getByRole("button", { name: "Opslaan als bestand" })).toBeVisible();

  // A new recovery code: shown and checked like the first; the old one no longer locks.
  await backup.getByRole("button", { name: "Klaar" }).click();
  await backup.getByRole("button", { name: "Nieuwe herstelcode maken" }).click();
  const renewed = (await page.getByLabel(/^Code: /).textContent()).trim();
  expect(renewed).not.toBe(shown);
  await page.getByLabel("Typ de hele code over van je papier, als controle").fill(renewed);
  await backup.getByRole("button", { name: "Ik heb de code opgeschreven" }).click();
  const [renewedDownload] = await Promise.all([
    page.waitForEvent("download"),
    backup.getByRole("button", { name: "Opslaan als bestand" }).click(),
  ]);
  const renewedFile = readFileSync(await renewedDownload.path());

  // The phone is lost: a new, empty profile.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await openApp(other, "/", { role: "professional" });
  await toFamilies(other);
  await expect(other.getByText("Er staan nog geen gezinnen op dit apparaat.", { exact: false })).toBeVisible();
  const restore = other.getByRole("region", { name: "Back-up" });
  await restore.getByLabel("Back-upbestand kiezen").setInputFiles({ name: "data.bin", mimeType: "application/octet-stream", buffer: file });
  // A wrong code: refused, nothing changes.
  await restore.getByLabel("Herstelcode").fill(groups.slice(0, 6).join(" ") + " 0000");
  await restore.getByRole("button", { name: "Terugzetten" }).click();
  await expect(restore.getByRole("alert")).toContainText("Deze herstelcode opent dit bestand niet.");
  await expect(other.getByText("Er staan nog geen gezinnen op dit apparaat.", { exact: false })).toBeVisible();
  // The newer file does not open with the old code; the older file still does (below).
  await restore.getByLabel("Back-upbestand kiezen").setInputFiles({ name: "data.bin", mimeType: "application/octet-stream", buffer: renewedFile });
  await restore.getByLabel("Herstelcode").fill(groups.join(" "));
  await restore.getByRole("button", { name: "Terugzetten" }).click();
  await expect(restore.getByRole("alert")).toContainText("Deze herstelcode opent dit bestand niet.");
  await restore.getByLabel("Back-upbestand kiezen").setInputFiles({ name: "data.bin", mimeType: "application/octet-stream", buffer: file });
  // The right code, typed in lower case with dashes.
  await restore.getByLabel("Herstelcode").fill(groups.join("-").toLowerCase());
  await restore.getByRole("button", { name: "Terugzetten" }).click();
  await expect(restore.getByText("Teruggezet: 1 gezin, 3 bezoeken en 0 evaluaties.")).toBeVisible();
  await checkScreen(other, "light-nl-backup-restored");
  // The new phone keeps the code that opened the backup, and knows the backup's day.
  await expect(restore.getByText(/^Laatste back-up: \d\d-\d\d-\d{4} \d\d:\d\d\./)).toBeVisible();
  // The same file again: nothing new.
  await restore.getByLabel("Back-upbestand kiezen").setInputFiles({ name: "data.bin", mimeType: "application/octet-stream", buffer: file });
  await restore.getByLabel("Herstelcode").fill(groups.join(" "));
  await restore.getByRole("button", { name: "Terugzetten" }).click();
  await expect(restore.getByText("Er was niets nieuws: alles uit deze back-up stond al op deze telefoon.")).toBeVisible();
  const row = other.getByRole("listitem").filter({ hasText: FAMILY });
  await expect(row).toBeVisible();
  await row.getByRole("button", { name: new RegExp(`^${FAMILY}`) }).click();
  await other.getByRole("navigation", { name: "Onderdelen van het gezin" }).getByRole("button", { name: "Bezoeken en evaluatie" }).click();
  for (const daysAgo of [21, 14, 2]) {
    await expect(other.getByRole("button", { name: new RegExp(`^Huisbezoek van ${dutchDate(day(daysAgo))} om 14:00`) })).toBeVisible();
  }
  await other.getByRole("button", { name: new RegExp(`^Huisbezoek van ${dutchDate(day(21))} om 14:00`) }).click();
  await expect(other.getByText(/^Versie 2, gecorrigeerd op /)).toBeVisible();
  await expect(other.getByText("Gecorrigeerd na de back-up-test.")).toBeVisible();
  await other.getByRole("button", { name: "Versie 1 bekijken" }).click();
  await expect(other.getByText(/^Versie 1, vastgelegd op /)).toBeVisible();
  await fresh.close();
});

test("the caseload asks for a backup when a visit has been in none for the set days, once a day", async ({ page }) => {
  await openApp(page, "/", { role: "professional" });
  await toFamilies(page);
  await page.getByRole("button", { name: "Voorbeeldgezin laden" }).click();
  await page.getByRole("button", { name: "Plan afgesproken" }).click();
  await expect(page.getByText("Versie 1 van het plan is vastgelegd.")).toBeVisible();
  await page.getByRole("button", { name: "Terug naar gezinnen" }).click();
  await toFamilies(page);
  const backup = page.getByRole("region", { name: "Back-up" });
  // A visit recorded today: in no backup, but not for long. No question yet.
  await recordVisit(page, 0);
  await expect(backup.getByText("1 bezoek staat nog in geen back-up.", { exact: false })).toBeVisible();
  await expect(backup.getByRole("alert")).toHaveCount(0);
  // Eight days later (the device's clock), the caseload asks, with a way to wait.
  await page.clock.setFixedTime(new Date(Date.now() + 8 * 24 * 3600 * 1000));
  await page.reload();
  await openApp(page, "/", { role: "professional" });
  await toFamilies(page);
  await expect(backup.getByRole("alert")).toContainText("Er staan al een tijd bezoeken of evaluaties in geen enkele back-up.");
  await checkScreen(page, "light-nl-backup-due");
  await backup.getByRole("button", { name: "Later" }).click();
  await expect(backup.getByRole("alert")).toHaveCount(0);
  // Not again the same day.
  await page.reload();
  await openApp(page, "/", { role: "professional" });
  await toFamilies(page);
  await expect(backup.getByText("1 bezoek staat nog in geen back-up.", { exact: false })).toBeVisible();
  await expect(backup.getByRole("alert")).toHaveCount(0);
});

/** Make a backup on a device whose code is written down (or write it down now); its file. */
async function makeBackup(page) {
  const backup = page.getByRole("region", { name: "Back-up" });
  await backup.getByRole("button", { name: "Back-up maken" }).click();
  let groups = null;
  const save = backup.getByRole("button", { name: "Opslaan als bestand" });
  await expect(page.getByLabel(/^Code: /).or(save)).toBeVisible();
  if (await page.getByLabel(/^Code: /).isVisible()) {
    groups = (await page.getByLabel(/^Code: /).textContent()).trim().split(" ");
    await page.getByLabel("Typ de hele code over van je papier, als controle").fill(groups.join(" "));
    await backup.getByRole("button", { name: "Ik heb de code opgeschreven" }).click();
  }
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    save.click(),
  ]);
  const file = readFileSync(await download.path());
  await backup.getByRole("button", { name: "Klaar" }).click();
  return { file, code: groups?.join(" ") };
}

async function restoreBackup(page, file, code) {
  const backup = page.getByRole("region", { name: "Back-up" });
  await backup.getByLabel("Back-upbestand kiezen").setInputFiles({ name: "data.bin", mimeType: "application/octet-stream", buffer: file });
  await backup.getByLabel("Herstelcode").fill(code);
  await backup.getByRole("button", { name: "Terugzetten" }).click();
  await expect(backup.getByText(/^Teruggezet: /)).toBeVisible();
}

/** Write what goes well in the example family's plan, and go back to the caseload. */
async function writeStrengths(page, words) {
  await page.getByRole("listitem").filter({ hasText: FAMILY }).getByRole("button", { name: new RegExp(`^${FAMILY}`) }).click();
  const section = page.getByRole("button", { name: "Eigen kracht en netwerk", exact: true });
  if ((await section.getAttribute("aria-expanded")) !== "true") await section.click();
  await page.getByLabel("Wat gaat goed, en wie uit het netwerk helpt?").fill(words);
  await page.getByRole("button", { name: "Terug naar gezinnen" }).click();
  await toFamilies(page);
}

test("two working copies changed on two phones are both kept, and either can be the plan", async ({ page, browser }) => {
  // Phone A: the example family, and a first backup.
  await openApp(page, "/", { role: "professional" });
  await toFamilies(page);
  await page.getByRole("button", { name: "Voorbeeldgezin laden" }).click();
  await expect(page.getByRole("heading", { level: 1, name: FAMILY })).toBeVisible();
  await page.getByRole("button", { name: "Terug naar gezinnen" }).click();
  await toFamilies(page);
  const first = await makeBackup(page);
  // Phone B restores it and changes the plan; then makes its own backup.
  const contextB = await browser.newContext();
  const phoneB = await contextB.newPage();
  await openApp(phoneB, "/", { role: "professional" });
  await toFamilies(phoneB);
  await restoreBackup(phoneB, first.file, first.code);
  await writeStrengths(phoneB, "Versie van telefoon B.");
  // B took over the recovery code that opened the backup: no new code to write down.
  const second = await makeBackup(phoneB);
  expect(second.code).toBeUndefined();
  // Phone A changed the plan too, then restores B's backup: both versions stay.
  await writeStrengths(page, "Versie van telefoon A.");
  await restoreBackup(page, second.file, first.code);
  await expect(page.getByRole("region", { name: "Back-up" }).getByText("Er was ook een andere werkversie", { exact: false })).toBeVisible();
  await page.getByRole("listitem").filter({ hasText: FAMILY }).getByRole("button", { name: new RegExp(`^${FAMILY}`) }).click();
  await expect(page.getByText("Bij het terugzetten van een back-up waren er twee werkversies van dit plan", { exact: false })).toBeVisible();
  await checkScreen(page, "light-nl-backup-kept-copy");
  const strengths = page.getByLabel("Wat gaat goed, en wie uit het netwerk helpt?");
  const section = page.getByRole("button", { name: "Eigen kracht en netwerk", exact: true });
  if ((await section.getAttribute("aria-expanded")) !== "true") await section.click();
  const newest = await strengths.inputValue();
  expect(["Versie van telefoon A.", "Versie van telefoon B."]).toContain(newest);
  // Use the kept one: the other becomes the plan, and the one it replaces is kept.
  await page.getByRole("button", { name: "De bewaarde versie gebruiken" }).click();
  const other = newest === "Versie van telefoon A." ? "Versie van telefoon B." : "Versie van telefoon A.";
  if ((await section.getAttribute("aria-expanded")) !== "true") await section.click();
  await expect(strengths).toHaveValue(other);
  await expect(page.getByRole("button", { name: "De bewaarde versie gebruiken" })).toHaveCount(1);
  await page.getByRole("button", { name: "De bewaarde versie weggooien" }).click();
  await expect(page.getByRole("button", { name: "De bewaarde versie gebruiken" })).toHaveCount(0);
  await contextB.close();
});

test("erasing a professional's device first says what is in no backup, from settings and from the lock screen", async ({ page }) => {
  await openApp(page, "/", { role: "professional" });
  await toFamilies(page);
  // Whether the browser keeps the data, how to make it, and the space: on the caseload.
  const backup = page.getByRole("region", { name: "Back-up" });
  await expect(backup.getByText(/^Veilig gebruikt [\d,]+ [kMG]B\. Er is nog ongeveer [\d,]+ [kMG]B vrij voor Veilig\.$/)).toBeVisible();
  if (await backup.getByText("Je browser kan de gegevens van Veilig opruimen", { exact: false }).isVisible()) {
    await expect(backup.getByText("iPhone (Safari): tik op Deel", { exact: false })).toBeVisible();
    await expect(backup.getByText("Android (Chrome): tik op de drie puntjes", { exact: false })).toBeVisible();
  }
  await page.getByRole("button", { name: "Voorbeeldgezin laden" }).click();
  await page.getByRole("button", { name: "Plan afgesproken" }).click();
  await expect(page.getByText("Versie 1 van het plan is vastgelegd.")).toBeVisible();
  await page.getByRole("button", { name: "Terug naar gezinnen" }).click();
  await toFamilies(page);
  await recordVisit(page, 1);

  // The backup section in English and dark, with a visit in no backup.
  await page.emulateMedia({ colorScheme: "dark" });
  await page.getByRole("button", { name: "English", exact: true }).click();
  await expect(page.getByRole("region", { name: "Backup" }).getByText("1 visit is in no backup yet.", { exact: false })).toBeVisible();
  await checkScreen(page, "dark-en-backup");
  await page.getByRole("button", { name: "Nederlands", exact: true }).click();
  await page.emulateMedia({ colorScheme: "light" });

  // Settings: Alles wissen says what would be lost, and offers a backup first.
  await page.getByRole("button", { name: "Instellingen" }).click();
  await page.getByRole("button", { name: "Alles op dit apparaat wissen" }).click();
  await expect(page.getByText("1 bezoek staat nog in geen back-up. Na het wissen zijn die weg.")).toBeVisible();
  await checkScreen(page, "light-nl-erase-backup-first");
  await page.getByRole("button", { name: "Eerst een back-up maken" }).click();
  await toFamilies(page);
  await expect(backup.getByRole("button", { name: "Back-up maken" })).toBeVisible();

  // Locked, after five wrong codes: the lock screen says how many visits would go.
  await page.evaluate(() => localStorage.setItem("veilig-unlock-wait", JSON.stringify([5, 0])));
  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: "Code vergeten?" })).toBeVisible();
  await page.getByRole("button", { name: "Alles op dit apparaat wissen" }).click();
  await expect(page.getByText("Op dit apparaat staat 1 huisbezoek, en er is nog nooit een back-up van gemaakt", { exact: false })).toBeVisible();
  await page.getByRole("button", { name: "Nee, niet wissen" }).click();
});
