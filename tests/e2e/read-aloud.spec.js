// "Lees voor" (issue 17): a five-year-old can have the lessons and the steps read to them,
// and sees a drawing with each idea.
// The browser's speech synthesis is replaced by a recording one (headless Chromium has no
// voices), which "speaks" each sentence for a while, so the test can see what was read, in
// which voice and in which order, and which sentence the screen marks meanwhile.
import { expect, test } from "@playwright/test";
import { checkScreen, passLock } from "./helpers.js";

/**
 * Installed before the app starts: a speech synthesis with `voices` that records. Like a
 * real one it lists its voices only a while after it is first asked (`lateMs`), and a
 * cancel reports the sentence being read as "interrupted" and the waiting ones as
 * "canceled". Each cancel is also told to the test (`window.speechCancelled`, exposed).
 */
function recordingSpeech([voices, lateMs]) {
  const spoken = [];
  window.__spoken = spoken;
  window.__sentenceMs = 600;
  class Utterance {
    constructor(text) {
      Object.assign(this, { text, voice: null, lang: "", rate: 1, onstart: null, onend: null, onerror: null });
    }
  }
  let queue = [];
  let speaking = null;
  let timer;
  let listed = null;
  const next = () => {
    speaking = queue.shift() ?? null;
    if (!speaking) return;
    const utterance = speaking;
    spoken.push({ text: utterance.text, voice: utterance.voice?.name ?? null, lang: utterance.lang });
    timer = setTimeout(() => {
      utterance.onstart?.(new Event("start"));
      timer = setTimeout(() => {
        utterance.onend?.(new Event("end"));
        next();
      }, window.__sentenceMs);
    }, 0);
  };
  const synthesis = new EventTarget();
  synthesis.onvoiceschanged = null;
  synthesis.getVoices = () => {
    if (listed === null) {
      listed = [];
      setTimeout(() => {
        listed = voices;
        synthesis.onvoiceschanged?.(new Event("voiceschanged"));
      }, lateMs);
    }
    return listed;
  };
  synthesis.speak = (utterance) => {
    queue.push(utterance);
    if (!speaking) next();
  };
  synthesis.cancel = () => {
    window.speechCancelled?.();
    clearTimeout(timer);
    const stopped = [speaking, ...queue].filter(Boolean);
    queue = [];
    speaking = null;
    stopped.forEach((utterance, i) => {
      const error = Object.assign(new Event("error"), { error: i === 0 ? "interrupted" : "canceled" });
      setTimeout(() => utterance.onerror?.(error), 0);
    });
  };
  Object.defineProperty(window, "speechSynthesis", { value: synthesis, configurable: true });
  window.SpeechSynthesisUtterance = Utterance;
}

/** Put the recording speech in, and count the cancels it hears. */
async function withSpeech(page, voices, lateMs = 500) {
  const cancels = { count: 0 };
  await page.exposeFunction("speechCancelled", () => {
    cancels.count += 1;
  });
  await page.addInitScript(recordingSpeech, [voices, lateMs]);
  return cancels;
}

const DUTCH = { name: "Nederlandse stem", lang: "nl-NL", localService: true };
const ENGLISH = { name: "English voice", lang: "en-GB", localService: true };
// A voice on a server: what it reads leaves the phone, so it is never used.
const DUTCH_ONLINE = { name: "Nederlands online", lang: "nl-NL", localService: false };

