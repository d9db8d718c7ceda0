// The phone's own lock as a second key (issue 15, item 6): WebAuthn with the PRF extension,
// tested with Chromium's virtual authenticator through the DevTools protocol. WebAuthn
// does not accept an IP address as the site, so these tests open the app as localhost.
import { expect, test } from "@playwright/test";
import { addPerson, checkScreen, openApp, SECRET, unlock } from "./helpers.js";

const ORIGIN = "http://localhost:8091/";

/** A phone with a fingerprint reader that can give a PRF secret, and says yes at once. */
async function phoneLock(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable", { enableUI: false });
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      ctap2Version: "ctap2_1",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      hasPrf: true,
      automaticPresenceSimulation: true,
    },
  });
  return { cdp, authenticatorId };
}

test("with the phone's lock on, the code opens Veilig only together with that phone's lock", async ({ page }) => {
  const { cdp, authenticatorId } = await phoneLock(page);
  // What the app asks the phone to save: the names a phone's list of passkeys shows.
  await page.addInitScript(() => {
    const create = navigator.credentials.create.bind(navigator.credentials);
    navigator.credentials.create = (options) => {
      const { rp, user } = options.publicKey;
      sessionStorage.setItem("asked", JSON.stringify([rp.name, rp.id ?? "", user.name, user.displayName]));
      return create(options);
    };
  });
  await openApp(page, ORIGIN);
  await addPerson(page, { name: "Oma Els", relation: "Oma", phone: "0612345678" });
  await page.getByRole("button", { name: "Instellingen" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Extra slot: je telefoon" })).toBeVisible();
  // A wrong code changes nothing.
  await page.getByLabel("Je code", { exact: true }).fill("13579024");
  await page.getByRole("button", { name: "Slot van je telefoon aanzetten" }).click();
  await expect(page.getByText("Deze code klopt niet.")).toBeVisible();
  await page.getByLabel("Je code", { exact: true }).fill(SECRET);
  await page.getByRole("button", { name: "Slot van je telefoon aanzetten" }).click();
  await expect(page.getByText("Klaar. Vanaf nu vraagt Veilig je code en het slot van je telefoon.")).toBeVisible({ timeout: 20_000 });
  await checkScreen(page, "phone-lock-on");
  // One credential on the phone, with neutral names: nothing that says Veilig.
  const { credentials } = await cdp.send("WebAuthn.getCredentials", { authenticatorId });
  expect(credentials).toHaveLength(1);
  const asked = JSON.parse(await page.evaluate(() => sessionStorage.getItem("asked")));
  expect(asked).toEqual(["Start", "", "Start", "Start"]);

  // Locked: the code, then the phone's lock (the virtual one says yes at once).
  await page.reload();
  await expect(page.getByText("Na je code vraagt je telefoon om je vingerafdruk, gezicht of schermslot.")).toBeVisible();
  await unlock(page);
  await expect(page.getByRole("heading", { level: 2, name: "Oma Els" })).toBeVisible();

  // Another phone, or this one after its fingerprints were reset: the right code alone
  // opens nothing, says why, and counts as no wrong try.
  await cdp.send("WebAuthn.removeVirtualAuthenticator", { authenticatorId });
  await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: { protocol: "ctap2", ctap2Version: "ctap2_1", transport: "internal", hasResidentKey: true, hasUserVerification: true, isUserVerified: true, hasPrf: true },
  });
  await page.reload();
  for (let i = 0; i < 4; i++) {
    await page.getByLabel("Geheime code").fill(SECRET);
    await page.getByRole("button", { name: "Openen" }).click();
    await expect(page.getByRole("alert")).toContainText("Het slot van je telefoon ging niet open.", { timeout: 20_000 });
    await expect(page.getByRole("heading", { level: 1, name: "Op slot" })).toBeVisible();
  }
  await expect(page.getByText("Deze code klopt niet.")).toHaveCount(0);
  await expect(page.getByText(/Probeer het over/)).toHaveCount(0);
  await expect(page.getByText("Oma Els")).toHaveCount(0);
  // A phone that keeps saying no may never give it again: the way out is offered.
  await expect(page.getByText("Gaat het slot van je telefoon steeds niet open?", { exact: false })).toBeVisible();
  await page.getByRole("button", { name: "Alles op dit apparaat wissen" }).click();
  await page.getByRole("button", { name: "Ja, alles wissen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kies een geheime code" })).toBeVisible();
});

test("the phone's lock can be turned off again, and then the code alone opens Veilig", async ({ page }) => {
  await phoneLock(page);
  await openApp(page, ORIGIN);
  await page.getByRole("button", { name: "Instellingen" }).click();
  await page.getByLabel("Je code", { exact: true }).fill(SECRET);
  await page.getByRole("button", { name: "Slot van je telefoon aanzetten" }).click();
  await expect(page.getByText("Klaar. Vanaf nu vraagt Veilig je code en het slot van je telefoon.")).toBeVisible({ timeout: 20_000 });
  await page.getByLabel("Je code", { exact: true }).fill(SECRET);
  await page.getByRole("button", { name: "Slot van je telefoon uitzetten" }).click();
  await expect(page.getByText("Klaar. Vanaf nu vraagt Veilig alleen je code.")).toBeVisible({ timeout: 20_000 });
  await page.reload();
  await expect(page.getByText("Na je code vraagt je telefoon", { exact: false })).toHaveCount(0);
  await unlock(page);
  await expect(page.getByRole("heading", { level: 1, name: "Mijn veilige mensen" })).toBeVisible();
});

test("a phone without such a lock is not offered one, and Veilig works with the code alone", async ({ page }) => {
  await openApp(page, ORIGIN);
  await page.getByRole("button", { name: "Instellingen" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Geheime code veranderen" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Extra slot: je telefoon" })).toHaveCount(0);
});
