// What a hostile tester tries from outside the app (issue 15): a handle on the wasm memory
// (which holds decrypted data and the typed code) left on the page for any script to read,
// and a server that a single malformed request takes down.
import { expect, test } from "@playwright/test";
import { openApp } from "./helpers.js";

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
