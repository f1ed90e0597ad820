import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";

// Debian's Chromium where it is installed (this machine cannot download
// Playwright's own build); Playwright's bundled browser everywhere else.
const systemChromium = "/usr/bin/chromium";
const useSystemChromium = existsSync(systemChromium) && !process.env.PLAYWRIGHT_BUNDLED_BROWSER;

export default defineConfig({
  testDir: "e2e",
  // Beside the run's database, so parallel runs (E2E_RUN_DIR) keep their own traces.
  outputDir: process.env.E2E_RUN_DIR ? `${process.env.E2E_RUN_DIR}/test-results` : "test-results",
  // The app server is shared and restarted by the journey: one worker.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  reporter: [["list"]],
  globalSetup: "./e2e/support/global-setup.ts",
  use: {
    trace: "retain-on-failure",
    launchOptions: useSystemChromium
      ? {
          executablePath: systemChromium,
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
          ],
        }
      : {},
  },
});
