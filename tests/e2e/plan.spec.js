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
  await addPerson(page, { name: "Jeugdprofessional Test", kind: "Professional", phone: "010 1234567" });

  // Agreeing an incomplete plan says everything that is missing, and records nothing.
  await page.getByRole("button", { name: "Plan afgesproken" }).click();
  const problems = page.locator("#agree-problems");
  // Every reason at once, the guideline's first (issue 18).
  for (const reason of [
    "Schrijf minstens één zorg op: wat is er gebeurd, wat kan er gebeuren.",
    "Schrijf minstens één veiligheidsdoel op.",
    "Kies minstens één veilige persoon voor Lotte.",
    "Kies minstens één persoon uit het netwerk die op de veiligheid let, niet alleen de ouders.",
    "Kies minstens één persoon die bijspringt.",
    "Vul in op welke leeftijd en door wie het plan aan Lotte wordt uitgelegd.",
    "Vul in tot wanneer het plan geldt.",
    "Kies wie de regie heeft: een professional of iemand uit het netwerk.",
    "Vul de organisatie in van wie de regie heeft.",
    "Vul de datum van de volgende evaluatie in.",
  ]) {
    await expect(problems).toContainText(reason);
  }
  await expect(page.getByText("Het plan is nog niet afgesproken.")).toBeVisible();

  // Every part of the plan, the worries and safety goals first.
  await openSection(page, "Zorgen: wat is er gebeurd, wat kan er gebeuren");
  await page.getByRole("button", { name: "Zorg toevoegen" }).click();
  await page.getByLabel("Wie maakt zich zorgen?").fill("De school en oma Riet.");
  await page.getByLabel("Waarover? Wat is er gebeurd?").fill("Ans was dronken toen ze Lotte van school haalde.");
  await page.getByLabel("Wat kan er gebeuren als er niets verandert?").fill("Lotte raakt gewond in het verkeer.");
  await openSection(page, "Veiligheidsdoelen");
  await page.getByRole("button", { name: "Veiligheidsdoel toevoegen" }).click();
  await page.getByLabel("Wat moet iedereen zien gebeuren?").fill("Lotte wordt altijd door een nuchtere volwassene gehaald.");
  await page.getByLabel("Hoe lang?").fill("Zes maanden achter elkaar.");
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
  await page.getByLabel("Het plan geldt tot").fill("2027-11-24");
  await page.getByLabel("Volgende evaluatie").fill("2027-02-24");
  await openSection(page, "Hulpverleningsdoelen");
  await page.getByRole("button", { name: "Doel toevoegen" }).click();
  await page.getByLabel("Doel", { exact: true }).fill("Ans krijgt hulp bij stress.");
  await page.getByLabel("Soort doel").selectOption({ label: "Eigen problemen van de ouders" });
  await check(page, "Voor wie?", "Ans");
  await page.getByLabel("Hoe weten we dat het doel bereikt is?").fill("Ans drinkt niet als ze voor Lotte zorgt.");
  await page.getByLabel("Uiterlijk bereikt op").fill("2027-05-24");
  await openSection(page, "Omstandigheden: geld, wonen, werk, school, gezondheid");
  await page.getByRole("button", { name: "Omstandigheid toevoegen" }).click();
  await page.getByLabel("Waarover?").selectOption({ label: "Wonen" });
  await page.getByLabel("Wat speelt er?").fill("Het huis is te klein.");
  await openSection(page, "Eigen problemen van de kinderen");
  await page.getByLabel("Lotte: Waar heeft het kind zelf moeite mee?").fill("Lotte is vaak bang in het donker.");
  await openSection(page, "Eigen kracht en netwerk");
  await page.getByLabel("Wat gaat goed, en wie uit het netwerk helpt?").fill("Oma Riet woont om de hoek.");
  await openSection(page, "Professionele interventies");
  await page.getByRole("button", { name: "Interventie toevoegen" }).click();
  await page.getByLabel("Naam", { exact: true }).fill("Opvoedondersteuning");
  await page.getByLabel("Wie biedt het aan?").fill("Wijkteam");
  await page.getByLabel("Erkend in de Databank Effectieve Jeugdinterventies?").selectOption({ label: "Ja: goed onderbouwd" });
  await page.getByRole("button", { name: "Interventie toevoegen" }).click();
  await page.getByLabel("Naam", { exact: true }).nth(1).fill("Kindergroep na huiselijk geweld");
  await page.getByRole("group", { name: "Voor wie?" }).nth(1).getByRole("checkbox", { name: "Lotte", exact: true }).check();
  await openSection(page, "Behandeling");
  await page.getByRole("button", { name: "Behandeling toevoegen" }).click();
  await page.getByLabel("Naam", { exact: true }).fill("Traumabehandeling");
  await check(page, "Voor wie?", "Lotte");
  // Violence seen: the plan shows what is planned for the child, and agreeing checks it.
  await openSection(page, "Verwaarlozing; getuige van geweld thuis");
  await check(page, "Kinderen die geweld thuis hebben gezien", "Lotte");
  const seen = page.getByRole("region", { name: "Hulp voor Lotte: getuige van geweld" });
  await expect(seen).toContainText("Gerichte interventie: Kindergroep na huiselijk geweld");
  await expect(seen).toContainText("Traumabehandeling (zo nodig): Traumabehandeling");
  await page.getByRole("checkbox", { name: "Er is sprake van verwaarlozing" }).check();
  const neglect = page.getByRole("list").filter({ hasText: "Basisbehoeften van het kind" });
  await expect(neglect).toContainText("Eigen problemen van de ouders: Staat bij de hulpverleningsdoelen");
  await expect(neglect).toContainText("Basisbehoeften van het kind: Nog geen doel");
  await page.getByRole("button", { name: "Plan afgesproken" }).click();
  await expect(problems).toContainText("Bij verwaarlozing horen drie soorten hulp tegelijk. Nog geen hulpverleningsdoel voor: opvoedvaardigheden en basisbehoeften van het kind.");
  await page.getByRole("checkbox", { name: "Er is sprake van verwaarlozing" }).uncheck();
  await openSection(page, "Regie: wie de hulp coördineert");
  await page.getByLabel("Wie heeft de regie?").selectOption({ label: "Jeugdprofessional Test" });
  await page.getByLabel("Organisatie").fill("Wijkteam Test");
  await openSection(page, "Monitoren van veiligheid");
  await page.getByLabel("Hoe houden we de veiligheid in de gaten?").fill("Elke twee weken een bezoek.");

  // Autosave: a reload keeps what was typed.
  await expect(page.getByText("Alles is opgeslagen op dit apparaat.")).toBeVisible();
  await reopen(page);
  await goToFamilies(page);
  await page.getByRole("button", { name: /^Familie Test/ }).click();
  await openSection(page, "Regie: wie de hulp coördineert");
  await expect(page.getByLabel("Organisatie")).toHaveValue("Wijkteam Test");

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
    "Ans was dronken toen ze Lotte van school haalde.", "Lotte wordt altijd door een nuchtere volwassene gehaald.",
    "Het huis is te klein.", "Lotte is vaak bang in het donker.", "Ans drinkt niet als ze voor Lotte zorgt.",
    "Ja: goed onderbouwd", "Wijkteam Test", "Uiterlijk bereikt op",
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

