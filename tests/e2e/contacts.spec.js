// A young person's safe contacts: add, see, call, change, remove; in Dutch and English.
import { expect, test } from "@playwright/test";
import { addPerson, openApp, personNames, reopen } from "./helpers.js";

test("a new user adds two contacts, reloads, and sees them with call and message links", async ({ page }) => {
  await openApp(page);
  await expect(page.getByText("Er staat nog niemand in je lijst.")).toBeVisible();

  await addPerson(page, { name: "Oma Els", relation: "oma", phone: "06-12345678", note: "Bel na 5 uur" });
  await addPerson(page, { name: "juf Fatima", relation: "juf", phone: "010 123 45 67" });
  await reopen(page);
  await expect(page.getByRole("heading", { level: 1, name: "Mijn veilige mensen" })).toBeVisible();

  await expect(personNames(page)).toHaveText(["juf Fatima", "Oma Els"]);
  await expect(page.getByRole("link", { name: "Bel Oma Els" })).toHaveAttribute("href", "tel:+31612345678");
  await expect(page.getByRole("link", { name: "Stuur bericht aan Oma Els" })).toHaveAttribute(
    "href",
    "sms:+31612345678",
  );
  await expect(page.getByRole("link", { name: "Bel juf Fatima" })).toHaveAttribute("href", "tel:+31101234567");
  await expect(page.getByText("06 12345678")).toBeVisible();
  await expect(page.getByText("010 1234567")).toBeVisible();
  await expect(page.getByText("Bel na 5 uur")).toBeVisible();
  // The help lines are always there.
  await expect(page.getByRole("link", { name: "Bel 112" })).toHaveAttribute("href", "tel:112");
  await expect(page.getByRole("link", { name: "Bel De Kindertelefoon 0800-0432" })).toHaveAttribute(
    "href",
    "tel:08000432",
  );
});

test("an invalid phone number shows a clear message, keeps what was typed, and saves nothing", async ({ page }) => {
  await openApp(page);
  await page.getByRole("button", { name: "Persoon toevoegen" }).click();
  await page.getByLabel("Naam").fill("Oma Els");
  await page.getByLabel("Wie is dit voor jou?").fill("oma");
  const phone = page.getByLabel("Telefoonnummer");
  await phone.fill("06-1234");
  await page.getByRole("button", { name: "Persoon opslaan" }).click();

  await expect(page.getByText("Dit telefoonnummer klopt niet: gebruik 10 cijfers, zoals 06 12345678. Nu zijn het er 6.")).toBeVisible();
  await expect(phone).toHaveAttribute("aria-invalid", "true");
  await expect(phone).toBeFocused();
  await expect(phone).toHaveValue("06-1234");
  await expect(page.getByLabel("Naam")).toHaveValue("Oma Els");

  // Letters get their own message.
  await phone.fill("06-12ab5678");
  await expect(page.getByText("Een telefoonnummer heeft alleen cijfers. Haal het teken ‘a’ weg.")).toBeVisible();

  await page.getByRole("button", { name: "Terug zonder opslaan" }).click();
  await expect(page.getByText("Er staat nog niemand in je lijst.")).toBeVisible();
  await reopen(page);
  await expect(page.getByText("Er staat nog niemand in je lijst.")).toBeVisible();
});

test("missing fields are all reported at once, and the message goes when fixed", async ({ page }) => {
  await openApp(page);
  await page.getByRole("button", { name: "Persoon toevoegen" }).click();
  await page.getByRole("button", { name: "Persoon opslaan" }).click();
  await expect(page.getByText("Vul een naam in.")).toBeVisible();
  await expect(page.getByText("Vul in wie deze persoon voor je is, bijvoorbeeld oma of buurvrouw.")).toBeVisible();
  await expect(page.getByText("Vul een telefoonnummer in, zoals 06 12345678.")).toBeVisible();
  await expect(page.getByLabel("Naam")).toBeFocused();
  await page.getByLabel("Naam").fill("Buurvrouw Anja");
  await expect(page.getByText("Vul een naam in.")).toHaveCount(0);
});

test("a contact can be changed, and removed only after saying yes", async ({ page }) => {
  await openApp(page);
  await addPerson(page, { name: "Oma Els", relation: "oma", phone: "0612345678" });

  await page.getByRole("button", { name: "Wijzigen Oma Els" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Veilige persoon wijzigen" })).toBeVisible();
  await expect(page.getByLabel("Telefoonnummer")).toHaveValue("06 12345678");
  await page.getByLabel("Telefoonnummer").fill("+31 6 87654321");
  await page.getByRole("button", { name: "Persoon opslaan" }).click();
  await expect(page.getByRole("link", { name: "Bel Oma Els" })).toHaveAttribute("href", "tel:+31687654321");

  await page.getByRole("button", { name: "Wijzigen Oma Els" }).click();
  await page.getByRole("button", { name: "Persoon verwijderen" }).click();
  await expect(page.getByText("Weet je zeker dat je Oma Els wilt verwijderen?")).toBeFocused();
  await page.getByRole("button", { name: "Nee, bewaren" }).click();
  await expect(page.getByRole("button", { name: "Persoon verwijderen" })).toBeFocused();
  await page.getByRole("button", { name: "Terug zonder opslaan" }).click();
  await expect(personNames(page)).toHaveText(["Oma Els"]);

  await page.getByRole("button", { name: "Wijzigen Oma Els" }).click();
  await page.getByRole("button", { name: "Persoon verwijderen" }).click();
  await page.getByRole("button", { name: "Ja, verwijderen" }).click();
  await expect(page.getByRole("status")).toHaveText("Oma Els is verwijderd.");
  await reopen(page);
  await expect(page.getByText("Er staat nog niemand in je lijst.")).toBeVisible();
});

test("the family's screens leave no trail in the browser's history; the form's own button goes back", async ({ page }) => {
  await openApp(page);
  const entries = await page.evaluate(() => history.length);
  await page.getByRole("button", { name: "Persoon toevoegen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nieuwe veilige persoon" })).toBeVisible();
  expect(await page.evaluate(() => history.length)).toBe(entries);
  await page.getByRole("button", { name: "Terug zonder opslaan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mijn veilige mensen" })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe("/");
});

test("English can be chosen, is remembered, and Dutch comes back", async ({ page }) => {
  await openApp(page);
  await addPerson(page, { name: "Oma Els", relation: "oma", phone: "0612345678" });
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My safe people" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("link", { name: "Call Oma Els" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Send a message to Oma Els" })).toBeVisible();

  await reopen(page);
  await expect(page.getByRole("heading", { level: 1, name: "My safe people" })).toBeVisible();
  await page.getByRole("button", { name: "Add a person" }).click();
  await page.getByRole("button", { name: "Save person" }).click();
  await expect(page.getByText("Fill in a name.")).toBeVisible();
  await page.getByRole("button", { name: "Back without saving" }).click();

  await page.getByRole("button", { name: "Nederlands" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mijn veilige mensen" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
});
