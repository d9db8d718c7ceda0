// A phone in WebKit or Firefox, driven through WebDriver (selenium-webdriver) the way the
// Playwright suite drives Chromium: controls are found by role and accessible name, text by
// what a person reads, and every wait has a deadline.
import { Builder } from "selenium-webdriver";

/** How long a step may take before the journey fails. */
const DEADLINE_MS = 20_000;

/**
 * Run in the page: the visible elements of `role` whose accessible name matches, inside the
 * element `within` (or the whole document). A name is matched exactly, or by a regular
 * expression given as [source, flags]. The accessible name follows the rules the app relies
 * on: aria-labelledby, aria-label, a form control's labels, an image's alt or <title>, and
 * otherwise the text inside (without aria-hidden parts).
 */
const FIND = `
const [role, name, level, within] = arguments;
const root = within || document;
const SELECTORS = {
  button: "button, [role=button], input[type=button], input[type=submit]",
  link: "a[href], [role=link]",
  heading: "h1, h2, h3, h4, h5, h6, [role=heading]",
  field: "input, textarea, select",
  img: "img, svg[role=img], [role=img]",
  region: "section[aria-label], section[aria-labelledby], [role=region]",
  navigation: "nav, [role=navigation]",
  alert: "[role=alert]",
  status: "[role=status]",
  radio: "input[type=radio], [role=radio]",
  checkbox: "input[type=checkbox], [role=checkbox]",
};
const norm = (s) => (s || "").replace(/\\s+/g, " ").trim();
const shown = (el) => {
  if (el.closest("[aria-hidden=true]")) return false;
  const style = getComputedStyle(el);
  return style.display !== "none" && style.visibility !== "hidden";
};
const text = (node) => {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
  if (node.nodeType !== Node.ELEMENT_NODE || !shown(node)) return "";
  return [...node.childNodes].map(text).join("");
};
const nameOf = (el) => {
  const ids = el.getAttribute("aria-labelledby");
  if (ids) return norm(ids.split(/\\s+/).map((id) => document.getElementById(id)).filter(Boolean).map((e) => e.textContent).join(" "));
  if (el.getAttribute("aria-label")) return norm(el.getAttribute("aria-label"));
  if (el.labels && el.labels.length) return norm([...el.labels].map((l) => l.textContent).join(" "));
  if (el.tagName === "IMG") return norm(el.alt);
  const title = el.tagName.toLowerCase() === "svg" && el.querySelector("title");
  if (title) return norm(title.textContent);
  return norm(text(el));
};
const matches = (n) => (Array.isArray(name) ? new RegExp(name[0], name[1]).test(n) : n === name);
return [...root.querySelectorAll(SELECTORS[role])]
  .filter((el) => el.getClientRects().length > 0 || el.type === "file")
  .filter((el) => role === "field" && el.type === "file" ? true : shown(el))
  .filter((el) => level == null || el.tagName === "H" + level || el.getAttribute("aria-level") === String(level))
  .filter((el) => name == null || matches(nameOf(el)));
`;

/** A name for FIND: a string is exact, a RegExp is passed as its source and flags. */
function nameArg(name) {
  return name instanceof RegExp ? [name.source, name.flags] : name;
}

function describe(role, name, level) {
  return `${role}${level ? ` (level ${level})` : ""}${name == null ? "" : ` "${name}"`}`;
}

export class Phone {
  /** @param {import("selenium-webdriver").WebDriver} driver */
  constructor(driver, engine, base) {
    this.driver = driver;
    this.engine = engine;
    this.base = base;
  }

  /**
   * Open the app at `path` in a toolbar-less window of a phone's size (390x844): neither
   * engine's main window goes below its toolbar's width, so a same-origin page opens it.
   */
  async open(path = "/") {
    await this.driver.get(`${this.base}/weer.html`);
    const before = await this.driver.getAllWindowHandles();
    await this.driver.executeScript(
      "window.open(arguments[0], 'veilig', 'popup,width=390,height=844')",
      `${this.base}${path}`,
    );
    const handle = await this.until(async () => {
      const now = await this.driver.getAllWindowHandles();
      return now.find((h) => !before.includes(h));
    }, "a phone-sized window");
    await this.driver.switchTo().window(handle);
    const width = await this.driver.executeScript("return window.innerWidth");
    if (width > 420) throw new Error(`${this.engine}: the window is ${width} px wide, not a phone's`);
  }

  /** Reload as a person does (geckodriver's own refresh bypasses the service worker). */
  async reload() {
    await this.driver.executeScript("location.reload()");
    await this.driver.sleep(300);
  }

