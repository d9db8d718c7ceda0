// The family's app is two modules (issue 12): the door, with the lock, which a first visit
// downloads before its first screen, and the home, every screen behind the lock, which the
// start script starts with the door's key once the code has opened the data
// (src/ui/shell/part.rs). These tests hold the hand-over to what it promises: nothing lost
// when the home cannot load, and no key for anyone but the start script.
import { expect, test } from "@playwright/test";
import { addPerson, checkScreen, openApp, reopen, SECRET, unlock } from "./helpers.js";

const door = (path) => /^\/veilig-[0-9a-f]+(_bg\.wasm|\.js)$/.test(path);
const home = (path) => /^\/veilig-home-/.test(path);

/** The path of the door's glue code, from what the page loaded. */
function doorScript(page) {
  return page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .map((e) => new URL(e.name).pathname)
      .find((p) => /^\/veilig-[0-9a-f]+\.js$/.test(p)),
  );
}

test("the first screen needs only the door; the home starts behind the code", async ({ page }) => {
  const asked = [];
  page.on("request", (request) => asked.push(new URL(request.url()).pathname));
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Kies een geheime code" })).toBeVisible();
  // Both of the door's files came first; the home was asked for after them.
  const firstHome = asked.findIndex(home);
  expect(asked.filter(door)).toHaveLength(2);
  expect(firstHome === -1 || firstHome > asked.findLastIndex(door)).toBe(true);
  await page.getByLabel("Geheime code").fill(SECRET);
  await page.getByLabel("Nog een keer dezelfde code").fill(SECRET);
  await page.getByRole("button", { name: "Code instellen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Wie gebruikt dit apparaat?" })).toBeVisible();
  expect(asked.filter(home)).toHaveLength(2);
  // One app on the page: the door left when the home came.
  await expect(page.getByRole("main")).toHaveCount(1);
});

test("a home that cannot load leaves the family at the lock with a message, and nothing is lost", async ({ browser }) => {
  // No service worker, so that the home comes only from the network, which fails.
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  await openApp(page);
  await addPerson(page, { name: "Oma Ans", relation: "Oma", phone: "0612345678" });
  await page.route(/\/veilig-home-/, (route) => route.abort("internetdisconnected"));
  await page.reload();
  await page.getByLabel("Geheime code").fill(SECRET);
  await page.getByRole("button", { name: "Openen" }).click();
  // Back at the lock, saying what happened in plain words.
  await expect(page.getByRole("heading", { level: 1, name: "Op slot" })).toBeVisible();
  await expect(page.getByRole("alert")).toHaveText(
    "Veilig kon niet helemaal openen. Daarvoor is één keer internet nodig. Maak verbinding en vul je code opnieuw in. Er is niets kwijt.",
  );
  await checkScreen(page, "light-nl-home-failed");
  // Connected again: the code opens everything as it was.
  await page.unroute(/\/veilig-home-/);
  await unlock(page);
  await expect(page.getByRole("heading", { level: 1, name: "Mijn veilige mensen" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Oma Ans" })).toBeVisible();
  // The message was said once.
  await reopen(page);
  await expect(page.getByText(/Veilig kon niet helemaal openen/)).toHaveCount(0);
  await context.close();
});

test("a script on the page gets no key from the door and cannot start the home with its own", async ({ page }) => {
  await openApp(page);
  await addPerson(page, { name: "Oma Ans", relation: "Oma", phone: "0612345678" });
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Op slot" })).toBeVisible();
  const doorJs = await doorScript(page);
  expect(doorJs).toBeTruthy();
  // Importing the door again gives the same module: asking it for the key is refused, also
  // after the code is given.
  const refused = await page.evaluate(async (doorJs) => {
    const module = await import(doorJs);
    return module.unlocked().then(
      () => "answered",
      () => "refused",
    );
  }, doorJs);
  expect(refused).toBe("refused");
  await unlock(page);
  await expect(page.getByRole("heading", { level: 1, name: "Mijn veilige mensen" })).toBeVisible();

  // A home started by someone else with a key of their own opens nothing: it goes back to
  // the lock, and the data is as it was.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Op slot" })).toBeVisible();
  // The forged home, refused, reloads the page: wait for that.
  const reloaded = page.waitForEvent("load", { timeout: 20_000 });
  const forged = await page.evaluate(async () => {
    // The home's files, named in the page's start script.
    const start = [...document.scripts].map((s) => s.src).find((src) => /\/start-[0-9a-f]+\.js$/.test(src));
    const text = await fetch(start).then((r) => r.text());
    const apps = JSON.parse(text.match(/const APPS = (\{.*?\});/)[1]);
    const module = await import(apps.home.js);
    await module.default({ module_or_path: apps.home.wasm });
    const key = await crypto.subtle.generateKey({ name: "AES-GCM", length: 256 }, false, ["encrypt", "decrypt"]);
    module.open(key);
    return "started";
  });
  expect(forged).toBe("started");
  await reloaded;
  // Never the young person's screen; the lock again after the reload.
  await expect(page.getByRole("heading", { level: 1, name: "Op slot" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Mijn veilige mensen" })).toHaveCount(0);
  await unlock(page);
  await expect(page.getByRole("heading", { level: 2, name: "Oma Ans" })).toBeVisible();
});