/** A young person of 4 to 7 on a new device, at their first screen. */
async function youngest(page) {
  await page.goto("/");
  await passLock(page);
  await page.getByRole("button", { name: /^Ik ben een kind of jongere/ }).click();
  await page.getByRole("button", { name: "4 tot 8 jaar" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mijn veilige mensen" })).toBeVisible();
}

/** The sentence marked as being read. */
const reading = (page) => page.locator('[aria-current="true"]');

const spoken = (page) => page.evaluate(() => window.__spoken.map((s) => s.text));

test("Lees voor reads the steps and each idea of a lesson aloud, in order, in a Dutch voice, the sentence marked", async ({ page }) => {
  const cancels = await withSpeech(page, [ENGLISH, DUTCH_ONLINE, DUTCH]);
  await youngest(page);

  // The steps, in the order on screen.
  const steps = page.getByRole("region", { name: "Als je je niet veilig voelt" });
  const items = await steps.getByRole("listitem").allTextContents();
  await steps.getByRole("button", { name: "Lees voor" }).click();
  await expect(steps.getByRole("button", { name: "Stop met voorlezen" })).toBeVisible();
  await expect(steps.getByRole("button", { name: "Lees voor" })).toBeVisible({ timeout: 10_000 });
  expect((await spoken(page)).join(" ")).toBe(items.join(" "));
  // The English voice and an online Dutch one came first in the phone's list; the Dutch
  // one on the phone reads.
  expect(await page.evaluate(() => window.__spoken.map((s) => `${s.voice}|${s.lang}`))).toEqual(
    Array((await spoken(page)).length).fill("Nederlandse stem|nl-NL"),
  );

  // A lesson, one idea a screen: the idea on screen is read, its sentence marked meanwhile.
  await page.evaluate(() => window.__spoken.splice(0));
  await page.getByRole("navigation").getByRole("button", { name: "Uitleg" }).click();
  await page.getByRole("button", { name: "Het is niet jouw schuld" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Het is niet jouw schuld" })).toBeVisible();
  // Each idea has a drawing of its own, with words for whoever cannot see it.
  await expect(page.getByRole("img", { name: "Tekening: een huis" })).toBeVisible();
  await page.getByRole("button", { name: "Lees voor" }).click();
  await expect(reading(page)).toHaveText("Soms gebeuren er thuis nare dingen.");
  await checkScreen(page, "read-aloud-reading");
  await expect(page.getByRole("button", { name: "Lees voor" })).toBeVisible({ timeout: 10_000 });
  await expect(reading(page)).toHaveCount(0);
  expect(await spoken(page)).toEqual(["Soms gebeuren er thuis nare dingen."]);

  // The third idea has two sentences: read in order, each marked in its turn.
  await page.getByRole("button", { name: "Verder" }).click();
  await page.getByRole("button", { name: "Verder" }).click();
  await expect(page.getByText("3 van 5")).toBeVisible();
  await expect(page.getByRole("img", { name: "Tekening: een wolk met regen" })).toBeVisible();
  await page.evaluate(() => {
    window.__sentenceMs = 1500;
  });
  await page.getByRole("button", { name: "Lees voor" }).click();
  await expect(reading(page)).toHaveText("Ook niet als je boos was.");
  await expect(reading(page)).toHaveText("Ook niet als je niet luisterde.");
  await expect(reading(page)).toHaveCount(0, { timeout: 10_000 });
  expect(await spoken(page)).toEqual([
    "Soms gebeuren er thuis nare dingen.",
    "Ook niet als je boos was.",
    "Ook niet als je niet luisterde.",
  ]);

  // Stopping halfway stops the voice; so does turning the page and leaving the screen.
  for (const stop of [
    () => page.getByRole("button", { name: "Stop met voorlezen" }).click(),
    () => page.getByRole("button", { name: "Vorige" }).click(),
    () => page.getByRole("button", { name: "Terug naar uitleg" }).click(),
  ]) {
    const before = (await spoken(page)).length;
    const cancelled = cancels.count;
    await page.getByRole("button", { name: "Lees voor" }).click();
    await expect(reading(page)).toHaveCount(1);
    await stop();
    await expect(reading(page)).toHaveCount(0);
    await expect.poll(() => cancels.count).toBeGreaterThan(cancelled);
    await page.waitForTimeout(2000);
    // Only the first sentence was begun.
    expect((await spoken(page)).length).toBe(before + 1);
    if (await page.getByRole("button", { name: "Het is niet jouw schuld" }).isVisible()) {
      await page.getByRole("button", { name: "Het is niet jouw schuld" }).click();
      await page.getByRole("button", { name: "Verder" }).click();
      await page.getByRole("button", { name: "Verder" }).click();
    }
  }

  // In English, with the phone's English voice.
  await page.getByRole("button", { name: "English", exact: true }).click();
  await page.evaluate(() => {
    window.__sentenceMs = 300;
    window.__spoken.splice(0);
  });
  await expect(page.getByRole("img", { name: "Drawing: a cloud with rain" })).toBeVisible();
  await page.getByRole("button", { name: "Read aloud" }).click();
  await expect(page.getByRole("button", { name: "Read aloud" })).toBeVisible({ timeout: 10_000 });
  await expect.poll(() => page.evaluate(() => window.__spoken.map((s) => s.voice))).toEqual([
    "English voice",
    "English voice",
  ]);
  await checkScreen(page, "read-aloud-en");

  // "Snel weg" while reading: the voice stops with the page.
  const cancelled = cancels.count;
  await page.getByRole("button", { name: "Read aloud" }).click();
  await expect(reading(page)).toHaveCount(1);
  await page.getByRole("button", { name: /^(Snel weg|Quick exit)$/ }).click();
  await page.waitForURL("**/weer.html");
  expect(cancels.count).toBeGreaterThan(cancelled);
});

test("a phone without a Dutch voice, or without speech, says so and the text stays", async ({ page }) => {
  await withSpeech(page, [ENGLISH, DUTCH_ONLINE]);
  await youngest(page);
  await page.getByRole("navigation").getByRole("button", { name: "Uitleg" }).click();
  await page.getByRole("button", { name: "Je hebt recht op veiligheid" }).click();
  await page.getByRole("button", { name: "Lees voor" }).click();
  await expect(
    page.getByText(
      "Deze telefoon heeft geen Nederlandse stem om voor te lezen. De tekst blijft hier staan. Je kunt hem ook samen met iemand lezen.",
    ),
  ).toBeVisible();
  await expect(page.getByText("Elk kind moet veilig zijn.")).toBeVisible();
  expect(await spoken(page)).toEqual([]);
  for (const scheme of ["light", "dark"]) {
    await page.emulateMedia({ colorScheme: scheme });
    await checkScreen(page, `read-aloud-no-voice-${scheme}`);
  }

  // No speech synthesis at all.
  await page.evaluate(() => {
    delete window.speechSynthesis;
  });
  await page.getByRole("button", { name: "Lees voor" }).click();
  await expect(
    page.getByText("Deze telefoon kan niet voorlezen. De tekst blijft hier staan. Je kunt hem ook samen met iemand lezen."),
  ).toBeVisible();
});
