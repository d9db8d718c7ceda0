// The hand-over's benchmark (scripts/bench.sh), not one of the tests: the same served build
// and browser as the end-to-end tests, but it prints figures instead of passing or failing
// on time.
import base from "./playwright.config.js";
import { defineConfig } from "@playwright/test";

export default defineConfig({
  ...base,
  testDir: "tests/bench",
  testMatch: "*.bench.js",
  timeout: 600_000,
});