  /** Poll `probe` until it returns something truthy; fail with `what` at the deadline. */
  async until(probe, what, deadline = DEADLINE_MS) {
    const end = Date.now() + deadline;
    let last;
    for (;;) {
      try {
        const value = await probe();
        if (value) return value;
      } catch (error) {
        last = error;
      }
      if (Date.now() > end) {
        const seen = await this.visibleText().catch(() => "(the page could not be read)");
        throw new Error(
          `${this.engine}: waited ${deadline / 1000} s for ${what}${last ? ` (${last.message})` : ""}.\nOn screen:\n${seen.slice(0, 1500)}`,
        );
      }
      await this.driver.sleep(150);
    }
  }

  /** Every visible element of `role` named `name`, inside `within` (a WebElement). */
  all(role, name, { level, within } = {}) {
    return this.driver.executeScript(FIND, role, name == null ? null : nameArg(name), level ?? null, within ?? null);
  }

  /** The one visible element of `role` named `name`, once it is there. */
  async get(role, name, options = {}) {
    return this.until(async () => {
      const found = await this.all(role, name, options);
      if (found.length > 1) throw new Error(`${found.length} elements match`);
      return found[0];
    }, describe(role, name, options.level));
  }

  /** Wait until no visible element of `role` named `name` is left. */
  async gone(role, name, options = {}) {
    await this.until(async () => (await this.all(role, name, options)).length === 0, `no ${describe(role, name, options.level)}`);
  }

  async click(role, name, options) {
    const element = await this.get(role, name, options);
    await this.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    await element.click();
  }

  /** Type into the field labelled `label`, as a person does, after emptying it. */
  async fill(label, value) {
    const field = await this.get("field", label);
    await field.clear();
    await field.sendKeys(value);
  }

  /** Choose a file for the file field labelled `label`. */
  async chooseFile(label, path) {
    const field = await this.get("field", label);
    await field.sendKeys(path);
  }

  async heading(name, level = 1) {
    return this.get("heading", name, { level });
  }

  /** The text a person sees on the page. */
  visibleText() {
    return this.driver.executeScript("return document.body ? document.body.innerText : ''");
  }

  /** Wait until `text` (a string or RegExp) is among what a person sees. */
  async sees(text) {
    await this.until(async () => {
      const seen = await this.visibleText();
      return text instanceof RegExp ? text.test(seen) : seen.includes(text);
    }, `the text "${text}"`);
  }

  /** Wait until `text` is no longer on the page. */
  async doesNotSee(text) {
    await this.until(async () => !(await this.visibleText()).includes(text), `"${text}" to disappear`);
  }

  async run(script, ...args) {
    return this.driver.executeScript(script, ...args);
  }

  async quit() {
    await this.driver.quit().catch(() => {});
  }
}

/**
 * A new WebDriver session on `engine` ("webkit" or "firefox"), with data of its own.
 * `server` is the address of the engine's WebDriver server; `profile` (Firefox only) keeps
 * the browser's data in that folder so that it survives a restart.
 */
export async function startPhone(engine, server, base, { profile } = {}) {
  const capabilities =
    engine === "webkit"
      ? {
          browserName: "MiniBrowser",
          // WebKitWebDriver drops --automation when browser arguments are given: list it.
          "webkitgtk:browserOptions": {
            binary: "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
            args: ["--automation", "--javascript-can-open-windows-automatically=true"],
          },
        }
      : {
          browserName: "firefox",
          "moz:firefoxOptions": {
            binary: "/usr/bin/firefox-esr",
            args: ["-headless", ...(profile ? ["-profile", profile] : [])],
            prefs: {
              // The phone-sized window is opened by script, not by a click.
              "dom.disable_open_during_load": false,
              "intl.accept_languages": "nl-NL, nl",
              "browser.shell.checkDefaultBrowser": false,
              "app.update.enabled": false,
              // No requests to anyone but the app: the machine's network is closed.
              "network.captive-portal-service.enabled": false,
              "browser.safebrowsing.malware.enabled": false,
              "browser.safebrowsing.phishing.enabled": false,
              "datareporting.policy.dataSubmissionEnabled": false,
              "toolkit.telemetry.enabled": false,
              "services.settings.server": "http://127.0.0.1:9/",
              "network.connectivity-service.enabled": false,
            },
          },
        };
  const driver = await new Builder().usingServer(server).withCapabilities(capabilities).build();
  return new Phone(driver, engine, base);
}
