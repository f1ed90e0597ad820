import { test as base, expect } from "@playwright/test";
import { AppServer } from "./app-server";
import { baseURL } from "./paths";

/**
 * - `server`: one real app server per worker, restartable.
 * - every page fails its test on a browser console error or uncaught exception.
 */
export const test = base.extend<{ consoleErrors: string[]; allowedConsoleErrors: RegExp[] }, { server: AppServer }>({
  /** console errors a test expects (e.g. the 404 of a page it opens on purpose) */
  allowedConsoleErrors: [[], { option: true }],
  server: [
    async ({}, use) => {
      const server = new AppServer();
      await server.start();
      await use(server);
      await server.stop();
    },
    { scope: "worker" },
  ],
  baseURL: async ({ server }, use) => {
    void server;
    await use(baseURL);
  },
  consoleErrors: [
    async ({ page, allowedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on("console", (msg) => {
        if (msg.type() === "error" && !allowedConsoleErrors.some((re) => re.test(msg.text()))) errors.push(msg.text());
      });
      page.on("pageerror", (err) => errors.push(err.message));
      await use(errors);
      expect(errors, "browser console errors").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
