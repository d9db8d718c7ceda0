// The main journeys in WebKit (WebKitGTK's MiniBrowser, as on an iPhone every browser is
// WebKit) and Firefox (ESR), driven through WebDriver against the release build: a code set
// with PBKDF2 and AES-GCM, a safe person added, a reload and unlock, a lesson and "Lees voor"
// (read in a Dutch voice, or the phone's lack of one said plainly), a check-in, the
// service worker opening the app with the server gone, "Snel weg", the professional's example
// family and hand-over (no camera: the app says so), and a plan made on a professional's
// phone (Chromium, its camera seeing this phone's code) applied from a file on this phone,
// and the parent's answer, made in this engine, read by the professional's camera.
// Firefox also keeps its data over a browser restart (MiniBrowser in automation keeps its
// data in memory only). Run by scripts/smoke.mjs, which starts the server and the drivers.
import { strict as assert } from "node:assert";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { chromium, expect } from "@playwright/test";
import { CHROMIUM_ARGS } from "../../playwright.config.js";
import { pixels, video } from "../e2e/camera.js";
import { openApp, passLock } from "../e2e/helpers.js";
import { fileFrom, launchPhone, pair } from "../e2e/phones.js";
import { startPhone } from "./phone.mjs";

const BASE = process.env.SMOKE_BASE;
const SERVERS = { webkit: process.env.SMOKE_WEBKIT, firefox: process.env.SMOKE_FIREFOX };
const SECRET = "24681357";
const OUT = mkdtempSync(join(tmpdir(), "veilig-smoke-"));
const ENGINES = (process.env.SMOKE_ENGINES ?? "webkit,firefox").split(",");

after(() => rmSync(OUT, { recursive: true, force: true }));

/** Run `journey(phone)` on a new phone of `engine`, and close it whatever happens. */
async function onPhone(engine, journey, options) {
  const phone = await startPhone(engine, SERVERS[engine], BASE, options);
  try {
    await journey(phone);
  } finally {
    await phone.quit();
  }
}

/** A new device: choose the code, then (when asked) who uses it. */
async function setCode(phone) {
  await phone.heading(/^(Kies een geheime code|Choose a secret code)$/);
  await phone.fill("Geheime code", SECRET);
  await phone.fill("Nog een keer dezelfde code", SECRET);
  await phone.click("button", "Code instellen");
  await phone.heading("Wie gebruikt dit apparaat?");
}

async function unlock(phone) {
  await phone.heading("Op slot");
  await phone.fill("Geheime code", SECRET);
  await phone.click("button", "Openen");
  await phone.gone("heading", "Op slot", { level: 1 });
}

/** A young person of 12 to 15 on a new device, at their first screen. */
async function youngPerson(phone) {
  await phone.open("/");
  await setCode(phone);
  await phone.click("button", /^Ik ben een kind of jongere/);
  await phone.click("button", "12 tot 16 jaar");
  await phone.heading("Mijn veilige mensen");
}

async function addPerson(phone, name, phoneNumber) {
  await phone.click("button", "Persoon toevoegen");
  await phone.heading("Nieuwe veilige persoon");
  await phone.fill("Naam", name);
  await phone.fill("Wie is dit voor jou?", "Tante");
  await phone.fill("Telefoonnummer", phoneNumber);
  await phone.click("button", "Persoon opslaan");
  // Any status on the page may say it: WebKit keeps its data between runs, so an update
  // banner (a status too) can be up when an earlier build's service worker is still there.
  await phone.until(async () => {
    for (const status of await phone.all("status")) {
      if ((await status.getText()) === `${name} is opgeslagen.`) return true;
    }
    return false;
  }, "the saved message");
}

/** Stop the server, run `body`, start it again: the service worker must carry the app. */
async function withoutServer(body) {
  await fetch(`${process.env.SMOKE_CONTROL}/stop`, { method: "POST" });
  await assert.rejects(fetch(BASE), "the server still answers");
  try {
    await body();
  } finally {
    await fetch(`${process.env.SMOKE_CONTROL}/start`, { method: "POST" });
  }
}

/**
 * A fake camera's video (for Chromium) of the QR code `element` (an SVG) as this engine's app
 * drew it. The drawing is taken as it is and shown sharp: the engines' screenshots here are
 * at one device pixel per CSS pixel (a phone has two or three), too coarse for a dense code,
 * and WebKitGTK's element screenshot is taken from the wrong place in a popup window.
 */
async function cameraOn(phone, element, outputDir, name) {
  const drawing = await phone.run("return new XMLSerializer().serializeToString(arguments[0])", element);
  const decoder = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
  try {
    const page = await decoder.newPage();
    await page.setContent(`<body style="margin:0;background:#fff"><div style="width:960px;height:960px">${drawing}</div></body>`);
    await page.locator("svg").evaluate((svg) => {
      svg.setAttribute("width", "960");
      svg.setAttribute("height", "960");
    });
    const png = await page.locator("svg").screenshot();
    if (process.env.SMOKE_DEBUG) writeFileSync(join(process.env.SMOKE_DEBUG, `${phone.engine}-${name}.png`), png);
    return video({ outputDir }, name, await pixels(page, png));
  } finally {
    await decoder.close();
  }
}

