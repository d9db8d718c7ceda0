// Monitoring on home visits, offline, as a professional does it with the example family:
// three visits in the recommended order with scores, the trend, a reload in the middle of
// typing, a correction with the earlier version still readable, a deletion undone, the
// caseload's reminders, and an evaluation that opens a new plan revision.
import { expect, test } from "@playwright/test";
import { checkScreen, openApp, reopen, waitForServiceWorker } from "./helpers.js";

test.setTimeout(180_000);

const pad = (n) => String(n).padStart(2, "0");

/** A day `daysAgo` days before today, on this device's calendar. */
function day(daysAgo) {
  const d = new Date();
  d.setDate(d.getDate() - daysAgo);
  return d;
}

/** "2026-11-03" for a date input. */
const isoDate = (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
/** "03-11-2026", as the Dutch screens write a date. */
const dutchDate = (d) => `${pad(d.getDate())}-${pad(d.getMonth() + 1)}-${d.getFullYear()}`;

const FAMILY = "Voorbeeldgezin Bakker";

/** Open one part of a form by its heading button. */
async function openPart(page, name) {
  const button = page.getByRole("button", { name, exact: true });
  if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
  await expect(button).toHaveAttribute("aria-expanded", "true");
}

/** Choose a score on the scale asking `question`. */
async function score(page, question, n) {
  await page.getByRole("group", { name: question }).getByRole("radio", { name: String(n), exact: true }).check();
}

/** The caseload, from anywhere the back button leads to it. */
async function toFamilies(page) {
  await expect(page.getByRole("heading", { level: 1, name: "Gezinnen" })).toBeVisible();
}

/** Start a visit from the family's visits screen and set its day. */
async function startVisit(page, daysAgo) {
  await page.getByRole("button", { name: /^Huisbezoek (starten|verder invullen)$/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Huisbezoek" })).toBeVisible();
  await page.getByLabel("Datum en tijd van het bezoek").fill(`${isoDate(day(daysAgo))}T14:00`);
}

async function record(page, daysAgo) {
  await page.getByRole("button", { name: "Bezoek vastleggen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "is vastgelegd" }))
    .toHaveText(`Het bezoek van ${dutchDate(day(daysAgo))} is vastgelegd.`);
}

/** The rows of the table under the chart (without its header row). */
function scoreRows(page) {
  return page.getByRole("table", { name: "Cijfers van de volwassenen per bezoek" }).getByRole("row").filter({ has: page.getByRole("rowheader") });
}

/** The example family, agreed as version 1, on a professional's device that is offline. */
async function exampleFamilyOffline(page, context) {
  await openApp(page, "/", { role: "professional" });
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await reopen(page);
  await toFamilies(page);
  await page.getByRole("button", { name: "Voorbeeldgezin laden" }).click();
  await expect(page.getByRole("heading", { level: 1, name: FAMILY })).toBeVisible();
  await page.getByRole("button", { name: "Plan afgesproken" }).click();
  await expect(page.getByText("Versie 1 van het plan is vastgelegd.")).toBeVisible();
  await page.getByRole("button", { name: "Terug naar gezinnen" }).click();
  await toFamilies(page);
}

test("three visits and an evaluation, offline: trend, reload while typing, correction, undo, new plan revision", async ({ page, context }) => {
  await exampleFamilyOffline(page, context);
  const row = page.getByRole("listitem").filter({ hasText: FAMILY });
  await expect(row.getByText("Nog geen bezoek")).toBeVisible();

  // Visit 1, three weeks ago, started from the caseload in one tap.
  await page.getByRole("button", { name: `Huisbezoek starten: ${FAMILY}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Huisbezoek" })).toBeVisible();
  await page.getByLabel("Datum en tijd van het bezoek").fill(`${isoDate(day(21))}T14:00`);
  const present = page.getByRole("group", { name: "Wie waren erbij?" });
  await present.getByRole("checkbox", { name: "Sanne", exact: true }).check();
  await present.getByRole("checkbox", { name: "Noor", exact: true }).check();
  await openPart(page, "Ouders");
  await page.getByLabel("Wat vertellen de ouders?").fill("Het is rustiger thuis sinds de afspraken.");
  await score(page, "Hoe veilig is het volgens Sanne?", 4);
  await score(page, "Hoe veilig is het volgens Mark?", 5);
  // An adult's scale says what 0 and 10 mean: a judgement, not a feeling (issue 18).
  const sanne = page.getByRole("group", { name: "Hoe veilig is het volgens Sanne?" });
  await expect(sanne.getByText("0: niemand vindt dat het kind hier veilig is", { exact: false })).toBeVisible();
  await expect(sanne.getByRole("radio", { name: "10: iedereen vindt het veilig genoeg om de hulp af te ronden" })).toBeVisible();
  await openPart(page, "Kinderen");
  // Each child on their own (issue 18): seen alone or why not, their words, their scale.
  const noor = page.getByRole("group", { name: "Noor", exact: true });
  const daan = page.getByRole("group", { name: "Daan", exact: true });
  // A child's own scale asks how safe they feel, in their words; the youngest choose a face.
  await expect(noor.getByRole("group", { name: "Hoe veilig voelt Noor zich?" }).getByRole("radio", { name: "0, helemaal niet veilig" })).toBeVisible();
  await noor.getByRole("group", { name: "Alleen gesproken, zonder de ouders erbij?" }).getByRole("radio", { name: "Ja" }).check();
  await noor.getByLabel(/^Wat zegt het kind zelf\?/).fill("Noor vertelt over school.");
  await score(page, "Hoe veilig voelt Noor zich?", 6);
  await daan.getByRole("group", { name: "Alleen gesproken, zonder de ouders erbij?" }).getByRole("radio", { name: "Nee" }).check();
  await daan.getByLabel(/^Wat zegt het kind zelf\?/).fill("Daan zegt dat papa minder boos is.");
  await score(page, "Hoe veilig voelt Daan zich?", 5);
  // Not seen alone needs a reason before the visit can be recorded.
  await page.getByRole("button", { name: "Bezoek vastleggen" }).click();
  await expect(page.getByRole("alert")).toContainText("Schrijf waarom Daan niet alleen is gesproken.");
  await daan.getByLabel("Waarom niet?").fill("Daan wilde niet zonder zijn moeder praten.");
  await openPart(page, "Afspraken nalopen");
  await page.getByRole("group", { name: /^Als er ruzie is/ }).getByRole("radio", { name: "Nagekomen", exact: true }).check();
  await page.getByRole("group", { name: /^Mark drinkt geen alcohol/ }).getByRole("radio", { name: "Deels nagekomen" }).check();
  await openPart(page, "Drie vragen");
  await page.getByLabel("Waar maken we ons zorgen over?").fill("Mark drinkt soms nog als hij alleen is.");
  await page.getByRole("button", { name: "Stap toevoegen" }).click();
  await page.getByLabel("Wat gaat er gebeuren?").fill("Mark belt de verslavingszorg");
  await page.getByRole("group", { name: "Wie doet dit?" }).getByRole("checkbox", { name: "Mark", exact: true }).check();
  await page.getByLabel("Uiterlijk op (mag leeg blijven)").fill(isoDate(day(14)));
  // A step with words in it is not lost by a mis-tap: removing it asks first.
  await page.getByRole("button", { name: "Deze stap verwijderen" }).click();
  await expect(page.getByText("Weet je het zeker? Wat je bij deze stap hebt ingevuld, verdwijnt.")).toBeVisible();
  await page.getByRole("button", { name: "Nee, bewaren" }).click();
  await expect(page.getByLabel("Wat gaat er gebeuren?")).toHaveValue("Mark belt de verslavingszorg");
  await score(page, "Hoe veilig is het volgens jou?", 3);
  await openPart(page, "Doelen en hulp");
  await page.getByRole("listitem").filter({ hasText: "Mark krijgt hulp bij zijn alcoholgebruik." })
    .getByLabel("Hoe staat het ervoor?").selectOption({ label: "Bezig" });

  // A reload (a closed tab, a crash) in the middle of typing keeps what was typed.
  await openPart(page, "Drie vragen");
  await page.getByLabel("Wat gaat er goed?").fill("Oma Els komt elke woensdag eten.");
  await page.waitForTimeout(1000);
  await reopen(page);
  await toFamilies(page);
  await page.getByRole("button", { name: `Huisbezoek verder invullen: ${FAMILY}` }).click();
  await openPart(page, "Drie vragen");
  await expect(page.getByLabel("Wat gaat er goed?")).toHaveValue("Oma Els komt elke woensdag eten.");
  await expect(page.getByLabel("Waar maken we ons zorgen over?")).toHaveValue("Mark drinkt soms nog als hij alleen is.");
  await expect(page.getByRole("group", { name: "Hoe veilig is het volgens jou?" }).getByRole("radio", { name: "3", exact: true })).toBeChecked();
  await record(page, 21);
  await expect(page.getByRole("heading", { level: 1, name: FAMILY })).toBeVisible();
  await expect(scoreRows(page)).toHaveCount(1);
  await expect(page.getByRole("img", { name: /^Oordeel van de volwassenen Hulpverlener: 3\./ })).toBeVisible();
  // The children's own felt safety is a chart of its own, not a line among the adults'.
  await expect(page.getByRole("img", { name: "Hoe veilig de kinderen zich voelen Noor: 6. Daan: 5." })).toBeVisible();
  await expect(page.getByRole("img", { name: /^Oordeel van de volwassenen/ })).not.toHaveAccessibleName(/Noor|Daan/);

  // Visit 2: the step from last time comes back to check.
  await startVisit(page, 14);
  await openPart(page, "Stappen van de vorige keer");
  await page.getByRole("group", { name: /^Mark belt de verslavingszorg \(Mark, uiterlijk / })
    .getByRole("radio", { name: "Nog niet" }).check();
  await openPart(page, "Ouders");
  await score(page, "Hoe veilig is het volgens Sanne?", 6);
  await openPart(page, "Drie vragen");
  await score(page, "Hoe veilig is het volgens jou?", 5);
  await record(page, 14);

  // Visit 3, today.
  await startVisit(page, 0);
  await openPart(page, "Drie vragen");
  await score(page, "Hoe veilig is het volgens jou?", 7);
  await record(page, 0);
  await expect(scoreRows(page)).toHaveCount(3);
  await expect(page.getByRole("img", { name: "Oordeel van de volwassenen Hulpverlener: 3, 5, 7. Sanne: 4, 6. Mark: 5." })).toBeVisible();
  await expect(page.getByRole("table", { name: "Cijfers van de kinderen per bezoek" }).getByRole("row").filter({ has: page.getByRole("rowheader") })).toHaveCount(1);
  await expect(scoreRows(page).last()).toContainText(`${dutchDate(day(0))} 14:00`);
  await checkScreen(page, "light-nl-monitoring");

  // A correction is a new version; the earlier text stays readable.
  await page.getByRole("button", { name: new RegExp(`^Huisbezoek van ${dutchDate(day(21))} om 14:00`) }).click();
  await expect(page.getByText(/^Versie 1, vastgelegd op .* op dit apparaat$/)).toBeVisible();
  await page.getByRole("button", { name: "Corrigeren" }).click();
  await expect(page.getByText(`${FAMILY} · correctie van versie 1`)).toBeVisible();
  await openPart(page, "Drie vragen");
  await page.getByLabel("Waar maken we ons zorgen over?").fill("Mark drinkt alleen nog op feestjes.");
  await page.getByRole("button", { name: "Correctie vastleggen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "is vastgelegd" })).toBeVisible();
  await page.getByRole("button", { name: new RegExp(`^Huisbezoek van ${dutchDate(day(21))} om 14:00`) }).click();
  await expect(page.getByText(/^Versie 2, gecorrigeerd op .* op dit apparaat$/)).toBeVisible();
  await expect(page.getByText("Mark drinkt alleen nog op feestjes.")).toBeVisible();
  await expect(page.getByText("Mark drinkt soms nog als hij alleen is.")).toHaveCount(0);
  // Each child's record is kept with the visit.
  await expect(page.getByText("Noor vertelt over school.")).toBeVisible();
  await expect(page.getByText("Niet alleen gesproken: Daan wilde niet zonder zijn moeder praten.")).toBeVisible();
  await page.getByRole("button", { name: "Versie 1 bekijken" }).click();
  await expect(page.getByText("Mark drinkt soms nog als hij alleen is.")).toBeVisible();
  await checkScreen(page, "light-nl-visit-versions");
  await page.getByRole("button", { name: "Terug naar bezoeken" }).click();

  // Deleting asks first, and can be undone in this session.
  await page.getByRole("button", { name: new RegExp(`^Huisbezoek van ${dutchDate(day(14))} om 14:00`) }).click();
  await page.getByRole("button", { name: "Bezoek verwijderen" }).click();
  await expect(page.getByText(/^Weet je het zeker\? Het hele bezoek verdwijnt/)).toBeVisible();
  await page.getByRole("button", { name: "Ja, verwijderen" }).click();
  await expect(page.getByRole("status")).toHaveText(`Het bezoek van ${dutchDate(day(14))} is verwijderd.`);
  await expect(scoreRows(page)).toHaveCount(2);
  await page.getByRole("button", { name: `Ongedaan maken: het bezoek van ${dutchDate(day(14))}` }).click();
  await expect(scoreRows(page)).toHaveCount(3);
  await expect(page.getByRole("status")).toHaveText(`Teruggezet: wat op ${dutchDate(day(14))} was ingevuld.`);

  // The caseload reminds of the step past its date.
  await page.getByRole("button", { name: "Terug naar gezinnen" }).click();
  await toFamilies(page);
  await expect(row.getByText("1 stap over datum")).toBeVisible();
  await expect(row.getByText("Nog geen bezoek")).toHaveCount(0);

  // Evaluation: the look back, then "adjust the plan" opens a new revision.
  await row.getByRole("button", { name: new RegExp(`^${FAMILY}`) }).click();
  await page.getByRole("navigation", { name: "Onderdelen van het gezin" }).getByRole("button", { name: "Bezoeken en evaluatie" }).click();
  await page.getByRole("button", { name: "Evaluatie starten" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Evaluatie" })).toBeVisible();
  await expect(page.getByText("3 bezoeken sinds het begin")).toBeVisible();
  await expect(page.getByText("Hulpverlener: van 3 naar 7 (3 keer gevraagd)")).toBeVisible();
  const lookBack = page.getByRole("region", { name: "Terugblik" });
  await expect(lookBack.getByRole("listitem").filter({ hasText: /^Als er ruzie is/ })).toContainText("1 keer nagekomen, 0 keer deels, 0 keer niet");
  await expect(lookBack.getByRole("listitem").filter({ hasText: /^Op verjaardagen/ })).toContainText("Niet besproken");
  // The results too: goals and interventions over the period (issue 18).
  await expect(lookBack.getByRole("listitem").filter({ hasText: /^Mark krijgt hulp bij zijn alcoholgebruik/ })).toContainText("Bezig");
  await expect(lookBack.getByRole("listitem").filter({ hasText: /^Opvoedondersteuning thuis/ })).toContainText("Nog niet begonnen");
  // The coordinator, and who took part.
  await expect(page.getByText("Regie: Jeugdprofessional (voorbeeld), Wijkteam Voorbeeldstad · 06 00000009")).toBeVisible();
  const tookPart = page.getByRole("group", { name: "Wie deden mee aan de evaluatie?" });
  await tookPart.getByRole("checkbox", { name: "Sanne", exact: true }).check();
  await tookPart.getByRole("checkbox", { name: "Mark", exact: true }).check();
  await page.getByRole("button", { name: "Evaluatie vastleggen" }).click();
  await expect(page.getByRole("alert")).toContainText("Kies een conclusie.");
  await page.getByRole("radio", { name: /^Plan aanpassen/ }).check();
  await page.getByLabel("Waarom deze conclusie?").fill("Mark wil een afspraak over feestjes.");
  await checkScreen(page, "light-nl-evaluation");
  await page.getByRole("button", { name: "Evaluatie vastleggen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: FAMILY })).toBeVisible();
  await expect(page.getByText(`Na de evaluatie van ${dutchDate(day(0))}: pas het plan aan en spreek het af als versie 2.`)).toBeVisible();
  await expect(page.getByText("Concept, gewijzigd na versie 1")).toBeVisible();
  await page.getByRole("button", { name: "Plan afgesproken" }).click();
  await expect(page.getByText("Versie 2 van het plan is vastgelegd.")).toBeVisible();
  await page.getByRole("navigation", { name: "Onderdelen van het gezin" }).getByRole("button", { name: "Bezoeken en evaluatie" }).click();
  await expect(page.getByRole("heading", { level: 3, name: `${dutchDate(day(0))}: Plan aanpassen` })).toBeVisible();
  await expect(page.getByText("Deden mee: Sanne en Mark")).toBeVisible();
  await expect(page.getByRole("img", { name: /^Oordeel van de volwassenen/ })).toContainText("v2");
});

test("the reminder for a family without a visit follows the number of weeks chosen", async ({ page, context }) => {
  await exampleFamilyOffline(page, context);
  await page.getByRole("button", { name: `Huisbezoek starten: ${FAMILY}` }).click();
  await page.getByLabel("Datum en tijd van het bezoek").fill(`${isoDate(day(36))}T10:30`);
  // A date in the future is refused, and nothing is recorded.
  await page.getByLabel("Datum en tijd van het bezoek").fill(`${isoDate(day(-3))}T10:30`);
  await page.getByRole("button", { name: "Bezoek vastleggen" }).click();
  await expect(page.getByRole("alert")).toContainText("De datum van het bezoek ligt in de toekomst.");
  await page.getByLabel("Datum en tijd van het bezoek").fill(`${isoDate(day(36))}T10:30`);
  await record(page, 36);
  await page.getByRole("button", { name: "Terug naar gezinnen" }).click();
  const row = page.getByRole("listitem").filter({ hasText: FAMILY });
  await expect(row.getByText("Geen bezoek in 5 weken")).toBeVisible();
  await page.getByRole("button", { name: "Instellingen" }).click();
  await page.getByLabel("Herinner mij als een gezin zoveel weken geen bezoek had").selectOption({ label: "6 weken" });
  await page.goBack();
  await toFamilies(page);
  await expect(row.getByText(FAMILY)).toBeVisible();
  await expect(row.getByText(/Geen bezoek in/)).toHaveCount(0);
});

for (const scheme of ["light", "dark"]) {
  test(`the monitoring screens in Dutch and English, ${scheme}`, async ({ page, context }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await exampleFamilyOffline(page, context);
    await checkScreen(page, `${scheme}-nl-caseload-reminders`);
    await page.getByRole("button", { name: `Huisbezoek starten: ${FAMILY}` }).click();
    await checkScreen(page, `${scheme}-nl-visit-when`);
    for (const part of ["Ouders", "Kinderen", "Netwerk", "Afspraken nalopen", "Drie vragen", "Doelen en hulp"]) {
      await openPart(page, part);
      if (part === "Kinderen") await score(page, "Hoe veilig voelt Noor zich?", 8);
      if (part === "Drie vragen") {
        await page.getByRole("button", { name: "Stap toevoegen" }).click();
        await score(page, "Hoe veilig is het volgens jou?", 6);
      }
      await checkScreen(page, `${scheme}-nl-visit-${part.split(" ")[0].toLowerCase()}`);
    }
    await page.getByRole("button", { name: "Bezoek vastleggen" }).click();
    await checkScreen(page, `${scheme}-nl-visit-problem`);
    // The problem links to the part where it is fixed, which opens it.
    await page.getByRole("link", { name: "Ga erheen: Drie vragen" }).click();
    await expect(page.getByRole("button", { name: "Drie vragen", exact: true })).toHaveAttribute("aria-expanded", "true");
    await page.getByRole("button", { name: "Deze stap verwijderen" }).click();
    await page.getByRole("button", { name: "Bezoek weggooien" }).click();
    await checkScreen(page, `${scheme}-nl-visit-discard`);
    await page.getByRole("button", { name: "Nee, bewaren" }).click();
    await record(page, 0);
    await checkScreen(page, `${scheme}-nl-monitoring`);
    await page.getByRole("button", { name: "English" }).click();
    await checkScreen(page, `${scheme}-en-monitoring`);
    await page.getByRole("button", { name: /^Home visit on / }).click();
    await checkScreen(page, `${scheme}-en-visit-view`);
    await page.getByRole("button", { name: "Back to visits" }).click();
    // The visit's children, each on their own, in English too.
    await page.getByRole("button", { name: "Start a home visit" }).click();
    await openPart(page, "Children");
    await page.getByRole("group", { name: "Daan", exact: true }).getByRole("radio", { name: "No", exact: true }).check();
    await expect(page.getByRole("group", { name: "Daan", exact: true }).getByLabel("Why not?")).toBeVisible();
    await checkScreen(page, `${scheme}-en-visit-children`);
    await page.getByRole("button", { name: "Back to visits" }).click();
    await page.getByRole("button", { name: "Start an evaluation" }).click();
    await page.getByRole("radio", { name: /^Close: safe enough/ }).check();
    await checkScreen(page, `${scheme}-en-evaluation`);
    await page.getByRole("button", { name: "Nederlands" }).click();
    await checkScreen(page, `${scheme}-nl-evaluation`);
    await page.getByRole("button", { name: "Instellingen" }).click();
    await checkScreen(page, `${scheme}-nl-settings-professional`);
  });
}

test("a falling score and an agreement broken twice raise alerts on the caseload and the family's page", async ({ page, context }) => {
  await exampleFamilyOffline(page, context);
  const row = page.getByRole("listitem").filter({ hasText: FAMILY });
  // The coordinator on the caseload, with organisation and number.
  await expect(row.getByText("Regie: Jeugdprofessional (voorbeeld), Wijkteam Voorbeeldstad · 06 00000009")).toBeVisible();
  for (const [daysAgo, professional] of [[21, 8], [14, 7], [0, 4]]) {
    if (daysAgo === 21) {
      await page.getByRole("button", { name: `Huisbezoek starten: ${FAMILY}` }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Huisbezoek" })).toBeVisible();
      await page.getByLabel("Datum en tijd van het bezoek").fill(`${isoDate(day(daysAgo))}T14:00`);
    } else {
      await startVisit(page, daysAgo);
    }
    // Noor is at home but not seen alone.
    await openPart(page, "Kinderen");
    const noor = page.getByRole("group", { name: "Noor", exact: true });
    await noor.getByRole("group", { name: "Alleen gesproken, zonder de ouders erbij?" }).getByRole("radio", { name: "Nee" }).check();
    await noor.getByLabel("Waarom niet?").fill("Noor wilde bij haar moeder blijven.");
    await openPart(page, "Afspraken nalopen");
    await page.getByRole("group", { name: /^Als er ruzie is/ }).getByRole("radio", { name: "Niet nagekomen", exact: true }).check();
    await openPart(page, "Drie vragen");
    await score(page, "Hoe veilig is het volgens jou?", professional);
    await record(page, daysAgo);
  }
  // The family's page says it, one line each.
  const attention = page.getByRole("region", { name: "Let op" });
  await expect(attention.getByText("Cijfer gedaald: hulpverlener van 7 naar 4")).toBeVisible();
  await expect(attention.getByText(/^Twee keer niet nagekomen: Als er ruzie is/)).toBeVisible();
  await expect(attention.getByText("Geen kind alleen gesproken bij de laatste 3 bezoeken")).toBeVisible();
  // Closing as "safe enough" while the professional's latest score is 4 asks to think again.
  await page.getByRole("button", { name: "Evaluatie starten" }).click();
  await page.getByRole("radio", { name: /^Afsluiten: veilig genoeg/ }).check();
  await expect(page.getByText(/^Het laatste cijfer van deze volwassenen is lager dan 7: Hulpverlener \(4\)\./)).toBeVisible();
  await page.getByRole("button", { name: "Evaluatie vastleggen" }).click();
  await expect(page.getByRole("alert")).toContainText("Bespreek het nog eens en bevestig hieronder, of kies een andere conclusie.");
  await checkScreen(page, "light-nl-evaluation-reconsider");
  await page.getByRole("button", { name: "Terug naar bezoeken" }).click();
  // And the caseload.
  await page.getByRole("button", { name: "Terug naar gezinnen" }).click();
  await toFamilies(page);
  await expect(row.getByText("Cijfer gedaald: hulpverlener van 7 naar 4")).toBeVisible();
  await expect(row.getByText(/^Twee keer niet nagekomen: Als er ruzie is/)).toBeVisible();
  await expect(row.getByText("Geen kind alleen gesproken bij de laatste 3 bezoeken")).toBeVisible();
});
