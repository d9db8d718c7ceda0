// Privacy on a shared phone: "Snel weg" (button and Shift three times), the neutral page
// offline, the Content-Security-Policy, and no request ever leaving the app's origin.
import { expect, test } from "@playwright/test";
import { becomeProfessional, openApp, passLock, reopen, SECRET, unlock, waitForServiceWorker } from "./helpers.js";

/** Record every request and every CSP violation of the page. */
function watch(page) {
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  return requests;
}

async function cspViolations(page) {
  return page.evaluate(() => window.__cspViolations ?? []);
}

test.beforeEach(async ({ context }) => {
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
});

test("Snel weg blanks the page and leaves for a neutral page within 200 ms", async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole("button", { name: "Snel weg" })).toBeVisible();
  const elapsed = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const start = performance.now();
        // The page is blank from the click on: nothing of the app is left to see.
        new MutationObserver(() => {
          if (!document.body || document.body.textContent.trim() === "") resolve(performance.now() - start);
        }).observe(document.documentElement, { childList: true, subtree: true, attributes: true });
        [...document.querySelectorAll("button")].find((b) => b.textContent === "Snel weg").click();
      }),
  );
  expect(elapsed).toBeLessThan(200);
  await page.waitForURL("**/weer.html");
  await expect(page.getByRole("heading", { level: 1, name: "Weetjes over het weer" })).toBeVisible();
  await expect(page.getByText("Mijn veilige mensen")).toHaveCount(0);
  expect(await page.title()).toBe("Weetjes over het weer");
  // The neutral page has no way back into the app.
  await expect(page.getByRole("link")).toHaveCount(0);
});

test("Shift pressed three times is the same quick exit, and it works offline", async ({ page, context }) => {
  await openApp(page);
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await reopen(page);
  await expect(page.getByRole("heading", { level: 1, name: "Mijn veilige mensen" })).toBeVisible();
  // Two presses do nothing.
  await page.keyboard.press("Shift");
  await page.keyboard.press("Shift");
  await expect(page.getByRole("heading", { level: 1, name: "Mijn veilige mensen" })).toBeVisible();
  await page.keyboard.press("Shift");
  await page.waitForURL("**/weer.html");
  await expect(page.getByRole("heading", { level: 1, name: "Weetjes over het weer" })).toBeVisible();
});

test("the professional's screens have no quick exit; every family screen has one", async ({ page }) => {
  await page.goto("/");
  await passLock(page);
  await expect(page.getByRole("button", { name: "Snel weg" })).toBeVisible();
  await becomeProfessional(page);
  await expect(page.getByRole("button", { name: "Snel weg" })).toHaveCount(0);
});

