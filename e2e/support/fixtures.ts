import path from "node:path";
import { test as base, expect, type Browser, type Page } from "@playwright/test";
import { accounts, type AccountName } from "./accounts";
import { AppServer } from "./app-server";
import { baseURL, runDir } from "./paths";

/** Signs in through the real form and returns the saved browser state. */
export async function signIn(page: Page, who: AccountName): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(accounts[who].email);
  await page.getByLabel("Password").fill(accounts[who].password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("link", { name: new RegExp(`^${accounts[who].name}`) })).toBeVisible();
}

async function savedSession(browser: Browser, who: AccountName): Promise<string> {
  const file = path.join(runDir, `session-${who}.json`);
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, who);
  await context.storageState({ path: file });
  await context.close();
  return file;
}

/**
 * - `server`: one real app server per worker, restartable.
 * - `as`: who the page is signed in as (default editor; null = anonymous visitor).
 *   Sessions are made once per worker through the sign-in form.
 * - any browser console error or uncaught exception fails the test.
 */
export const test = base.extend<
  { consoleErrors: string[]; allowedConsoleErrors: RegExp[]; as: AccountName | null },
  { server: AppServer; sessions: Map<AccountName, string> }
>({
  as: ["editor", { option: true }],
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
  sessions: [
    async ({ server }, use) => {
      void server; // sessions are made against the running server
      await use(new Map());
    },
    { scope: "worker" },
  ],
  baseURL: async ({ server }, use) => {
    void server;
    await use(baseURL);
  },
  storageState: async ({ as, sessions, browser }, use) => {
    if (!as) return use(undefined);
    if (!sessions.has(as)) sessions.set(as, await savedSession(browser, as));
    await use(sessions.get(as));
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
