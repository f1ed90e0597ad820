import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { test, expect } from "./support/fixtures";
import { importWorkspaceArticle } from "./support/workspace-article";

/** axe on every page of the desk: no serious or critical violation. */
async function expectAccessible(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`), what).toEqual([]);
}

test.describe("signed out", () => {
  test.use({ as: null });
  test("sign-in page", async ({ page }) => {
    await page.goto("/sign-in");
    await expectAccessible(page, "sign-in");
  });
});

test.describe("as an admin", () => {
  test.use({ as: "admin" });
  test("dashboard, article (with and without a claim open, filtered), shortcuts dialog, import, account, users, scales, not found", async ({ page }) => {
    await page.goto("/");
    await expectAccessible(page, "dashboard");
    const path = await importWorkspaceArticle(page, `a11y-${Date.now()}`);
    await expectAccessible(page, "article");
    await page.getByRole("list", { name: "Claims" }).locator("[data-claim-link]").first().click();
    await expect(page).toHaveURL(/\/claims\//);
    await page.locator("details.curate > summary").click();
    await expectAccessible(page, "article with claim panel");
    await page.goto(`${path}?status=published&q=nothing`);
    await expectAccessible(page, "article, empty queue");
    await page.locator("h1").click();
    await page.keyboard.press("?");
    await expect(page.getByRole("dialog")).toBeVisible();
    await expectAccessible(page, "shortcuts dialog");
    for (const url of ["/articles/new", "/account", "/admin/users", "/admin/scales"]) {
      await page.goto(url);
      await expectAccessible(page, url);
    }
  });
});

test.describe("missing pages", () => {
  test.use({ as: "reviewer", allowedConsoleErrors: [/404/] });
  test("not found", async ({ page }) => {
    await page.goto("/articles/cnotanarticle000");
    await expectAccessible(page, "404");
  });
});

test.describe("Portuguese", () => {
  test.use({ as: "reviewer", locale: "pt-BR" });
  test("article page in Portuguese", async ({ page }) => {
    await page.goto("/");
    await expectAccessible(page, "dashboard pt-BR");
    await page.getByRole("table").first().getByRole("link").first().click();
    await expect(page.getByRole("list", { name: "Declarações" })).toBeVisible();
    await expectAccessible(page, "article pt-BR");
  });
});