test("a session of every role makes only same-origin requests and breaks no CSP rule", async ({ page, baseURL }) => {
  const requests = watch(page);
  // Professional: the example family, the editor, the printable view.
  await openApp(page, "/", { role: "professional" });
  await page.getByRole("button", { name: "Voorbeeldgezin laden" }).click();
  await page.getByRole("button", { name: "Plan afgesproken" }).click();
  await page.getByRole("button", { name: "Plan bekijken en afdrukken", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Veiligheidsplan/ })).toBeVisible();
  // Parent, then young person, through settings.
  for (const [role, who, home] of [
    [/^Ik ben ouder of verzorger/, ["Voorbeeldgezin Bakker", "Sanne"], "Ons veiligheidsplan"],
    [/^Ik ben een kind of jongere/, ["Daan, Voorbeeldgezin Bakker"], "Mijn veilige mensen"],
  ]) {
    await page.getByRole("button", { name: "Instellingen" }).click();
    await page.getByRole("button", { name: "Ander gebruik kiezen" }).click();
    await page.getByRole("button", { name: "Ja, opnieuw kiezen" }).click();
    await page.getByRole("button", { name: role }).click();
    for (const name of who) await page.getByRole("button", { name }).click();
    await expect(page.getByRole("heading", { level: 1, name: home })).toBeVisible();
  }
  await page.getByRole("navigation").getByRole("button", { name: "Uitleg" }).click();
  await page.getByRole("button", { name: "Het is niet jouw schuld" }).click();
  await page.getByRole("navigation").getByRole("button", { name: "Mijn gevoel" }).click();
  await page.getByRole("radio", { name: "5", exact: true }).check();
  await page.getByRole("button", { name: "Bewaren" }).click();
  await expect(page.getByRole("status")).toHaveText("Bewaard. Goed dat je het invulde.");
  await page.getByRole("button", { name: "Instellingen" }).click();
  await page.getByRole("button", { name: "Veilig gebruik" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Veilig gebruik" })).toBeVisible();

  const origin = new URL(baseURL).origin;
  expect(requests.length).toBeGreaterThan(3);
  expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  expect(await cspViolations(page)).toEqual([]);
  // The policy is really there.
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(csp).toContain("object-src 'none'");
  expect(await page.locator("script:not([src])").count()).toBe(0);
  // Nothing about the family, nor the app's name, in the family's title or the address.
  expect(await page.title()).toBe("Start");
  expect(new URL(page.url()).pathname).toBe("/");
});

const CANARIES = ["Kanarie", "Zonnebloem", "698765432"];

/** A safe person whose name and number are the canaries. */
async function addCanary(page) {
  await page.getByRole("button", { name: "Persoon toevoegen" }).click();
  await page.getByLabel("Naam").fill("Kanarie Zonnebloem");
  await page.getByLabel("Wie is dit voor jou?").fill("Zonnebloem-oma");
  await page.getByLabel("Telefoonnummer").fill("0698765432");
  await page.getByRole("button", { name: "Persoon opslaan" }).click();
  await expect(page.getByRole("status")).toHaveText("Kanarie Zonnebloem is opgeslagen.");
}

/** Look for the canaries everywhere the browser keeps this site's data. */
async function findCanaries(page) {
  return page.evaluate(async (canaries) => {
    const hits = [];
    const utf16 = (s) => [...s].map((c) => `${c}\u0000`).join("");
    const forms = canaries.flatMap((c) => [c, utf16(c), btoa(c), btoa(c).slice(0, -2)]);
    const asText = (v) => {
      if (typeof v === "string") return v;
      if (v instanceof Uint8Array || v instanceof ArrayBuffer) {
        const bytes = v instanceof Uint8Array ? v : new Uint8Array(v);
        let s = "";
        for (const b of bytes) s += String.fromCharCode(b);
        return s;
      }
      return JSON.stringify(v);
    };
    const look = (where, v) => {
      const text = asText(v);
      for (const form of forms) if (text.includes(form)) hits.push(`${where}: ${JSON.stringify(form)}`);
    };
    // IndexedDB: every store, every key and value.
    for (const { name } of await indexedDB.databases()) {
      const db = await new Promise((ok, fail) => {
        const r = indexedDB.open(name);
        r.onsuccess = () => ok(r.result);
        r.onerror = () => fail(r.error);
      });
      for (const store of db.objectStoreNames) {
        const tx = db.transaction(store);
        const [keys, values] = await Promise.all(
          ["getAllKeys", "getAll"].map(
            (m) => new Promise((ok) => { const r = tx.objectStore(store)[m](); r.onsuccess = () => ok(r.result); }),
          ),
        );
        keys.forEach((k, i) => { look(`idb ${store} key`, k); look(`idb ${store}/${k}`, values[i]); });
      }
      db.close();
    }
    // Cache Storage: every cached response.
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        look(`cache ${request.url}`, new Uint8Array(await response.arrayBuffer()));
      }
    }
    // localStorage and sessionStorage.
    for (const storage of [localStorage, sessionStorage]) {
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        look(`storage ${key}`, `${key}=${storage.getItem(key)}`);
      }
    }
    return hits;
  }, CANARIES);
}

