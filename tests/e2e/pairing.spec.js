// Pairing a family member's phone with the professional's (issue 13), two browsers as two
// phones, through the real camera path: Chromium's fake camera plays a video made from a
// screenshot of the family phone's pairing code, as the professional's phone would see it.
import { chromium, expect, test } from "@playwright/test";
import { CHROMIUM_ARGS } from "../../playwright.config.js";
import { phoneWithCamera, pixels, video } from "./camera.js";
import { checkScreen, openApp } from "./helpers.js";

/** The professional's phone in `browser`, with the example family open. */
async function professionalWithExample(browser, baseURL) {
  const context = await browser.newContext({ baseURL, viewport: { width: 360, height: 740 }, locale: "nl-NL" });
  const pro = await context.newPage();
  await openApp(pro, "/", { role: "professional" });
  await pro.getByRole("button", { name: "Voorbeeldgezin laden" }).click();
  await expect(pro.getByRole("heading", { level: 1, name: "Voorbeeldgezin Bakker" })).toBeVisible();
  return { context, pro };
}

test("a professional pairs a child's phone by scanning its code, and can unpair it", async ({ page, baseURL }, info) => {
  // The child's phone: Settings, "Plan ontvangen", its pairing code.
  await openApp(page);
  await page.getByRole("button", { name: "Instellingen" }).click();
  await page.getByRole("button", { name: "Plan ontvangen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Plan ontvangen" })).toBeVisible();
  const code = page.getByRole("img", { name: "Koppelcode van deze telefoon" });
  await expect(code).toBeVisible();
  await checkScreen(page, "receive-code");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Receive a plan" })).toBeVisible();
  await expect(page.getByRole("img", { name: "Pairing code of this phone" })).toBeVisible();
  await checkScreen(page, "receive-code-en");
  await page.getByRole("button", { name: "Nederlands" }).click();
  const camera = video(info, "child-phone-code", await pixels(page, await code.screenshot()));

  // The professional's phone, its camera pointed at the child's screen.
  const browser = await phoneWithCamera(camera);
  try {
    const { context, pro } = await professionalWithExample(browser, baseURL);
    const phones = pro.getByRole("region", { name: "Telefoons van het gezin" });
    await expect(phones.getByText("Er is nog geen telefoon van dit gezin gekoppeld.")).toBeVisible();
    await phones.getByRole("button", { name: "Op een telefoon zetten" }).click();
    await expect(pro.getByRole("heading", { level: 1, name: "Op een telefoon zetten" })).toBeVisible();
    await checkScreen(pro, "pair-whose");
    await pro.getByRole("button", { name: "English" }).click();
    await expect(pro.getByRole("button", { name: "Noor's phone" })).toBeVisible();
    await checkScreen(pro, "pair-whose-en");
    await pro.getByRole("button", { name: "Nederlands" }).click();
    await pro.getByRole("button", { name: "De telefoon van Noor" }).click();
    await expect(pro.getByText("De telefoon van Noor is gekoppeld.")).toBeVisible({ timeout: 20_000 });
    const checkCode = pro.getByLabel(/^Controlecode( \d){6}$/);
    await expect(checkCode).toHaveText(/^\d{3} \d{3}$/);
    await checkScreen(pro, "pair-done");
    await pro.getByRole("button", { name: "Klaar" }).click();
    await expect(phones.getByText("De telefoon van Noor", { exact: true })).toBeVisible();

    // Unpair it (a lost phone), after saying yes.
    await phones.getByRole("button", { name: "Ontkoppel de telefoon van Noor" }).click();
    await pro.getByRole("button", { name: "Ja, ontkoppelen" }).click();
    await expect(phones.getByText("Er is nog geen telefoon van dit gezin gekoppeld.")).toBeVisible();
    await context.close();
  } finally {
    await browser.close();
  }
});

async function scanForDaan(browser, baseURL) {
  const { context, pro } = await professionalWithExample(browser, baseURL);
  await pro.getByRole("button", { name: "Op een telefoon zetten" }).click();
  await pro.getByRole("button", { name: "De telefoon van Daan" }).click();
  return { context, pro };
}

test("a camera the browser refuses, or no camera at all, says what to do", async ({ browser, baseURL }) => {
  // A phone with a camera, whose browser says no to it (no permission given).
  const withCamera = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [...CHROMIUM_ARGS, "--use-fake-device-for-media-stream"],
  });
  try {
    const { context, pro } = await scanForDaan(withCamera, baseURL);
    await expect(pro.getByRole("alert")).toContainText("Veilig mag de camera niet gebruiken.");
    await expect(pro.getByRole("button", { name: "Opnieuw proberen" })).toBeVisible();
    await checkScreen(pro, "camera-refused");
    await context.close();
  } finally {
    await withCamera.close();
  }
  // A browser with no camera at all.
  const { context, pro } = await scanForDaan(browser, baseURL);
  await expect(pro.getByRole("alert")).toContainText("Veilig kan geen camera vinden op deze telefoon.");
  await checkScreen(pro, "camera-missing");
  await context.close();
});

test("a code that is not a pairing code is refused with a message, and nothing is paired", async ({ page, baseURL }, info) => {
  // A QR code of a web address, drawn by the app's own QR module in the family's app.
  await openApp(page);
  const png = await page.evaluate(async () => {
    const meta = document.querySelector('meta[name="veilig-qr"]');
    const [js, wasm] = meta.content.split(" ");
    const m = await import(js);
    await m.default({ module_or_path: wasm });
    const out = m.encode(new TextEncoder().encode("https://example.org/"));
    const size = out[0];
    const scale = 8;
    const side = (size + 8) * scale;
    const canvas = new OffscreenCanvas(side, side);
    const context = canvas.getContext("2d");
    context.fillStyle = "#fff";
    context.fillRect(0, 0, side, side);
    context.fillStyle = "#000";
    for (let y = 0; y < size; y++)
      for (let x = 0; x < size; x++)
        if (out[1 + y * size + x]) context.fillRect((x + 4) * scale, (y + 4) * scale, scale, scale);
    const blob = await canvas.convertToBlob({ type: "image/png" });
    return btoa(String.fromCharCode(...new Uint8Array(await blob.arrayBuffer())));
  });
  const camera = video(info, "web-address", await pixels(page, Buffer.from(png, "base64")));
  const browser = await phoneWithCamera(camera);
  try {
    const { context, pro } = await professionalWithExample(browser, baseURL);
    await pro.getByRole("button", { name: "Op een telefoon zetten" }).click();
    await pro.getByRole("button", { name: "De telefoon van Sanne" }).click();
    await expect(pro.getByText("Dit is geen koppelcode van Veilig.", { exact: false })).toBeVisible({ timeout: 20_000 });
    await expect(pro.getByRole("button", { name: "Opnieuw scannen" })).toBeVisible();
    await pro.getByRole("button", { name: "Terug naar het plan" }).click();
    await expect(pro.getByText("Er is nog geen telefoon van dit gezin gekoppeld.")).toBeVisible();
    await context.close();
  } finally {
    await browser.close();
  }
});