// Issue 18: the parts that say what the plan is for, in both languages and both schemes:
// axe, 44 px and no sideways scroll on every new section, the refusal and the printed plan.
for (const scheme of ["light", "dark"]) {
  test(`the worries, safety goals, circumstances and harm sections in Dutch and English, ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openApp(page, "/", { role: "professional" });
    await goToFamilies(page);
    await page.getByRole("button", { name: "Voorbeeldgezin laden" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Voorbeeldgezin Bakker" })).toBeVisible();
    // The worries and safety goals open the plan.
    const titles = await page.getByRole("button", { expanded: false }).allTextContents();
    expect(titles.slice(0, 3).map((t) => t.trim())).toEqual([
      "Gezin en netwerk", "Zorgen: wat is er gebeurd, wat kan er gebeuren", "Veiligheidsdoelen",
    ]);
    const sections = {
      nl: [
        "Zorgen: wat is er gebeurd, wat kan er gebeuren", "Veiligheidsdoelen",
        "Omstandigheden: geld, wonen, werk, school, gezondheid", "Eigen problemen van de kinderen",
        "Hulpverleningsdoelen", "Professionele interventies", "Verwaarlozing; getuige van geweld thuis",
        "Regie: wie de hulp coördineert",
      ],
      en: [
        "Worries (danger statements): what happened, what may happen", "Safety goals",
        "Circumstances: money, housing, work, school, health", "The children's own problems",
        "Help goals", "Professional interventions", "Neglect; witnessed violence at home", "Coordinator of help (regie)",
      ],
    };
    for (const lang of ["nl", "en"]) {
      if (lang === "en") await page.getByRole("button", { name: "English", exact: true }).click();
      for (const [i, name] of sections[lang].entries()) {
        await openSection(page, name);
        if (i === 6) await page.getByRole("checkbox", { name: lang === "nl" ? "Er is sprake van verwaarlozing" : "There is neglect" }).check();
        await checkScreen(page, `${scheme}-${lang}-plan-part-${i}`);
      }
      // Neglect without help for basic needs: agreeing says so, with everything else.
      await page.getByRole("button", { name: lang === "nl" ? "Plan afgesproken" : "Plan agreed" }).click();
      await expect(page.locator("#agree-problems")).toContainText(
        lang === "nl" ? "Nog geen hulpverleningsdoel voor: basisbehoeften van het kind." : "No help goal yet for: the child's basic needs.",
      );
      await checkScreen(page, `${scheme}-${lang}-plan-refused`);
      await openSection(page, lang === "nl" ? "Verwaarlozing; getuige van geweld thuis" : "Neglect; witnessed violence at home");
      await page.getByRole("checkbox", { name: lang === "nl" ? "Er is sprake van verwaarlozing" : "There is neglect" }).uncheck();
    }
    await page.getByRole("button", { name: "View and print the plan", exact: true }).click();
    const printed = page.locator("article");
    for (const text of ["Who is worried?", "Sanne en Mark hebben hard ruzie", "Zes maanden achter elkaar.", "Money and debts", "Yes: effective"]) {
      await expect(printed).toContainText(text);
    }
    await checkScreen(page, `${scheme}-en-plan-view`);
  });
}

test("a plan from before issue 18 reads as it was, and its typed coordinator becomes a person", async ({ page }) => {
  await openApp(page, "/", { role: "professional" });
  await goToFamilies(page);
  // A plain file of an earlier release: no worries, safety goals or coordinator person yet.
  await page.getByLabel("Gezin importeren uit een bestand").setInputFiles("tests/e2e/fixtures/case-before-issue-18.json");
  await page.getByRole("button", { name: /^Gezin van vroeger/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Gezin van vroeger" })).toBeVisible();
  // The new rules apply to the next agreement, and say so.
  await page.getByRole("button", { name: "Plan afgesproken" }).click();
  const problems = page.locator("#agree-problems");
  for (const reason of [
    "Schrijf minstens één zorg op: wat is er gebeurd, wat kan er gebeuren.",
    "Schrijf minstens één veiligheidsdoel op.",
    "Kies wie de regie heeft: een professional of iemand uit het netwerk.",
    "Bij een hulpverleningsdoel staat nog niet hoe we weten dat het bereikt is.",
  ]) {
    await expect(problems).toContainText(reason);
  }
  // What was typed is kept and shown, and one tap makes it a person of the network.
  await openSection(page, "Regie: wie de hulp coördineert");
  await expect(page.getByText("Eerder ingevuld: Regie Oud, 010 1234567")).toBeVisible();
  await expect(page.getByLabel("Organisatie")).toHaveValue("Wijkteam Oud");
  await page.getByRole("button", { name: "Deze persoon toevoegen en kiezen" }).click();
  await expect(page.getByLabel("Wie heeft de regie?")).toHaveValue(/.+/);
  await expect(page.getByLabel("Wie heeft de regie?").locator("option:checked")).toHaveText("Regie Oud");
  await expect(page.getByText("Eerder ingevuld:")).toHaveCount(0);
  await openSection(page, "Gezin en netwerk");
  await expect(page.getByRole("button", { name: "Wijzigen Regie Oud" })).toBeVisible();
  await page.getByRole("button", { name: "Plan afgesproken" }).click();
  await expect(problems).not.toContainText("Kies wie de regie heeft");
  await expect(problems).not.toContainText("Van wie de regie heeft staat geen telefoonnummer");
});