test("with a secret set, no name or number is stored readably anywhere", async ({ page }) => {
  await openApp(page);
  await waitForServiceWorker(page);
  await addCanary(page);
  // And a whole family, as a professional on the same device.
  await page.getByRole("button", { name: "Instellingen" }).click();
  await page.getByRole("button", { name: "Ander gebruik kiezen" }).click();
  await page.getByRole("button", { name: "Ja, opnieuw kiezen" }).click();
  await becomeProfessional(page);
  await page.getByRole("button", { name: "Nieuw gezin" }).click();
  await page.getByLabel("Naam van het gezin").fill("Familie Zonnebloem");
  await page.getByRole("button", { name: "Gezin aanmaken" }).click();
  await page.getByRole("button", { name: "Gezin en netwerk", exact: true }).click();
  await page.getByRole("button", { name: "Persoon toevoegen" }).click();
  await page.getByLabel("Naam", { exact: true }).fill("Kanarie Zonnebloem");
  await page.getByLabel("Wie is dit?").selectOption({ label: "Netwerk" });
  await page.getByLabel("Telefoonnummer (mag leeg blijven)").fill("06 98765432");
  await page.getByRole("button", { name: "Persoon opslaan" }).click();
  await expect(page.getByText("Alles is opgeslagen op dit apparaat.")).toBeVisible();
  await page.getByRole("button", { name: "Terug naar gezinnen" }).click();
  await expect(page.getByRole("button", { name: /^Familie Zonnebloem/ })).toBeVisible();
  expect(await findCanaries(page)).toEqual([]);

  // A home visit with the canaries in it: sealed while typed (the working copy) and once
  // recorded. The counts make sure the search really looked at a visit.
  await page.getByRole("button", { name: "Huisbezoek starten: Familie Zonnebloem" }).click();
  await page.getByRole("button", { name: "Netwerk", exact: true }).click();
  await page.getByLabel("Wat vertelt het netwerk?").fill("Kanarie Zonnebloem belt 0698765432 als het misgaat.");
  await page.waitForTimeout(1000);
  await expect(page.getByText("Alles is opgeslagen op dit apparaat.")).toBeVisible();
  expect(await countRecords(page, "monitoring_drafts")).toBe(1);
  expect(await findCanaries(page)).toEqual([]);
  await page.getByRole("button", { name: "Bezoek vastleggen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "is vastgelegd" })).toBeVisible();
  expect(await countRecords(page, "visits")).toBe(1);
  expect(await countRecords(page, "monitoring_drafts")).toBe(0);
  expect(await findCanaries(page)).toEqual([]);
});

/** How many records a store of the app's database holds. */
async function countRecords(page, store) {
  return page.evaluate(
    (store) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open("veilig");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const count = db.transaction(store).objectStore(store).count();
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
          count.onerror = () => reject(count.error);
        };
      }),
    store,
  );
}

