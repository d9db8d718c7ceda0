// How the screens look and feel on a small phone: screenshots to look at, axe for
// accessibility, no sideways scrolling at 320 px, and tap targets of at least 44 px.
import { expect, test } from "@playwright/test";
import { addPerson, checkScreen, noSidewaysScroll, openApp, passLock } from "./helpers.js";

for (const scheme of ["light", "dark"]) {
  test(`every screen in Dutch and English, ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openApp(page);
    await checkScreen(page, `${scheme}-nl-empty`);
    await addPerson(page, { name: "Oma Els", relation: "oma", phone: "06-12345678", note: "Bel na 5 uur" });
    await addPerson(page, { name: "Buurvrouw Anja van der Berg-Hoogeveen", relation: "buurvrouw", phone: "+32 470 12 34 56" });
    await checkScreen(page, `${scheme}-nl-list`);
    await page.getByRole("button", { name: "Persoon toevoegen" }).click();
    await page.getByLabel("Telefoonnummer").fill("06-12");
    await page.getByRole("button", { name: "Persoon opslaan" }).click();
    await checkScreen(page, `${scheme}-nl-form-problems`);
    await page.getByRole("button", { name: "Terug zonder opslaan" }).click();
    await page.getByRole("button", { name: "Wijzigen Oma Els" }).click();
    await page.getByRole("button", { name: "Persoon verwijderen" }).click();
    await checkScreen(page, `${scheme}-nl-confirm-remove`);
    await page.getByRole("button", { name: "Nee, bewaren" }).click();
    await page.getByRole("button", { name: "English" }).click();
    await checkScreen(page, `${scheme}-en-edit`);
    await page.getByRole("button", { name: "Back without saving" }).click();
    await checkScreen(page, `${scheme}-en-list`);
  });
}

for (const scheme of ["light", "dark"]) {
  test(`the professional's screens in Dutch and English, ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openApp(page, "/", { role: "professional" });
    await checkScreen(page, `${scheme}-nl-caseload-empty`);
    await page.getByRole("button", { name: "Nieuw gezin" }).click();
    await page.getByRole("button", { name: "Gezin aanmaken" }).click();
    await checkScreen(page, `${scheme}-nl-new-family-problem`);
    await page.getByRole("button", { name: "Terug naar gezinnen" }).click();
    await page.getByRole("button", { name: "Voorbeeldgezin laden" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Voorbeeldgezin Bakker" })).toBeVisible();
    await checkScreen(page, `${scheme}-nl-editor`);
    for (const section of ["Gezin en netwerk", "Afspraken", "Looptijd en evaluatie", "Regie: wie de hulp coördineert"]) {
      await page.getByRole("button", { name: section, exact: true }).click();
      await checkScreen(page, `${scheme}-nl-editor-${section.split(" ")[0].replace(":", "").toLowerCase()}`);
    }
    await page.getByRole("button", { name: "Plan bekijken en afdrukken", exact: true }).click();
    await checkScreen(page, `${scheme}-nl-plan-view`);
    await page.getByRole("button", { name: "English" }).click();
    await checkScreen(page, `${scheme}-en-plan-view`);
    await page.getByRole("button", { name: "Back to the plan" }).first().click();
    await checkScreen(page, `${scheme}-en-editor`);
    await page.getByRole("button", { name: "Back to families" }).click();
    await checkScreen(page, `${scheme}-en-caseload`);
  });
}

for (const scheme of ["light", "dark"]) {
  test(`the family's screens (setup, young person, parent) in Dutch and English, ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("/");
    await passLock(page);
    await expect(page.getByRole("heading", { level: 1, name: "Wie gebruikt dit apparaat?" })).toBeVisible();
    await checkScreen(page, `${scheme}-nl-setup-role`);
    await page.getByRole("button", { name: /^Ik ben ouder of verzorger/ }).click();
    await checkScreen(page, `${scheme}-nl-setup-parent-empty`);
    await page.getByRole("button", { name: "Voorbeeldgezin laden" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Wie ben jij?" })).toBeVisible();
    await checkScreen(page, `${scheme}-nl-setup-parent-who`);
    await page.getByRole("button", { name: "Mark" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Ons veiligheidsplan" })).toBeVisible();
    await checkScreen(page, `${scheme}-nl-parent`);
    // Support for parents (issue 17): their texts and the help lines for adults.
    await page.getByRole("navigation").getByRole("button", { name: "Steun" }).click();
    await checkScreen(page, `${scheme}-nl-parent-support`);
    await page.getByRole("button", { name: "Als de spanning oploopt" }).click();
    await expect(page.getByText("Maak een time-outplan", { exact: false })).toBeVisible();
    await checkScreen(page, `${scheme}-nl-parent-text`);
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByText("Make a time-out plan", { exact: false })).toBeVisible();
    await checkScreen(page, `${scheme}-en-parent-text`);
    await page.getByRole("navigation").getByRole("button", { name: "Our plan" }).click();
    await checkScreen(page, `${scheme}-en-parent`);
    // The top bar stays one row at 360 px in English too ("Nederlands" is the longer word).
    expect((await page.getByRole("banner").boundingBox()).height).toBeLessThanOrEqual(72);
    await page.getByRole("button", { name: "Settings" }).click();
    await page.getByRole("button", { name: "Choose another use" }).click();
    await checkScreen(page, `${scheme}-en-settings-confirm`);
    await page.getByRole("button", { name: "Yes, choose again" }).click();
    await page.getByRole("button", { name: /^I am a child or young person/ }).click();
    await checkScreen(page, `${scheme}-en-setup-young-who`);
    // The example family was loaded in Dutch, so it keeps its Dutch name.
    await page.getByRole("button", { name: "Noor, Voorbeeldgezin Bakker" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "My safe people" })).toBeVisible();
    await checkScreen(page, `${scheme}-en-young-home`);
    await page.getByRole("button", { name: "Nederlands" }).click();
    await checkScreen(page, `${scheme}-nl-young-home`);
    await page.getByRole("navigation").getByRole("button", { name: "Uitleg" }).click();
    await checkScreen(page, `${scheme}-nl-learn`);
    await page.getByRole("button", { name: "Goede en slechte geheimen" }).click();
    await checkScreen(page, `${scheme}-nl-lesson-4-7`);
    await page.getByRole("button", { name: "Verder" }).click();
    await page.getByRole("button", { name: "English" }).click();
    await checkScreen(page, `${scheme}-en-lesson-4-7`);
    await page.getByRole("navigation").getByRole("button", { name: "How I feel" }).click();
    await page.getByRole("button", { name: "Save" }).click();
    await checkScreen(page, `${scheme}-en-check-in-problem`);
    await page.getByRole("radio", { name: "7", exact: true }).check();
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("status")).toHaveText("Saved. Good that you filled it in.");
    await checkScreen(page, `${scheme}-en-check-in-history`);
    await page.getByRole("button", { name: "Nederlands" }).click();
    await checkScreen(page, `${scheme}-nl-check-in-history`);
    await page.getByRole("button", { name: "Instellingen" }).click();
    await checkScreen(page, `${scheme}-nl-settings`);
    await page.getByRole("button", { name: "Ander gebruik kiezen" }).click();
    await page.getByRole("button", { name: "Ja, opnieuw kiezen" }).click();
    await page.getByRole("button", { name: /^Ik ben een kind of jongere/ }).click();
    await page.getByRole("button", { name: "16 jaar of ouder" }).click();
    await page.getByRole("navigation").getByRole("button", { name: "Uitleg" }).click();
    await page.getByRole("button", { name: "Hulp vragen" }).click();
    await checkScreen(page, `${scheme}-nl-lesson-16`);
    await page.getByRole("button", { name: "English" }).click();
    await checkScreen(page, `${scheme}-en-lesson-16`);
  });
}

for (const scheme of ["light", "dark"]) {
  test(`the lock and privacy screens in Dutch and English, ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Kies een geheime code" })).toBeVisible();
    await checkScreen(page, `${scheme}-nl-secret`);
    await page.getByLabel("Geheime code").fill("123");
    await page.getByRole("button", { name: "Code instellen" }).click();
    await checkScreen(page, `${scheme}-nl-secret-problems`);
    await page.getByRole("button", { name: "English" }).click();
    await checkScreen(page, `${scheme}-en-secret-problems`);
    await page.getByRole("button", { name: "Nederlands" }).click();
    await passLock(page);
    await page.getByRole("button", { name: /^Ik ben een kind of jongere/ }).click();
    await page.getByRole("button", { name: "8 tot 12 jaar" }).click();
    await page.getByRole("button", { name: "Instellingen" }).click();
    await checkScreen(page, `${scheme}-nl-settings-lock`);
    await page.getByRole("button", { name: "Veilig gebruik" }).click();
    await checkScreen(page, `${scheme}-nl-safe-use`);
    await page.getByRole("button", { name: "English" }).click();
    await checkScreen(page, `${scheme}-en-safe-use`);
    await page.getByRole("button", { name: "Nederlands" }).click();
    await page.getByRole("button", { name: "Op slot zetten" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Op slot" })).toBeVisible();
    await checkScreen(page, `${scheme}-nl-locked`);
    // Enough wrong tries to see the wait and the way out.
    await page.evaluate(() => localStorage.setItem("veilig-unlock-wait", JSON.stringify([5, 8000])));
    await page.reload();
    await expect(page.getByText(/^Probeer het over \d+ seconden opnieuw\.$/)).toBeVisible();
    await checkScreen(page, `${scheme}-nl-locked-wait`);
    await page.getByRole("button", { name: "English" }).click();
    await checkScreen(page, `${scheme}-en-locked-wait`);
  });
}

test("nothing scrolls sideways at 320 px, and text can be zoomed to 200%", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openApp(page);
  await addPerson(page, { name: "Buurvrouw Anja van der Berg-Hoogeveen", relation: "buurvrouw", phone: "0612345678" });
  await noSidewaysScroll(page);
  await page.evaluate(() => {
    document.documentElement.style.fontSize = "200%";
  });
  await page.screenshot({ path: "screenshots/zoom-200.png", fullPage: true });
  await noSidewaysScroll(page);
  await page.getByRole("button", { name: "Persoon toevoegen" }).click();
  await noSidewaysScroll(page);
});
