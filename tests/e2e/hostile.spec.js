// What a hostile tester tries from outside the app (issue 15): a handle on the wasm memory
// (which holds decrypted data and the typed code) left on the page for any script to read,
// and a server that a single malformed request takes down.
import { expect, test } from "@playwright/test";
import { addPerson, checkScreen, openApp, SECRET, unlock, waitForServiceWorker } from "./helpers.js";

test("the page publishes no handle on the app's WebAssembly or its memory", async ({ page, context }) => {
  await context.addInitScript(() => {
    window.__startDetail = "none";
    addEventListener("TrunkApplicationStarted", (e) => {
      window.__startDetail = e.detail === null || e.detail === undefined ? "empty" : Object.keys(e.detail).join(",");
    });
  });
  await openApp(page);
  const found = await page.evaluate(() => {
    const hits = [];
    for (const name of Object.getOwnPropertyNames(window)) {
      let value;
      try {
        value = window[name];
      } catch {
        continue;
      }
      if (value instanceof WebAssembly.Memory || value instanceof WebAssembly.Instance) hits.push(name);
      else if (value && typeof value === "object" && !(value instanceof Node)) {
        try {
          if (value.memory instanceof WebAssembly.Memory || typeof value.__wbg_set_wasm === "function" || typeof value.initSync === "function") hits.push(name);
        } catch {
          // a cross-origin or throwing getter: not ours
        }
      }
    }
    return hits;
  });
  expect(found).toEqual([]);
  expect(await page.evaluate(() => window.__startDetail)).not.toMatch(/wasm/);
});

test("the server answers a malformed path with 400, keeps serving, and sends its headers", async ({ request }) => {
  const bad = await request.get("/%");
  expect(bad.status()).toBe(400);
  const good = await request.get("/");
  expect(good.status()).toBe(200);
  const headers = good.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
  expect(headers["x-frame-options"]).toBe("DENY");
});

const FAMILY = "Voorbeeldgezin Bakker";

/** A professional's device with the example family agreed, at the caseload. */
async function exampleFamily(page) {
  await openApp(page, "/", { role: "professional" });
  await page.getByRole("button", { name: "Voorbeeldgezin laden" }).click();
  await expect(page.getByRole("heading", { level: 1, name: FAMILY })).toBeVisible();
  await page.getByRole("button", { name: "Terug naar gezinnen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Gezinnen" })).toBeVisible();
}

