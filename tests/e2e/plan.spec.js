// The professional's whole journey with a safety plan, offline: create a family, fill in
// every part, agree, change (a new revision, the old one still readable), print, export,
// and import on another browser profile with nothing lost; a bad file is refused.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { openApp, waitForServiceWorker, reopen } from "./helpers.js";

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

  // Export to a file (offline, all in the browser).
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Exporteren naar bestand" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^veilig-plan-\d{4}-\d{2}-\d{2}\.json$/);
  const exportedPath = await download.path();
  const exported = JSON.parse(readFileSync(exportedPath, "utf8"));
  expect(exported.format_version).toBe(1);
  expect(exported.revisions.map((r) => r.revision)).toEqual([1, 2]);

  // Another browser profile: a bad file is refused and changes nothing; the real one
  // arrives with nothing lost.
  const other = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: "nl-NL" });
  const second = await other.newPage();
  await openApp(second, "/", { role: "professional" });
  await goToFamilies(second);
  await expect(second.getByText("Er staan nog geen gezinnen op dit apparaat.")).toBeVisible();
  await second.getByLabel("Gezin importeren uit een bestand").setInputFiles({
    name: "foto.json", mimeType: "application/json", buffer: Buffer.from("{\"niet\": \"van veilig\"}"),
  });
  await expect(second.getByRole("alert")).toContainText("Dit is geen bestand van Veilig.");
  await expect(second.getByText("Er staan nog geen gezinnen op dit apparaat.")).toBeVisible();
  await second.getByLabel("Gezin importeren uit een bestand").setInputFiles({
    name: "nieuwer.json", mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({ ...exported, format_version: 7 })),
  });
  await expect(second.getByRole("alert")).toContainText("nieuwere versie van Veilig");
  await second.getByLabel("Gezin importeren uit een bestand").setInputFiles(exportedPath);
  await expect(second.getByRole("status").filter({ hasText: "is geïmporteerd" })).toHaveText("Familie Test is geïmporteerd.");
  await second.getByRole("button", { name: /^Familie Test/ }).click();
  await expect(second.getByText("Afgesproken, versie 2")).toBeVisible();
  const [again] = await Promise.all([
    second.waitForEvent("download"),
    second.getByRole("button", { name: "Exporteren naar bestand" }).click(),
  ]);
  const reexported = JSON.parse(readFileSync(await again.path(), "utf8"));
  delete reexported.exported_at;
  delete exported.exported_at;
  expect(reexported).toEqual(exported);
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
