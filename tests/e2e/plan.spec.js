// The professional's whole journey with a safety plan, offline: create a family, fill in
// every part, agree, change (a new revision, the old one still readable), print, export,
// and import on another browser profile with nothing lost; a bad file is refused.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { checkScreen, openApp, waitForServiceWorker, reopen } from "./helpers.js";

test.setTimeout(120_000);

/** Open one section of the plan editor by its heading button. */
async function openSection(page, name) {
  const button = page.getByRole("button", { name, exact: true });
  if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
  await expect(button).toHaveAttribute("aria-expanded", "true");
}

async function addPerson(page, { name, kind, birth, phone }) {
  await page.getByRole("button", { name: "Persoon toevoegen" }).click();
  await page.getByLabel("Naam", { exact: true }).fill(name);
  await page.getByLabel("Wie is dit?").selectOption({ label: kind });
  if (birth) await page.getByLabel("Geboortedatum").fill(birth);
  if (phone) await page.getByLabel("Telefoonnummer (mag leeg blijven)").fill(phone);
  await page.getByRole("button", { name: "Persoon opslaan" }).click();
  await expect(page.getByRole("button", { name: `Wijzigen ${name}` })).toBeVisible();
}

function check(page, group, name) {
  return page.getByRole("group", { name: group }).getByRole("checkbox", { name, exact: true }).check();
}

/** The professional's home is the caseload. */
async function goToFamilies(page) {
  await expect(page.getByRole("heading", { level: 1, name: "Gezinnen" })).toBeVisible();
}