/** Type a note into a new visit, then do `leave` at once (before the autosave's pause). */
async function typeThen(page, note, leave) {
  await page.getByRole("button", { name: `Huisbezoek starten: ${FAMILY}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Huisbezoek" })).toBeVisible();
  const parents = page.getByRole("button", { name: "Ouders", exact: true });
  await parents.click();
  await expect(parents).toHaveAttribute("aria-expanded", "true");
  await page.getByLabel("Wat vertellen de ouders?").fill(note);
  await leave();
  await expect(page.getByRole("heading", { level: 1, name: "Op slot" })).toBeVisible();
  await unlock(page);
  await page.getByRole("button", { name: `Huisbezoek verder invullen: ${FAMILY}` }).click();
  await page.getByRole("button", { name: "Ouders", exact: true }).click();
  await expect(page.getByLabel("Wat vertellen de ouders?")).toHaveValue(note);
}

test("a note typed just before the padlock is pressed is there after unlocking", async ({ page }) => {
  await exampleFamily(page);
  await typeThen(page, "Getypt vlak voor het slot.", () =>
    page.getByRole("button", { name: "Op slot zetten" }).click(),
  );
});

test("a note typed just before the app is hidden is kept, even if the phone ends the app", async ({ page }) => {
  await page.clock.install();
  await exampleFamily(page);
  await typeThen(page, "Getypt vlak voor het verbergen.", async () => {
    // Time stands still from here: the autosave's pause never ends on its own.
    // (A margin, so that the clock has not passed it by the time it arrives; still well
    // before the autosave's 400 ms.)
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 50);
    // Another app in front...
    await page.evaluate(() => {
      Object.defineProperty(document, "visibilityState", { configurable: true, get: () => "hidden" });
      document.dispatchEvent(new Event("visibilitychange"));
    });
    await page.waitForTimeout(1500);
    // ...and the phone ends the hidden app to free memory: what was not saved is gone.
    await page.reload();
    await page.clock.resume();
  });
});

test("the page is blank the moment the app goes out of sight, and back on return", async ({ page }) => {
  await openApp(page);
  const title = page.getByRole("heading", { level: 1, name: "Mijn veilige mensen" });
  await expect(title).toBeVisible();
  const setVisibility = (state) =>
    page.evaluate((state) => {
      Object.defineProperty(document, "visibilityState", { configurable: true, get: () => state });
      document.dispatchEvent(new Event("visibilitychange"));
    }, state);
  await setVisibility("hidden");
  // What the phone's app switcher would take a picture of: nothing of the app.
  await expect(title).toBeHidden();
  await expect(page.getByRole("button", { name: "Snel weg" })).toBeHidden();
  await setVisibility("visible");
  await expect(title).toBeVisible();
});

/** Every field on the page where the secret code is typed, with what a password manager reads. */
async function codeFields(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll("input")].map((input) => ({
      label: input.labels?.[0]?.textContent ?? input.id,
      type: input.type,
      autocomplete: input.getAttribute("autocomplete"),
      ignored: ["data-1p-ignore", "data-lpignore", "data-bwignore"].every((a) => input.hasAttribute(a)),
      spellcheck: input.getAttribute("spellcheck"),
    })),
  );
}

function expectLeftAlone(fields, count) {
  expect(fields).toHaveLength(count);
  for (const field of fields) {
    // Masked on screen, but nothing that invites a password manager to save or fill it.
    expect(field, field.label).toMatchObject({ type: "password", autocomplete: "off", ignored: true, spellcheck: "false" });
  }
}

test("the code fields do not invite a password manager to save or fill the code", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Kies een geheime code" })).toBeVisible();
  expectLeftAlone(await codeFields(page), 2);
  await openApp(page);
  await page.getByRole("button", { name: "Instellingen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Instellingen" })).toBeVisible();
  const changeCode = (await codeFields(page)).filter((f) => /code/i.test(f.label));
  expectLeftAlone(changeCode, 3);
  await page.getByRole("button", { name: "Op slot zetten" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Op slot" })).toBeVisible();
  expectLeftAlone(await codeFields(page), 1);
  await unlock(page);
});

test("erasing from the settings leaves nothing of Veilig: no database, storage, cache or worker", async ({ page }) => {
  await openApp(page);
  await waitForServiceWorker(page);
  await addPerson(page, { name: "Kanarie Zonnebloem", relation: "oma", phone: "06 98765432" });
  await page.getByRole("button", { name: "Instellingen" }).click();
  await page.getByRole("button", { name: "Alles op dit apparaat wissen" }).click();
  // The question names what goes before anything does.
  await expect(page.getByText(/^Weet je het zeker\? Dit haalt alles van Veilig van dit apparaat/)).toBeVisible();
  await checkScreen(page, "settings-erase");
  await page.getByRole("button", { name: "Ja, alles wissen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Alles is gewist" })).toBeVisible();
  await expect(page.getByText("Kanarie")).toHaveCount(0);
  // Even here, the way out stays at hand.
  await expect(page.getByRole("button", { name: "Snel weg" })).toBeVisible();
  const left = await page.evaluate(async () => ({
    databases: (await indexedDB.databases()).map((d) => d.name),
    caches: await caches.keys(),
    local: localStorage.length,
    session: sessionStorage.length,
    workers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
  expect(left).toEqual({ databases: [], caches: [], local: 0, session: 0, workers: 0 });
});

test("an export's link stays valid while the download may still start, and says it worked", async ({ page, context }) => {
  await context.addInitScript(() => {
    window.__revoked = [];
    const revoke = URL.revokeObjectURL.bind(URL);
    URL.revokeObjectURL = (url) => {
      window.__revoked.push(url);
      revoke(url);
    };
  });
  await openApp(page, "/", { role: "professional" });
  await page.getByRole("button", { name: "Voorbeeldgezin laden" }).click();
  await page.getByRole("button", { name: "Exporteren naar bestand" }).click();
  const groups = (await page.getByLabel(/^Code: /).textContent()).trim().split(" ");
  await page.getByLabel("Typ de laatste groep van de code over, als controle").fill(groups[6]);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Opslaan als bestand" }).click();
  await download;
  await expect(page.getByText("Het bestand staat in je downloads.", { exact: false })).toBeVisible();
  // A slow phone may start the download later: the link is not revoked at once.
  await page.waitForTimeout(1500);
  expect(await page.evaluate(() => window.__revoked.length)).toBe(0);
});

test("'Veilig gebruik' says what is true of the browser's history, and how to clear it", async ({ page }) => {
  await openApp(page);
  await page.getByRole("button", { name: "Instellingen" }).click();
  await page.getByRole("button", { name: "Veilig gebruik" }).click();
  const text = page.getByText(/geschiedenis dat Veilig is geopend/);
  await expect(text).toBeVisible();
  await expect(text).toContainText("Android (Chrome)");
  await expect(text).toContainText("iPhone (Safari)");
});

test("without the app's WebAssembly, Shift three times still leaves and a hidden page still reloads", async ({ page }) => {
  // The app never starts: its wasm does not load (as good as a module that died).
  await page.route(/\/veilig-[0-9a-f]+_bg\.wasm$/, (route) => route.abort());
  await page.clock.install();
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(0);
  // Hidden: blank at once, and reloaded (the app would start locked) after a while.
  await page.evaluate(() => {
    window.__before = true;
    Object.defineProperty(document, "visibilityState", { configurable: true, get: () => "hidden" });
    document.dispatchEvent(new Event("visibilitychange"));
  });
  await expect(page.locator("body")).toHaveClass(/veiled/);
  const reloaded = page.waitForEvent("load");
  await page.clock.runFor(41_000);
  await reloaded;
  expect(await page.evaluate(() => window.__before)).toBeUndefined();
  // Shift three times: the neutral page.
  for (let i = 0; i < 3; i++) await page.keyboard.press("Shift");
  await expect(page).toHaveURL(/\/weer\.html$/);
  await expect(page.getByText("Veilig")).toHaveCount(0);
});

test("'Snel weg' is on the set-code and lock screens, and leaves to a plain, dated page", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Kies een geheime code" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Snel weg" })).toBeVisible();
  await openApp(page);
  await page.getByRole("button", { name: "Op slot zetten" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Op slot" })).toBeVisible();
  await page.getByRole("button", { name: "Snel weg" }).click();
  await expect(page).toHaveURL(/\/weer\.html$/);
  // A real-looking page: styled, with today's date, and not a word of Veilig.
  const today = new Date().toLocaleDateString("nl-NL", { weekday: "long", day: "numeric", month: "long", year: "numeric" });
  await expect(page.getByText(today)).toBeVisible();
  expect(await page.evaluate(() => getComputedStyle(document.querySelector("header")).backgroundColor)).not.toBe(
    "rgba(0, 0, 0, 0)",
  );
  await expect(page.locator("body")).not.toContainText("Veilig");
  expect(await page.title()).not.toContain("Veilig");
});

test("the lock screen says nothing of Veilig, and says plainly what the code does and does not", async ({ page }) => {
  await openApp(page);
  await page.getByRole("button", { name: "Op slot zetten" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Op slot" })).toBeVisible();
  expect(await page.title()).not.toContain("Veilig");
  await expect(page.locator("body")).not.toContainText("Veilig");
  await page.getByText("Wat doet de code?").click();
  await expect(page.getByText(/^Zonder de code kan niemand lezen wat hier bewaard is\..*Een korte code kan een computer wel raden/)).toBeVisible();
  await expect(page.getByText(/De code helpt niet als iemand meekijkt terwijl je typt/)).toBeVisible();
  await checkScreen(page, "lock-about");
});

test("one damaged record does not lock the family out: what can be read shows, it says so, and the record stays", async ({ page }) => {
  await openApp(page);
  await addPerson(page, { name: "Oma Els", relation: "oma", phone: "0612345678" });
  await page.getByRole("button", { name: "Op slot zetten" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Op slot" })).toBeVisible();
  // Who uses the device, overwritten behind the app's back.
  const meta = (value) => page.evaluate((value) => new Promise((resolve, reject) => {
    const open = indexedDB.open("veilig");
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction("meta", value === undefined ? "readonly" : "readwrite");
      const request = value === undefined ? tx.objectStore("meta").get("setup") : tx.objectStore("meta").put(value, "setup");
      tx.oncomplete = () => { db.close(); resolve(value === undefined ? request.result : null); };
      tx.onerror = () => reject(tx.error);
    };
  }), value);
  await meta("beschadigd");
  await unlock(page);
  await expect(page.getByText("Een deel van wat op dit apparaat bewaard is, kan niet worden gelezen. Het is niet gewist.", { exact: false })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Wie gebruikt dit apparaat?" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Snel weg" })).toBeVisible();
  expect(await meta()).toBe("beschadigd");
  // Choosing again brings back the young person's own safe people.
  await page.getByRole("button", { name: /^Ik ben een kind of jongere/ }).click();
  await page.getByRole("button", { name: "12 tot 16 jaar" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mijn veilige mensen" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Oma Els" })).toBeVisible();
});

test("changing the code in one tab locks every other tab, which then opens with the new code only", async ({ page, context }) => {
  await openApp(page);
  const other = await context.newPage();
  await other.goto("/");
  await unlock(other);
  await expect(other.getByRole("heading", { level: 1, name: "Mijn veilige mensen" })).toBeVisible();
  await page.getByRole("button", { name: "Instellingen" }).click();
  await page.getByLabel("Je huidige code").fill(SECRET);
  await page.getByLabel("Nieuwe geheime code").fill("975318642");
  await page.getByLabel("Nog een keer dezelfde code").fill("975318642");
  await page.getByRole("button", { name: "Code veranderen" }).click();
  await expect(page.getByText("Je nieuwe code werkt nu.")).toBeVisible({ timeout: 20_000 });
  // The other tab held the old key: it is locked now, without anyone touching it.
  await expect(other.getByRole("heading", { level: 1, name: "Op slot" })).toBeVisible();
  await unlock(other, "975318642");
  await expect(other.getByRole("heading", { level: 1, name: "Mijn veilige mensen" })).toBeVisible();
});

test("a code a guesser tries first is refused, with what to do instead", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Kies een geheime code" })).toBeVisible();
  for (const easy of ["123456", "000000", "121212"]) {
    await page.getByLabel("Geheime code", { exact: true }).fill(easy);
    await page.getByLabel("Nog een keer dezelfde code").fill(easy);
    await page.getByRole("button", { name: "Code instellen" }).click();
    await expect(page.getByText("Deze code is te makkelijk te raden", { exact: false })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: "Kies een geheime code" })).toBeVisible();
  }
  await checkScreen(page, "secret-too-easy");
});

test("moving the phone's clock or reloading does not end the wait after wrong tries", async ({ page }) => {
  await openApp(page);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Op slot" })).toBeVisible();
  // Five wrong tries: three free, then a wait before each next one, the last 8 seconds.
  for (const wrong of ["135790", "246811", "975310", "864200", "102938"]) {
    await expect(page.getByRole("button", { name: "Openen" })).toBeEnabled({ timeout: 15_000 });
    await page.getByLabel("Geheime code").fill(wrong);
    await page.getByRole("button", { name: "Openen" }).click();
    await expect(page.getByText("Deze code klopt niet.")).toBeVisible();
  }
  await expect(page.getByText(/^Probeer het over [5-8] seconden opnieuw\.$/)).toBeVisible();
  // Someone sets the phone's clock a day ahead and reloads.
  await page.addInitScript(() => {
    const real = Date.now.bind(Date);
    Date.now = () => real() + 86_400_000;
  });
  await page.reload();
  expect(await page.evaluate(() => Date.now() - performance.timeOrigin)).toBeGreaterThan(86_000_000);
  await expect(page.getByText(/^Probeer het over [1-8] seconden? opnieuw\.$/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Openen" })).toBeDisabled();
  // The right code while waiting opens nothing; once the wait is over, it does.
  await page.getByLabel("Geheime code").fill(SECRET);
  await page.getByLabel("Geheime code").press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Op slot" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Openen" })).toBeEnabled({ timeout: 15_000 });
  await page.getByRole("button", { name: "Openen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mijn veilige mensen" })).toBeVisible();
});

test("a professional's device asks once for a code stronger than six digits, then opens with that one only", async ({ page }) => {
  await page.goto("/");
  // A code a family member may choose: six digits.
  await page.getByLabel("Geheime code", { exact: true }).fill("246810");
  await page.getByLabel("Nog een keer dezelfde code").fill("246810");
  await page.getByRole("button", { name: "Code instellen" }).click();
  await page.getByRole("button", { name: /^Ik ben hulpverlener/ }).click();
  await unlock(page, "246810");
  await expect(page.getByRole("heading", { level: 1, name: "Kies een sterkere code" })).toBeVisible();
  await expect(page.getByText("Op dit apparaat staan de plannen van alle gezinnen", { exact: false })).toBeVisible();
  await page.getByLabel("Nieuwe geheime code").fill("2468135");
  await page.getByLabel("Nog een keer dezelfde code").fill("2468135");
  await page.getByRole("button", { name: "Code veranderen" }).click();
  await expect(page.getByText("Op het apparaat van een hulpverlener: kies minstens 8 cijfers", { exact: false })).toBeVisible();
  await checkScreen(page, "professional-stronger-code");
  await page.getByLabel("Nieuwe geheime code").fill("Oma Els woont om de hoek");
  await page.getByLabel("Nog een keer dezelfde code").fill("Oma Els woont om de hoek");
  await page.getByRole("button", { name: "Code veranderen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Gezinnen" })).toBeVisible({ timeout: 20_000 });
  // The six digits open nothing any more; the new code does, without asking again.
  await page.reload();
  await page.getByLabel("Geheime code").fill("246810");
  await page.getByRole("button", { name: "Openen" }).click();
  await expect(page.getByText("Deze code klopt niet.")).toBeVisible();
  await unlock(page, "Oma Els woont om de hoek");
  await expect(page.getByRole("heading", { level: 1, name: "Gezinnen" })).toBeVisible();
  // Nor can the settings bring a short code back.
  await page.getByRole("button", { name: "Instellingen" }).click();
  await page.getByLabel("Je huidige code").fill("Oma Els woont om de hoek");
  await page.getByLabel("Nieuwe geheime code").fill("975318");
  await page.getByLabel("Nog een keer dezelfde code").fill("975318");
  await page.getByRole("button", { name: "Code veranderen" }).click();
  await expect(page.getByText("Op het apparaat van een hulpverlener: kies minstens 8 cijfers", { exact: false })).toBeVisible();
  await expect(page.getByText("Je nieuwe code werkt nu.")).toHaveCount(0);
});
