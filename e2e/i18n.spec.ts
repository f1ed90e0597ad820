import { test, expect } from "./support/fixtures";
import { importWorkspaceArticle } from "./support/workspace-article";

test.use({ as: "reviewer" });

test("the language switch turns the whole desk Portuguese, and back", async ({ page }) => {
  const path = await importWorkspaceArticle(page, `i18n-${Date.now()}`);
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: "Português (Brasil)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Painel" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "pt-BR");
  await expect(page.getByRole("button", { name: "Sair" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Distribuição de vereditos" })).toBeVisible();

  await page.goto(path);
  await expect(page.getByRole("list", { name: "Declarações" })).toBeVisible();
  await page.getByRole("list", { name: "Declarações" }).locator("[data-claim-link]").first().click();
  await expect(page.getByRole("form", { name: "Adicionar fonte" }).getByLabel("URL da fonte")).toBeVisible();
  await expect(page.getByRole("form", { name: "Veredito" }).getByLabel("Veredito", { exact: true }).locator("option", { hasText: "Verdadeiro" }).first()).toBeAttached();
  await expect(page.getByLabel("Status", { exact: true })).toBeVisible();
  await expect(page.getByText("Legenda")).toBeVisible();

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("list", { name: "Claims" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test.describe("browser language", () => {
  test.use({ locale: "pt-BR" });
  test("a Portuguese browser gets the Portuguese desk without choosing", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Painel" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Português (Brasil)" })).toHaveAttribute("aria-pressed", "true");
  });
});