test("a whole plan, offline: create, fill in, agree, change, print, export and import", async ({ page, context, browser }) => {
  await openApp(page, "/", { role: "professional" });
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await reopen(page);
  await goToFamilies(page);

  await page.getByRole("button", { name: "Nieuw gezin" }).click();
  await page.getByRole("button", { name: "Gezin aanmaken" }).click();
  await expect(page.getByText("Vul een naam voor het gezin in.")).toBeVisible();
  await page.getByLabel("Naam van het gezin").fill("Familie Test");
  await page.getByRole("button", { name: "Gezin aanmaken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Familie Test" })).toBeVisible();

  // The people, entered once.
  await openSection(page, "Gezin en netwerk");
  await addPerson(page, { name: "Lotte", kind: "Kind (jeugdige)", birth: "2017-05-10" });
  await addPerson(page, { name: "Ans", kind: "Ouder of verzorger", phone: "06 11111111" });
  await addPerson(page, { name: "Oma Riet", kind: "Netwerk", phone: "06-12345678" });

  // Agreeing an incomplete plan says everything that is missing, and records nothing.
  await page.getByRole("button", { name: "Plan afgesproken" }).click();
  const problems = page.locator("#agree-problems");
  await expect(problems).toContainText("Kies minstens één veilige persoon voor Lotte.");
  await expect(problems).toContainText("Vul in wie de regie heeft.");
  await expect(problems).toContainText("Vul de datum van de volgende evaluatie in.");
  await expect(page.getByText("Het plan is nog niet afgesproken.")).toBeVisible();

  // Every part of the plan.
  await openSection(page, "Veilige personen van de kinderen");
  await check(page, "Veilige personen van Lotte", "Oma Riet");
  await openSection(page, "Wie let op de veiligheid");
  await check(page, "Kies iemand", "Oma Riet");
  await page.getByLabel("Wat doet Oma Riet?").fill("Komt elke woensdag langs.");
  await openSection(page, "Wie springt bij");
  await check(page, "Kies iemand", "Oma Riet");
  await page.getByLabel("Wat doet Oma Riet?").fill("Neemt Lotte mee als Ans het niet aankan.");
  await openSection(page, "Afspraken");
  await page.getByRole("button", { name: "Afspraak toevoegen" }).click();
  await page.getByLabel("Situatie").selectOption({ label: "Alcohol en drugs" });
  await page.getByLabel("Wat is er afgesproken?").fill("Ans drinkt geen alcohol als ze alleen voor Lotte zorgt.");
  await check(page, "Wie doet dit?", "Ans");
  await openSection(page, "Uitleg aan de kinderen");
  await page.getByLabel("Op welke leeftijd?").fill("8");
  await page.getByLabel("Wie legt het uit?").selectOption({ label: "Oma Riet" });
  await page.getByLabel("Hoe? Bijvoorbeeld met een tekenverhaal").fill("Met een tekenverhaal.");
  await openSection(page, "Ontwikkeling van de kinderen");
  await page.getByLabel("Hoe ontwikkelt het kind zich?").fill("Lotte gaat naar groep 5.");
  await page.getByLabel("Hoe verandert het plan als het kind ouder wordt?").fill("Later een eigen telefoon.");
  await page.getByLabel("Wanneer kijken we hier opnieuw naar?").fill("2027-06-01");
  await openSection(page, "Looptijd en evaluatie");
  await page.getByLabel("Het plan geldt vanaf").fill("2026-11-24");
  await page.getByLabel("Het plan geldt tot (mag leeg blijven)").fill("2027-11-24");
  await page.getByLabel("Volgende evaluatie").fill("2027-02-24");
  await openSection(page, "Hulpverleningsdoelen");
  await page.getByRole("button", { name: "Doel toevoegen" }).click();
  await page.getByLabel("Doel", { exact: true }).fill("Ans krijgt hulp bij stress.");
  await page.getByLabel("Soort doel").selectOption({ label: "Eigen problemen van de ouders" });
  await check(page, "Voor wie?", "Ans");
  await openSection(page, "Eigen kracht en netwerk");
  await page.getByLabel("Wat gaat goed, en wie uit het netwerk helpt?").fill("Oma Riet woont om de hoek.");
  await openSection(page, "Professionele interventies");
  await page.getByRole("button", { name: "Interventie toevoegen" }).click();
  await page.getByLabel("Naam", { exact: true }).fill("Opvoedondersteuning");
  await page.getByLabel("Wie biedt het aan?").fill("Wijkteam");
  await openSection(page, "Behandeling");
  await page.getByRole("button", { name: "Behandeling toevoegen" }).click();
  await page.getByLabel("Naam", { exact: true }).fill("Traumabehandeling");
  await check(page, "Voor wie?", "Lotte");
  await openSection(page, "Regie: wie de hulp coördineert");
  await page.getByLabel("Naam", { exact: true }).fill("Jeugdprofessional Test");
  await page.getByLabel("Organisatie").fill("Wijkteam Test");
  await page.getByLabel("Telefoonnummer", { exact: true }).fill("010 1234567");
  await openSection(page, "Monitoren van veiligheid");
  await page.getByLabel("Hoe houden we de veiligheid in de gaten?").fill("Elke twee weken een bezoek.");
  await check(page, "Kinderen die geweld thuis hebben gezien", "Lotte");

  // Autosave: a reload keeps what was typed.
  await expect(page.getByText("Alles is opgeslagen op dit apparaat.")).toBeVisible();
  await reopen(page);
  await goToFamilies(page);
  await page.getByRole("button", { name: /^Familie Test/ }).click();
  await openSection(page, "Regie: wie de hulp coördineert");
  await expect(page.getByLabel("Naam", { exact: true })).toHaveValue("Jeugdprofessional Test");

  // Agree: version 1.
  await page.getByRole("button", { name: "Plan afgesproken" }).click();
  await expect(page.getByText("Versie 1 van het plan is vastgelegd.")).toBeVisible();
  await expect(page.getByText("Afgesproken, versie 1")).toBeVisible();
  await expect(page.getByText(/^Versie 1, afgesproken op \d\d-\d\d-\d{4} door Ans$/)).toBeVisible();

  // Change it later: a draft again, then version 2; version 1 stays readable.
  await openSection(page, "Afspraken");
  await page.getByLabel("Wat is er afgesproken?").fill("Ans drinkt helemaal geen alcohol.");
  await expect(page.getByText("Concept, gewijzigd na versie 1")).toBeVisible();
  await page.getByRole("button", { name: "Plan afgesproken" }).click();
  await expect(page.getByText("Versie 2 van het plan is vastgelegd.")).toBeVisible();
  await page.getByRole("button", { name: /Plan bekijken en afdrukken: Versie 1/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Veiligheidsplan Familie Test" })).toBeVisible();
  await expect(page.getByText("Ans drinkt geen alcohol als ze alleen voor Lotte zorgt.")).toBeVisible();
  await expect(page.getByText("Ans drinkt helemaal geen alcohol.")).toHaveCount(0);
  await page.getByRole("button", { name: "Terug naar het plan" }).first().click();

  // The current plan, readable and printable.
  await page.getByRole("button", { name: "Plan bekijken en afdrukken", exact: true }).click();
  const view = page.locator("article");
  for (const text of [
    "Ans drinkt helemaal geen alcohol.", "Komt elke woensdag langs.", "Neemt Lotte mee als Ans het niet aankan.",
    "Met een tekenverhaal.", "Lotte gaat naar groep 5.", "Ans krijgt hulp bij stress.", "Oma Riet woont om de hoek.",
    "Opvoedondersteuning", "Traumabehandeling", "Jeugdprofessional Test", "Elke twee weken een bezoek.",
  ]) {
    await expect(view).toContainText(text);
  }
  await page.evaluate(() => {
    window.__printed = false;
    window.print = () => { window.__printed = true; };
  });
  await page.getByRole("button", { name: "Afdrukken" }).first().click();
  expect(await page.evaluate(() => window.__printed)).toBe(true);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Afdrukken" }).first()).toBeHidden();
  await expect(page.getByRole("navigation")).toBeHidden();
  await page.emulateMedia({ media: "screen" });
  await page.getByRole("button", { name: "Terug naar het plan" }).first().click();

  // Export to a file (offline, all in the browser), locked with a code the app makes.
  await page.getByRole("button", { name: "Exporteren naar bestand" }).click();
  const shown = (await page.getByLabel(/^Code: /).textContent()).trim();
  const groups = shown.split(" ");
  expect(groups).toHaveLength(7);
  expect(groups.every((g) => /^[0-9A-HJKMNP-TV-Z]{4}$/.test(g))).toBe(true);
  // No file before the code was written down.
  const save = page.getByRole("button", { name: "Opslaan als bestand" });
  await expect(save).toHaveCount(0);
  const lastGroup = page.getByLabel("Typ de laatste groep van de code over, als controle");
  await lastGroup.fill("UUUU");
  await expect(page.getByText("Dat is niet de laatste groep.", { exact: false })).toBeVisible();
  await expect(save).toHaveCount(0);
  await lastGroup.fill(groups[6].toLowerCase());
  await checkScreen(page, "export-code");
  await page.getByRole("button", { name: "English", exact: true }).click();
  await expect(page.getByRole("heading", { name: "This file's code" })).toBeVisible();
  await checkScreen(page, "export-code-en");
  await page.getByRole("button", { name: "Nederlands", exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent("download"), save.click()]);
  expect(download.suggestedFilename()).toMatch(/^data-[0-9a-f]{8}\.bin$/);
  await expect(page.getByRole("status").filter({ hasText: "in je downloads" })).toBeVisible();
  const exportedPath = await download.path();
  const exported = readFileSync(exportedPath);
  for (const word of ["Familie Test", "Lotte", "alcohol", "Oma Riet", "format_version"]) {
    expect(exported.includes(Buffer.from(word)), word).toBe(false);
  }

  // Another browser profile: a bad file is refused and changes nothing; the real one
  // arrives with its code and nothing lost.
  const other = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: "nl-NL" });
  const second = await other.newPage();
  await openApp(second, "/", { role: "professional" });
  await goToFamilies(second);
  await expect(second.getByText("Er staan nog geen gezinnen op dit apparaat.")).toBeVisible();
  const importFile = second.getByLabel("Gezin importeren uit een bestand");
  await importFile.setInputFiles({
    name: "foto.json", mimeType: "application/json", buffer: Buffer.from("{\"niet\": \"van veilig\"}"),
  });
  await expect(second.getByRole("alert")).toContainText("Dit is geen bestand van Veilig.");
  await expect(second.getByText("Er staan nog geen gezinnen op dit apparaat.")).toBeVisible();
  const newer = Buffer.from(exported);
  newer[3] = 7;
  await importFile.setInputFiles({ name: "data.bin", mimeType: "application/octet-stream", buffer: newer });
  await expect(second.getByRole("alert")).toContainText("nieuwere versie van Veilig");
  await importFile.setInputFiles(exportedPath);
  const code = second.getByLabel("Code van het bestand");
  await expect(code).toBeVisible();
  await checkScreen(second, "import-code");
  await code.fill(groups.slice(0, 6).join(" ") + " UUUU");
  await second.getByRole("button", { name: "Bestand openen" }).click();
  await expect(second.getByText("‘U’ komt in geen code voor.", { exact: false })).toBeVisible();
  const wrongLast = groups[6] === "ZZZZ" ? "YYYY" : "ZZZZ";
  await code.fill(groups.slice(0, 6).join(" ") + " " + wrongLast);
  await second.getByRole("button", { name: "Bestand openen" }).click();
  await expect(second.getByText("Deze code opent dit bestand niet.", { exact: false })).toBeVisible();
  await expect(second.getByText("Er staan nog geen gezinnen op dit apparaat.")).toBeVisible();
  await code.fill(shown.toLowerCase().replaceAll(" ", "-"));
  await second.getByRole("button", { name: "Bestand openen" }).click();
  await expect(second.getByRole("status").filter({ hasText: "is geïmporteerd" })).toHaveText("Familie Test is geïmporteerd.");
  await second.getByRole("button", { name: /^Familie Test/ }).click();
  await expect(second.getByText("Afgesproken, versie 2")).toBeVisible();
  await second.getByRole("button", { name: "Plan bekijken en afdrukken", exact: true }).click();
  for (const text of ["Ans drinkt helemaal geen alcohol.", "Oma Riet woont om de hoek.", "Traumabehandeling"]) {
    await expect(second.locator("article")).toContainText(text);
  }
  await other.close();
});

test("the example family can be loaded from the start and explored", async ({ page }) => {
  await openApp(page, "/", { role: "professional" });
  await goToFamilies(page);
  await page.getByRole("button", { name: "Voorbeeldgezin laden" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Voorbeeldgezin Bakker" })).toBeVisible();
  await page.getByRole("button", { name: "Terug naar gezinnen" }).click();
  await page.getByLabel("Zoek op naam").fill("noor");
  await expect(page.getByRole("button", { name: /^Voorbeeldgezin Bakker/ })).toBeVisible();
  await page.getByLabel("Zoek op naam").fill("iemand anders");
  await expect(page.getByText("Geen gezin gevonden met deze naam.")).toBeVisible();
});