test("a reload starts locked; a wrong secret shows nothing, the right one everything", async ({ page }) => {
  await openApp(page);
  await addCanary(page);

  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Op slot" })).toBeVisible();
  // The lock shows nothing of the plan, and "Snel weg" is there too (issue 15).
  await expect(page.getByRole("button", { name: "Snel weg" })).toBeVisible();
  await expect(page.getByText("Kanarie")).toHaveCount(0);
  for (const wrong of ["135790", "246811", "000000"]) {
    await page.getByLabel("Geheime code").fill(wrong);
    await page.getByRole("button", { name: "Openen" }).click();
    await expect(page.getByText("Deze code klopt niet.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Openen" })).toBeEnabled({ timeout: 10_000 });
  }
  // After three wrong tries, a wait before the next.
  await page.getByLabel("Geheime code").fill("111111");
  await page.getByRole("button", { name: "Openen" }).click();
  await expect(page.getByText(/^Probeer het over \d+ seconden? opnieuw\.$/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Openen" })).toBeDisabled();
  expect(await page.locator("body").textContent()).not.toContain("Kanarie");
  await expect(page.getByRole("button", { name: "Openen" })).toBeEnabled({ timeout: 15_000 });
  await page.getByLabel("Geheime code").fill(SECRET);
  await page.getByRole("button", { name: "Openen" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Kanarie Zonnebloem" })).toBeVisible();
});

test("locking by hand, and by hiding the app for longer than 30 seconds", async ({ page }) => {
  await page.clock.install();
  await openApp(page);
  await page.getByRole("button", { name: "Op slot zetten" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Op slot" })).toBeVisible();
  await unlock(page);
  // Hidden: another app in front, or the phone's home screen.
  await page.evaluate(() => {
    Object.defineProperty(document, "visibilityState", { configurable: true, get: () => "hidden" });
    document.dispatchEvent(new Event("visibilitychange"));
  });
  await page.clock.fastForward(20_000);
  // Not locked yet (the page is blank while out of sight, but the app is still open).
  await expect(page.getByRole("heading", { level: 1, name: "Mijn veilige mensen", includeHidden: true })).toBeAttached();
  await expect(page.getByRole("heading", { level: 1, name: "Op slot", includeHidden: true })).toHaveCount(0);
  await page.clock.fastForward(11_000);
  await expect(page.getByRole("heading", { level: 1, name: "Op slot" })).toBeVisible();
});

test("after Snel weg, going back shows nothing of Veilig, however many screens were open, offline too", async ({ page, context }) => {
  // A neutral page before the app, as a browser's start page would be.
  await page.goto("/weer.html");
  await openApp(page);
  await waitForServiceWorker(page);
  const entries = await page.evaluate(() => history.length);
  // Several screens, as someone using the app goes through them: none adds to the history.
  await page.getByRole("button", { name: "Instellingen" }).click();
  await page.getByRole("button", { name: "Veilig gebruik" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Veilig gebruik" })).toBeVisible();
  await page.getByRole("button", { name: "Terug", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Instellingen" })).toBeVisible();
  await page.getByRole("button", { name: "Veilige mensen", exact: true }).click();
  await page.getByRole("button", { name: "Persoon toevoegen" }).click();
  await page.getByLabel("Naam").fill("Kanarie Zonnebloem");
  expect(await page.evaluate(() => history.length)).toBe(entries);
  await context.setOffline(true);
  await page.getByRole("button", { name: "Snel weg" }).click();
  await page.waitForURL("**/weer.html");
  // Back, and back again, as far as the browser goes: the weather, never Veilig.
  for (let i = 0; i < 4; i++) {
    await page.goBack({ waitUntil: "load" }).catch(() => null);
    await page.waitForTimeout(300);
    expect(await page.title()).not.toContain("Veilig");
    await expect(page.locator("body")).not.toContainText("Veilig");
    await expect(page.locator("body")).not.toContainText("Kanarie");
    await expect(page.getByRole("heading", { level: 1, name: /Veilig|veilige|Op slot/ })).toHaveCount(0);
  }
});

test("someone who forgot the code can erase everything, after saying yes, and start again", async ({ page }) => {
  await openApp(page);
  await addCanary(page);
  // Five wrong tries, their wait already over.
  await page.evaluate(() => localStorage.setItem("veilig-unlock-wait", JSON.stringify([5, 0])));
  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: "Code vergeten?" })).toBeVisible();
  await page.getByRole("button", { name: "Alles op dit apparaat wissen" }).click();
  await expect(page.getByText("Weet je het zeker?", { exact: false })).toBeVisible();
  await page.getByRole("button", { name: "Nee, niet wissen" }).click();
  await page.getByRole("button", { name: "Alles op dit apparaat wissen" }).click();
  await page.getByRole("button", { name: "Ja, alles wissen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kies een geheime code" })).toBeVisible();
  expect(await findCanaries(page)).toEqual([]);
  await openApp(page);
  await expect(page.getByText("Er staat nog niemand in je lijst.", { exact: false })).toBeVisible();
});

test("the secret can be changed in settings; then only the new one opens the app", async ({ page }) => {
  await openApp(page);
  await addCanary(page);
  await page.getByRole("button", { name: "Instellingen" }).click();
  await page.getByLabel("Je huidige code").fill("000000");
  await page.getByLabel("Nieuwe geheime code").fill("een lange zin");
  await page.getByLabel("Nog een keer dezelfde code").fill("een lange zin");
  await page.getByRole("button", { name: "Code veranderen" }).click();
  await expect(page.getByText("Deze code klopt niet.")).toBeVisible();
  await page.getByLabel("Je huidige code").fill(SECRET);
  await page.getByRole("button", { name: "Code veranderen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Je nieuwe code werkt nu." })).toBeVisible();
  await page.reload();
  await page.getByLabel("Geheime code").fill(SECRET);
  await page.getByRole("button", { name: "Openen" }).click();
  await expect(page.getByText("Deze code klopt niet.")).toBeVisible();
  await unlock(page, "een lange zin");
  await expect(page.getByRole("heading", { level: 2, name: "Kanarie Zonnebloem" })).toBeVisible();
  expect(await findCanaries(page)).toEqual([]);
});