for (const engine of ENGINES) {
  describe(engine, { concurrency: 1 }, () => {
    before(() => assert.ok(SERVERS[engine], `no WebDriver server for ${engine}`));

    test("a young person sets a code, adds a safe person, finds them after a reload, and works without a connection", async () => {
      await onPhone(engine, async (phone) => {
        await youngPerson(phone);
        await addPerson(phone, "Tante Ria", "06 12345678");
        if (process.env.SMOKE_DEBUG) {
          writeFileSync(join(process.env.SMOKE_DEBUG, `${engine}-contacts.png`), Buffer.from(await phone.driver.takeScreenshot(), "base64"));
        }
        const call = await phone.get("link", "Bel Tante Ria");
        assert.equal(await call.getAttribute("href"), "tel:+31612345678");
        // The code really locks: a reload asks for it, a wrong one opens nothing.
        await phone.reload();
        await phone.heading("Op slot");
        await phone.fill("Geheime code", "11223344");
        await phone.click("button", "Openen");
        await phone.sees("Deze code klopt niet.");
        await phone.fill("Geheime code", SECRET);
        await phone.click("button", "Openen");
        await phone.heading("Mijn veilige mensen");
        await phone.get("link", "Bel Tante Ria");
        // The service worker keeps the whole app: with the server gone it still opens.
        await phone.until(() => phone.run("return navigator.serviceWorker && navigator.serviceWorker.controller !== null"), "the service worker");
        await withoutServer(async () => {
          await phone.reload();
          await unlock(phone);
          await phone.get("link", "Bel Tante Ria");
        });
      });
    });

    test("a lesson reads, a check-in is kept, and Snel weg leaves for the neutral page", async () => {
      await onPhone(engine, async (phone) => {
        await youngPerson(phone);
        await phone.click("button", "Uitleg", { within: await phone.get("navigation") });
        await phone.heading("Uitleg voor jou");
        await phone.click("button", "Het is niet jouw schuld");
        await phone.heading("Het is niet jouw schuld");
        await phone.sees("Veel jongeren denken dat het aan hen ligt.");
        // "Lees voor": the engine reads in a Dutch voice, or the app says plainly that this
        // phone cannot (no speech synthesis, or no Dutch voice), and the text stays.
        await phone.click("button", "Lees voor");
        const outcome = await phone.until(async () => {
          const said = (await phone.visibleText()).match(/geen Nederlandse stem om voor te lezen|kan niet voorlezen|Voorlezen lukt nu niet/);
          if (said) return said[0];
          const speaking = await phone.run("return !!window.speechSynthesis && (speechSynthesis.speaking || speechSynthesis.pending)");
          return speaking && "reading";
        }, "reading aloud, or a word that this phone cannot");
        console.log(`${engine}: Lees voor: ${outcome}`);
        if (outcome === "reading") await phone.click("button", "Stop met voorlezen");
        await phone.sees("Veel jongeren denken dat het aan hen ligt.");

        await phone.click("button", "Mijn gevoel", { within: await phone.get("navigation") });
        await phone.heading("Hoe veilig voel ik me?");
        await phone.click("radio", "3");
        await phone.click("button", "Bewaren");
        const status = await phone.get("status");
        await phone.until(async () => (await status.getText()) === "Bewaard. Goed dat je het invulde.", "the check-in kept");
        await phone.sees(/\d\d-\d\d-\d{4}: 3 van 10/);

        await phone.click("button", "Snel weg");
        await phone.heading("Weetjes over het weer");
        assert.match(await phone.driver.getCurrentUrl(), /\/weer\.html$/);
        await phone.doesNotSee("Mijn veilige mensen");
      });
    });

    test("settings say whether the browser keeps the data, and say so plainly when it does not tell", async () => {
      await onPhone(engine, async (phone) => {
        await youngPerson(phone);
        await phone.click("button", "Instellingen");
        await phone.heading("Instellingen");
        const tells = await phone.run("return !!(navigator.storage && navigator.storage.persisted)");
        if (tells) {
          await phone.sees(/Je browser (bewaart de gegevens van Veilig|kan de gegevens van Veilig opruimen)/);
        } else {
          // WebKitGTK has no navigator.storage: the app takes its fallback and says so.
          await phone.sees("Deze browser zegt niet of hij de gegevens van Veilig bewaart.");
        }
        // Unless the browser promised to keep the data: how to install it, phone by phone.
        const kept = tells && (await phone.run("return navigator.storage.persisted()"));
        if (!kept) await phone.sees(/iPhone \(Safari\): tik op Deel/);
      });
    });

    test("a professional loads the example family, agrees the plan, and without a camera is told so", async () => {
      await onPhone(engine, async (phone) => {
        await phone.open("/");
        await setCode(phone);
        await phone.click("button", /^Ik ben hulpverlener/);
        await phone.sees("Veilig is nu klaar voor je werk als hulpverlener. Vul je geheime code nog één keer in.");
        await unlock(phone);
        await phone.heading("Gezinnen");
        await phone.click("button", "Voorbeeldgezin laden");
        await phone.heading("Voorbeeldgezin Bakker");
        await phone.click("button", "Plan afgesproken");
        await phone.sees("Versie 1 van het plan is vastgelegd.");
        const phones = await phone.get("region", "Telefoons van het gezin");
        await phone.click("button", "Op een telefoon zetten", { within: phones });
        await phone.click("button", "De telefoon van Sanne");
        const alert = await phone.get("alert");
        await phone.until(
          async () => /Veilig (kan geen camera vinden op deze telefoon|mag de camera niet gebruiken)/.test(await alert.getText()),
          "the camera message",
        );
      });
    });

    test("a parent's phone shows its pairing code, opens the plan from a file, and its answer reaches the professional", async () => {
      await onPhone(engine, async (phone) => {
        await phone.open("/");
        await setCode(phone);
        await phone.click("button", /^Ik ben ouder of verzorger/);
        await phone.click("button", "Plan ontvangen");
        await phone.heading("Plan ontvangen");
        const code = await phone.get("img", "Koppelcode van deze telefoon");
        const camera = await cameraOn(phone, code, join(OUT, engine), "pairing-code");
        const profile = mkdtempSync(join(OUT, "pro-"));
        let { context, page: pro } = await launchPhone(profile, camera);
        let checkCode;
        let planFile;
        try {
          await openApp(pro, "/", { role: "professional" });
          await pro.getByRole("button", { name: "Voorbeeldgezin laden" }).click();
          await pro.getByRole("button", { name: "Plan afgesproken" }).click();
          checkCode = await pair(pro, "Sanne");
          const phones = pro.getByRole("region", { name: "Telefoons van het gezin" });
          await phones.getByRole("button", { name: "Plan sturen naar de telefoon van Sanne" }).click();
          planFile = join(OUT, `${engine}-plan.bin`);
          writeFileSync(planFile, await fileFrom(pro, phones.getByRole("button", { name: /^(Opslaan als bestand|Delen)$/ })));
        } finally {
          await context.close();
        }

        // Sanne opens the file on this phone, checks the code, and saves the plan.
        await phone.chooseFile("Bestand openen", planFile);
        await phone.heading("Kijk eerst wat er verandert", 2);
        await phone.fill("Controlecode", checkCode.replace(/\D/g, ""));
        await phone.sees("Nieuw: Mark drinkt geen alcohol als hij alleen voor de kinderen zorgt. (afspraak)");
        await phone.click("button", "Plan opslaan");
        await phone.sees("Het plan staat nu op deze telefoon.");
        await phone.click("button", "Naar het plan");
        await phone.heading("Ons veiligheidsplan");
        await phone.sees("Mark drinkt geen alcohol als hij alleen voor de kinderen zorgt.");
        const call = await phone.get("link", "Bel Oma Els");
        assert.equal(await call.getAttribute("href"), "tel:+31600000003");
        // The same file once more is a replay: refused, and the plan stays.
        await phone.click("button", "Instellingen");
        await phone.click("button", "Plan ontvangen");
        await phone.chooseFile("Bestand openen", planFile);
        const alert = await phone.get("alert");
        await phone.until(async () => (await alert.getText()).includes("Dit is al eerder ontvangen"), "the replay refused");
        await phone.click("button", "Terug");
        await phone.click("button", "Terug");

        // The way back, made in this engine (compressed, encrypted to the professional's
        // phone, signed): Sanne's answer, as a code the professional's camera reads.
        await phone.click("radio", "Klopt, ik sta erachter");
        await phone.click("button", "Antwoord opslaan");
        await phone.click("button", "Antwoord sturen");
        const answer = await phone.get("img", "Code voor de andere telefoon");
        const answerCamera = await cameraOn(phone, answer, join(OUT, engine), "answer-code");
        ({ context, page: pro } = await launchPhone(profile, answerCamera));
        try {
          await pro.goto("/");
          await passLock(pro);
          await pro.getByRole("button", { name: /^Voorbeeldgezin Bakker/ }).click();
          const phones = pro.getByRole("region", { name: "Telefoons van het gezin" });
          await phones.getByRole("button", { name: "Antwoord ontvangen" }).click();
          await pro.getByRole("button", { name: "Code scannen" }).click();
          await expect(pro.getByText("Ontvangen van Sanne: 1 antwoord en 0 gedeelde check-ins.")).toBeVisible({ timeout: 30_000 });
        } finally {
          await context.close();
        }
      });
    });

    if (engine === "firefox") {
      test("the data survives a browser restart", async () => {
        const profile = mkdtempSync(join(OUT, "firefox-profile-"));
        await onPhone(engine, async (phone) => {
          await youngPerson(phone);
          await addPerson(phone, "Oom Kees", "0612345670");
        }, { profile });
        await onPhone(engine, async (phone) => {
          await phone.open("/");
          await unlock(phone);
          await phone.heading("Mijn veilige mensen");
          await phone.get("link", "Bel Oom Kees");
        }, { profile });
      });
    }
  });
}
